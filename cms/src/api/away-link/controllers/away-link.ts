import type { Core } from '@strapi/strapi';
import { AWAY_MAX_DAYS, awayPeriodProblems, type AwayField, type Locale } from '@cb/domain';
import { configOf } from '../../../config';
import { setAvailabilityByLink } from '../../../holiday-cover';
import { awayLinkUsed, verifyAwayLink, type AwayGrant } from '../../../holiday-cover/links';
import { isCrossSitePost, originsOf } from '../../../middlewares/origins';
import { readPlatformContact } from '../../../notifications/submission';
import { refreshPageShell } from '../../intake/pages/site-shell';
import { sendPage, type IntakeContext } from '../../intake/request/answers';
import { requestLocale, submissionLocale } from '../../intake/request/locale';
import { awayProblemText } from '../pages/copy';
import { awayPage, awayProblemPage, awayThanksPage, type AwayLinkProblem } from '../pages/pages';
import { lastValue, postedFields } from '../../../links/posted-form';

type PageContext = IntakeContext & { origin: string; get(field: string): string; request: { body?: unknown } };

const OFFER = 'api::help-offer.help-offer';
const PROBLEM_STATUS: Record<AwayLinkProblem, number> = { expired: 410, invalid: 404, gone: 410, already: 409, 'other-site': 403 };
/** A posted day is at most this long as shown again (a date is 10 characters). */
const TYPED_MAX = 20;

/**
 * A volunteer's away page (holiday cover). GET shows it and changes nothing (mail scanners open
 * links); a POST from its forms saves the days, or clears them, once per link. Every refusal is a page
 * in the volunteer's language that says what happened, and records nothing.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The site's layout for the pages in a locale, as the intake's no-JS pages take it (see site-shell.ts). */
  const withSiteLayout = (locale: Locale) => refreshPageShell(configOf(strapi).siteUrl, locale);

  async function refuse(ctx: PageContext, locale: Locale, problem: AwayLinkProblem): Promise<void> {
    sendPage(ctx, PROBLEM_STATUS[problem], awayProblemPage(locale, problem, await readPlatformContact(strapi, locale)));
  }

  /** The link's grant for an offer still followed, or a refusal page already sent. */
  async function grantOf(ctx: PageContext, locale: Locale): Promise<{ grant: AwayGrant; current: Current } | undefined> {
    const token = ctx.params.token ?? '';
    const checked = verifyAwayLink(token, configOf(strapi).checkIns.secret);
    if (!checked.ok) return void (await refuse(ctx, locale, checked.refusal === 'expired' ? 'expired' : 'invalid'));
    if (await awayLinkUsed(strapi, token)) return void (await refuse(ctx, locale, 'already'));
    const offer = await strapi.documents(OFFER).findOne({ documentId: checked.grant.offer, fields: ['caseStatus', 'anonymisedAt', 'awayFrom', 'awayUntil'] });
    if (!offer || offer.anonymisedAt || offer.caseStatus === 'closed') return void (await refuse(ctx, locale, 'gone'));
    const awayFrom = dayOf(offer.awayFrom);
    const awayUntil = dayOf(offer.awayUntil);
    return { grant: checked.grant, current: awayFrom && awayUntil ? { awayFrom, awayUntil } : null };
  }

  return {
    /** GET /api/away/:token?locale=fr */
    async show(ctx: PageContext) {
      const locale = requestLocale(ctx);
      await withSiteLayout(locale);
      const found = await grantOf(ctx, locale);
      if (found) sendPage(ctx, 200, awayPage(locale, ctx.params.token ?? '', { current: found.current }));
    },

    /** POST /api/away/:token: awayFrom, awayUntil; or intent=clear */
    async update(ctx: PageContext) {
      const body = postedFields(ctx.request);
      const locale = submissionLocale(body, requestLocale(ctx));
      await withSiteLayout(locale);
      const { siteUrl, server } = configOf(strapi);
      if (isCrossSitePost(ctx, { site: originsOf(siteUrl), cms: originsOf(server.publicUrl) })) return refuse(ctx, locale, 'other-site');
      const found = await grantOf(ctx, locale);
      if (!found) return;
      const clearing = lastValue(body.intent) === 'clear';
      const typed = {
        awayFrom: (lastValue(body.awayFrom) ?? '').trim().slice(0, TYPED_MAX),
        awayUntil: (lastValue(body.awayUntil) ?? '').trim().slice(0, TYPED_MAX),
      };
      // Saving asks for both days; only the "not away" form clears them.
      const problems = clearing ? [] : awayPeriodProblems(typed, new Date());
      if (!clearing && typed.awayFrom === '' && typed.awayUntil === '')
        problems.push({ field: 'awayFrom', problem: 'missing' }, { field: 'awayUntil', problem: 'missing' });
      if (problems.length > 0) {
        const errors: Partial<Record<AwayField, string>> = {};
        for (const { field, problem } of problems) errors[field] ??= awayProblemText(problem, locale, AWAY_MAX_DAYS);
        return sendPage(ctx, 422, awayPage(locale, ctx.params.token ?? '', { current: found.current, typed, errors }));
      }
      const period = clearing ? null : typed;
      const outcome = await setAvailabilityByLink(strapi, ctx.params.token ?? '', found.grant, {
        awayFrom: period?.awayFrom ?? null,
        awayUntil: period?.awayUntil ?? null,
      });
      if (outcome !== 'recorded') return refuse(ctx, locale, outcome);
      sendPage(ctx, 200, awayThanksPage(locale, period, await readPlatformContact(strapi, locale)));
    },
  };
};

type Current = { awayFrom: string; awayUntil: string } | null;

const dayOf = (value: unknown): string | null => (typeof value === 'string' && value ? value.slice(0, 10) : null);
