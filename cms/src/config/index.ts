import type { Core } from '@strapi/strapi';
import type { CmsConfig } from './env';

export { privateUploadsDir, type CmsConfig } from './env';

/** The configuration this Strapi started with (cms/config/platform.ts): modules get their settings here, never from process.env. */
export function configOf(strapi: Core.Strapi): CmsConfig {
  return strapi.config.get<CmsConfig>('platform');
}
