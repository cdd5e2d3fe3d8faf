/**
 * The admin panel of Connecting Brussels. It must not call out to the internet: the panel would
 * otherwise ask GitHub for Strapi's latest release after every login.
 */
import { CloudUpload, Earth, HandHeart, Search } from '@strapi/icons';
import { BACK_OFFICE_PERMISSION } from '@cb/domain';
import { STAFF_TEXTS } from '../staff-texts';
import { staffMessageId } from '../plugins/back-office/admin/src/i18n';
import { describeFields, FIELD_TRANSLATIONS, MUTATE_EDIT_VIEW_LAYOUT } from './field-translations';
import { openContentInOwnLocale } from './own-content-locale';
import { STRAPI_TEXTS } from './strapi-texts';

interface Permission {
  action: string;
  subject?: string;
}

interface Widget {
  id: string;
  icon?: typeof CloudUpload;
  title: { id: string; defaultMessage: string };
  component: () => Promise<() => JSX.Element>;
  permissions?: Permission[];
}

interface AdminApp {
  widgets: {
    /** One widget more, or (a reducer) the list of every widget registered so far, changed. */
    register(widget: Widget | ((widgets: Widget[]) => Widget[])): void;
  };
}

interface AdminBootstrap {
  registerHook(name: string, hook: typeof describeFields): void;
}

/** Editors' widgets: for whoever may change public content (the routes behind them check the same, see editing/editor-access.ts). */
const FOR_EDITORS = [{ action: 'plugin::content-manager.explorer.update', subject: 'api::story.story' }];
/** Back-office staff: their queue, and the way into the back office. */
const FOR_BACK_OFFICE = [{ action: BACK_OFFICE_PERMISSION }];
/** Whoever runs the platform itself (webhooks, API tokens): Strapi's super admin. */
const FOR_ADMINISTRATORS = [{ action: 'admin::webhooks.read' }];

/**
 * Strapi's own home widgets, by id, kept for those they serve: raw records with "edit" links into the
 * content manager are editors' work (back-office staff read cases in the back office, with their own
 * words), and the project's statistics (webhooks, API tokens…) are the administrators'. Strapi lets
 * default widgets be narrowed, not removed: a widget whose permissions a staff member lacks is not shown.
 */
const STRAPI_WIDGETS_FOR: Readonly<Record<string, Permission[]>> = {
  'last-edited-entries': FOR_EDITORS,
  'last-published-entries': FOR_EDITORS,
  'chart-entries': FOR_EDITORS,
  'key-statistics': FOR_ADMINISTRATORS,
};

export default {
  config: {
    /** Staff choose their interface language in their profile; English is always offered. */
    locales: ['nl', 'fr'],
    notifications: { releases: false },
    /**
     * Strapi's grey for secondary text (widget headings, hints, table headers) is #8e8ea9: 3.2:1 on
     * white, below WCAG AA's 4.5:1 for text. It takes the next darker grey of its palette (5.5:1).
     */
    theme: { light: { colors: { neutral500: '#666687' } } },
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
   * On the home page: back-office staff's queue; the site build status (a failed build tells editors what to fix) and the last search check.
   * Their words are staff texts, which the back-office plugin registers with the admin in every language.
   */
  register(app: AdminApp) {
    app.widgets.register((widgets) => widgets.map((widget) => ({ ...widget, permissions: STRAPI_WIDGETS_FOR[widget.id] ?? widget.permissions })));
    app.widgets.register({
      id: 'back-office-home',
      icon: HandHeart,
      title: { id: staffMessageId('home.title'), defaultMessage: STAFF_TEXTS.en['home.title'] },
      component: async () => (await import('./back-office-home')).BackOfficeHomeWidget,
      permissions: FOR_BACK_OFFICE,
    });
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
    openContentInOwnLocale();
  },
};
