/**
 * The admin panel of Connecting Brussels. It must not call out to the internet: the panel would
 * otherwise ask GitHub for Strapi's latest release after every login.
 */
import { CloudUpload, Earth, Search } from '@strapi/icons';
import { STAFF_TEXTS } from '../staff-texts';
import { staffMessageId } from '../plugins/back-office/admin/src/i18n';
import { describeFields, FIELD_TRANSLATIONS, MUTATE_EDIT_VIEW_LAYOUT } from './field-translations';
import { STRAPI_TEXTS } from './strapi-texts';

interface AdminApp {
  widgets: {
    register(widget: {
      id: string;
      icon?: typeof CloudUpload;
      title: { id: string; defaultMessage: string };
      component: () => Promise<() => JSX.Element>;
      permissions?: { action: string; subject?: string }[];
    }): void;
  };
}

interface AdminBootstrap {
  registerHook(name: string, hook: typeof describeFields): void;
}

/** Editors' widgets: for whoever may change public content (the routes behind them check the same, see editing/editor-access.ts). */
const FOR_EDITORS = [{ action: 'plugin::content-manager.explorer.update', subject: 'api::story.story' }];

export default {
  config: {
    /** Staff choose their interface language in their profile; English is always offered. */
    locales: ['nl', 'fr'],
    notifications: { releases: false },
    /**
     * Content types, their fields and descriptions in the staff member's language (content-model/field-labels.ts),
     * and Strapi's own words its Dutch and French catalogues lack.
     */
    translations: {
      en: FIELD_TRANSLATIONS.en,
      nl: { ...STRAPI_TEXTS.nl, ...FIELD_TRANSLATIONS.nl },
      fr: { ...STRAPI_TEXTS.fr, ...FIELD_TRANSLATIONS.fr },
    },
  },
  /**
   * On the home page: the site build status (a failed build tells editors what to fix) and the last search check.
   * Their words are staff texts, which the back-office plugin registers with the admin in every language.
   */
  register(app: AdminApp) {
    app.widgets.register({
      id: 'site-build-status',
      icon: CloudUpload,
      title: { id: staffMessageId('widgets.site-build.title'), defaultMessage: STAFF_TEXTS.en['widgets.site-build.title'] },
      component: async () => (await import('./site-build-status')).SiteBuildStatusWidget,
      permissions: FOR_EDITORS,
    });
    app.widgets.register({
      id: 'missing-work',
      icon: Earth,
      title: { id: staffMessageId('editing.missing.title'), defaultMessage: STAFF_TEXTS.en['editing.missing.title'] },
      component: async () => (await import('./missing-work')).MissingWorkWidget,
      permissions: FOR_EDITORS,
    });
    app.widgets.register({
      id: 'search-reconcile-status',
      icon: Search,
      title: { id: staffMessageId('widgets.search.title'), defaultMessage: STAFF_TEXTS.en['widgets.search.title'] },
      component: async () => (await import('./search-reconcile-status')).SearchReconcileWidget,
    });
  },
  bootstrap(app: AdminBootstrap) {
    app.registerHook(MUTATE_EDIT_VIEW_LAYOUT, describeFields);
  },
};
