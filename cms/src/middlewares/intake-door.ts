import type { Core } from '@strapi/strapi';
import { formOfPath } from '@cb/domain/intake';
import { refuse, type IntakeContext } from '../api/intake/request/answers';
import { INTAKE_LIMITS, UPLOAD_LIMIT_PARAMS } from '../api/intake/request/limits';
import { requestLocale } from '../api/intake/request/locale';
import { RateLimiter, type RateDecision, type RateLimitSettings } from '../api/intake/request/rate-limit';
import { queryErrorCode } from '../api/intake/request/state-tables';
import intakeRoutes from '../api/intake/routes/intake';
import { refusedBody } from './body-errors';
import { isCrossSitePost, type PlatformOrigins } from './origins';
import { contentApiPrefix, reachedRoute } from './routed-path';

export interface IntakeDoorConfig {
  rateLimit: RateLimitSettings;
  /** Where forms may be posted from, besides the CMS's own origin. */
  origins: PlatformOrigins;
}

const SUBMIT_ROUTE = intakeRoutes.routes.find((route) => route.handler === 'intake.submit')!;

/**
 * In front of Strapi's body parser, for posts to the intake routes only (whatever the path's
 * spelling, as the router matches it): a form posted from another site, the rate limit per
 * client address (counted in the database, across replicas), the content type, and the body's
 * size, all answered before a byte is parsed, with a localized `fields.form`. What the parser still refuses (malformed JSON, a broken
 * multipart, too many files) is translated the same way (see `body-errors`), never left to Strapi's
 * plain error or a 5xx.
 */
export default (config: IntakeDoorConfig, { strapi }: { strapi: Core.Strapi }) => {
  const limiter = new RateLimiter(() => strapi.db.connection, config.rateLimit);
  // A database that cannot count lets the post through: storing it will tell. Logged by code, never by address.
  const letThrough = (error: unknown): RateDecision => {
    strapi.log.warn(`The intake rate limit could not count a post (database error ${queryErrorCode(error)}); it was let through.`);
    return { allowed: true };
  };
  const submitRoute = `${contentApiPrefix(strapi)}${SUBMIT_ROUTE.path}`;

  return async (ctx: IntakeContext & { origin: string; get(field: string): string }, next: () => Promise<void>) => {
    if (ctx.method !== SUBMIT_ROUTE.method) return next();
    const submit = reachedRoute(ctx, strapi, submitRoute);
    if (!submit) return next();
    const form = formOfPath(submit.params.form ?? '');
    const locale = requestLocale(ctx);

    // Before the rate limit: a page elsewhere must not use up a visitor's (or a library's) allowance.
    if (isCrossSitePost(ctx, config.origins)) return refuse(ctx, form, locale, { status: 403, problem: 'other-site' });
    const decision = await limiter.take(ctx.ip).catch(letThrough);
    if (!decision.allowed) {
      ctx.set('Retry-After', String(decision.retryAfterSeconds));
      return refuse(ctx, form, locale, { status: 429, problem: 'rate-limited', params: { minutes: Math.ceil(decision.retryAfterSeconds / 60) } });
    }
    const kind = ctx.is('json', 'urlencoded', 'multipart');
    if (!kind) return refuse(ctx, form, locale, { status: 415, problem: 'unreadable' });
    const declared = Number(ctx.request.headers['content-length']);
    // Node holds a body to its declared length; a body without one could be of any size.
    if (!Number.isFinite(declared) || ctx.request.headers['content-length'] === undefined)
      return refuse(ctx, form, locale, { status: 411, problem: 'unreadable' });
    if (declared > (kind === 'multipart' ? INTAKE_LIMITS.multipartBodyBytes : INTAKE_LIMITS.textBodyBytes)) {
      return kind === 'multipart'
        ? refuse(ctx, form, locale, { status: 413, problem: 'upload-too-large', params: UPLOAD_LIMIT_PARAMS })
        : refuse(ctx, form, locale, { status: 413, problem: 'body-too-large' });
    }

    await next();
    const refused = refusedBody(ctx);
    if (refused === 413) refuse(ctx, form, locale, { status: 413, problem: 'body-too-large' });
    else if (refused !== undefined) refuse(ctx, form, locale, { status: 422, problem: 'unreadable' });
    // Strapi's parser answers a file over its own limit itself, without going further.
    else if (ctx.request.body === undefined && ctx.status === 413)
      refuse(ctx, form, locale, { status: 413, problem: 'upload-too-large', params: UPLOAD_LIMIT_PARAMS });
  };
};
