import type { Core } from '@strapi/strapi';
import { readStatusLookup, STATUS_FIELDS, type Locale } from '@cb/domain';
import { refreshPageShell } from '../../intake/pages/site-shell';
import { sendPage, type IntakeContext } from '../../intake/request/answers';
import { requestLocale, submissionLocale } from '../../intake/request/locale';
import { configOf } from '../../../config';
import { isCrossSitePost, originsOf, type PlatformOrigins } from '../../../middlewares/origins';
import { readPlatformContact } from '../../../notifications/submission';
import { answerPage, refusedLookupPage, statusFormPage } from '../pages/status-pages';
import type requestStatusService from '../services/request-status';

type StatusService = ReturnType<typeof requestStatusService>;

/**
 * POST /api/request-status?locale=fr, a plain form post from the site's status page (or the CMS's own
 * page of it): `reference` and `check`. Answered with a page, never a redirect, so that no URL, history
 * entry or log line carries the reference or the state. 200 with the state, or 200 with the same
 * "nothing to show" page for every look-up that cannot be answered; 422 with the form again (empty)
 * and a message per field; 429 past the per-client limit; 403 when posted from another site.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const service = () => statusService(strapi);
  // As for intake: posted from the site or from the CMS's own page of it.
  const origins = (): PlatformOrigins => {
    const { siteUrl, server } = configOf(strapi);
    return { site: originsOf(siteUrl), cms: originsOf(server.publicUrl) };
  };

  async function lookUp(ctx: IntakeContext & { origin: string; get(field: string): string }): Promise<void> {
    const body = isRecord(ctx.request.body) ? ctx.request.body : {};
    const locale: Locale = submissionLocale(body, requestLocale(ctx));
    // The site's layout, as for the pages behind the links in mails (the confirmation mail leads here through the site's status page).
    await refreshPageShell(configOf(strapi).siteUrl, locale);
    const contact = await readPlatformContact(strapi, locale);
    if (isCrossSitePost(ctx, origins())) return sendPage(ctx, 403, refusedLookupPage(locale, { problem: 'other-site' }, contact));

    const client = await service().allowClient(ctx.ip);
    if (!client.allowed) {
      ctx.set('Retry-After', String(client.retryAfterSeconds));
      return sendPage(ctx, 429, refusedLookupPage(locale, { problem: 'rate-limited', minutes: Math.ceil(client.retryAfterSeconds / 60) }, contact));
    }

    const typed = readStatusLookup({ reference: body[STATUS_FIELDS.reference], check: body[STATUS_FIELDS.check] });
    if (!typed.ok) return sendPage(ctx, 422, statusFormPage(locale, typed.problems, contact));
    sendPage(ctx, 200, answerPage(locale, await service().lookUp(typed.reference, typed.check), contact));
  }

  return { lookUp };
};

/** The service with its own type (Strapi's registry gives every service as an untyped record), as `intakeService` does. */
function statusService(strapi: Core.Strapi): StatusService;
function statusService(strapi: Core.Strapi): Core.Service {
  return strapi.service('api::request-status.request-status');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
