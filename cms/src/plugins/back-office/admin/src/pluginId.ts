import { BACK_OFFICE_PERMISSION, BACK_OFFICE_PLUGIN, REVIEW_PROPOSALS_PERMISSION } from '@cb/domain';

/** The plugin's name as Strapi knows it (package.json "strapi.name"), and who may open it. */
export const PLUGIN_ID = BACK_OFFICE_PLUGIN;
export const USE_PERMISSION = [{ action: BACK_OFFICE_PERMISSION, subject: null }];

/** An absolute path in the admin's router (its basename is /admin) to one of the workspace's pages. */
export const pagePath = (...segments: string[]) => ['', 'plugins', PLUGIN_ID, ...segments.map(encodeURIComponent)].join('/');

/** The project review's own pages (reviewers hold only this permission; the back office holds it too). */
export const REVIEW_PERMISSION = [{ action: REVIEW_PROPOSALS_PERMISSION, subject: null }];
export const REVIEW_PAGES = 'project-review';
export const reviewPath = (...segments: string[]) => ['', 'plugins', REVIEW_PAGES, ...segments.map(encodeURIComponent)].join('/');
