import type * as React from 'react';
import { Book, HandHeart } from '@strapi/icons';
import { registerTrads, staffMessageId } from './i18n';
import { STAFF_TEXTS } from '../../../../staff-texts';
import { PLUGIN_ID, REVIEW_PAGES, REVIEW_PERMISSION, USE_PERMISSION } from './pluginId';

interface AdminApp {
  registerPlugin(plugin: { id: string; name: string }): void;
  addMenuLink(link: {
    to: string;
    icon: React.ElementType;
    intlLabel: { id: string; defaultMessage: string };
    permissions: typeof USE_PERMISSION;
    Component: () => Promise<{ default: React.ComponentType }>;
  }): void;
}

/**
 * The staff's workspace: one menu link, shown only to those who hold the plugin's "use" permission;
 * and the project review's, shown to the review committee (reviewers and the back office).
 */
export default {
  register(app: AdminApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: STAFF_TEXTS.en['workspace.name'] });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: HandHeart,
      intlLabel: { id: staffMessageId('workspace.name'), defaultMessage: STAFF_TEXTS.en['workspace.name'] },
      permissions: USE_PERMISSION,
      Component: () => import('./pages/App'),
    });
    app.addMenuLink({
      to: `plugins/${REVIEW_PAGES}`,
      icon: Book,
      intlLabel: { id: staffMessageId('review.menu'), defaultMessage: STAFF_TEXTS.en['review.menu'] },
      permissions: REVIEW_PERMISSION,
      Component: () => import('./pages/ReviewApp'),
    });
  },
  registerTrads,
};
