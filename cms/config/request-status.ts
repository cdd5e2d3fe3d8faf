import type { Core } from '@strapi/strapi';
import { originsOf, type PlatformOrigins } from '../src/middlewares/origins';
import type { RequestStatusConfig } from '../src/api/request-status/services/request-status';

/**
 * The status page's look-ups (src/api/request-status): how many one client address may make, how
 * many tries one reference takes before it answers nothing for a while, and where the form may be
 * posted from (as for intake: the site and the CMS itself).
 */
export default ({ env }: Core.Config.Shared.ConfigParams): RequestStatusConfig & { origins: PlatformOrigins } => ({
  perClient: { max: env.int('STATUS_LOOKUP_RATE_LIMIT_MAX', 10), windowSeconds: env.int('STATUS_LOOKUP_RATE_LIMIT_WINDOW_SECONDS', 600) },
  perReference: { max: env.int('STATUS_LOOKUP_TRIES_PER_REFERENCE', 5), windowSeconds: env.int('STATUS_LOOKUP_REFERENCE_WINDOW_SECONDS', 3600) },
  origins: { site: originsOf(env('SITE_URL')), cms: originsOf(env('PUBLIC_CMS_URL')) },
});
