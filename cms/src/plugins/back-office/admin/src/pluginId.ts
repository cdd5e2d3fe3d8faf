import { BACK_OFFICE_PERMISSION, BACK_OFFICE_PLUGIN } from '@cb/domain';

/** The plugin's name as Strapi knows it (package.json "strapi.name"), and who may open it. */
export const PLUGIN_ID = BACK_OFFICE_PLUGIN;
export const USE_PERMISSION = [{ action: BACK_OFFICE_PERMISSION, subject: null }];

/** An absolute path in the admin's router (its basename is /admin) to one of the workspace's pages. */
export const pagePath = (...segments: string[]) => ['', 'plugins', PLUGIN_ID, ...segments.map(encodeURIComponent)].join('/');
