import type { Core } from '@strapi/strapi';
import { LONELINESS_CONSENT_FIELD, LONELINESS_FIELDS, isCheckInAnswer, type CheckInAnswer, type Locale } from '@cb/domain';
import { fieldMessages, validateLonelinessAnswers } from '@cb/domain/intake';
import { answerOf, asksLoneliness, recordAnswer, recordConcern } from '../../../check-ins';
import { verifyLink, type LinkGrant, type LinkPurpose } from '../../../check-ins/links';
import { configOf } from '../../../config';
import { isCrossSitePost, originsOf } from '../../../middlewares/origins';
import { readPlatformContact } from '../../../notifications/submission';
import { refreshPageShell } from '../../intake/pages/site-shell';
import { sendPage, type IntakeContext } from '../../intake/request/answers';
import { requestLocale, submissionLocale } from '../../intake/request/locale';
import { checkInPageText } from '../pages/copy';
import { CONCERN_MAX_LENGTH, answeredPage, concernFormPage, concernThanksPage, confirmAnswerPage, linkProblemPage, type LinkProblem } from '../pages/pages';
import { lastValue, postedFields } from '../../../links/posted-form';

type PageContext = IntakeContext & { origin: string; get(field: string): string };

const PROBLEM_STATUS: Record<LinkProblem, number> = { expired: 410, invalid: 404, gone: 410, already: 409, 'other-site': 403 };

/**
 * GET shows a page and changes nothing; POST (from that page's form, without JavaScript) records.
 * Every refusal is a page in the person's language that says what happened, and records nothing.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The site's layout for the pages in a locale, as the intake's no-JS pages take it (see site-shell.ts). */
  const withSiteLayout = (locale: Locale) => refreshPageShell(configOf(strapi).siteUrl, locale);

  async function refuse(ctx: PageContext, locale: Locale, problem: LinkProblem): Promise<void> {
    sendPage(ctx, PROBLEM_STATUS[problem], linkProblemPage(locale, problem, await readPlatformContact(strapi, locale)));
  }

  /** The link's grant, or a refusal page already sent. */
  async function grantOf(ctx: PageContext, purpose: LinkPurpose, locale: Locale): Promise<LinkGrant | undefined> {
    const checked = verifyLink(ctx.params.token ?? '', purpose, configOf(strapi).checkIns.secret);
    if (checked.ok) return checked.grant;
    await refuse(ctx, locale, checked.refusal === 'expired' ? 'expired' : 'invalid');
    return undefined;
  }

  /** A post from a page of another site is refused before anything is read. */
  async function fromOtherSite(ctx: PageContext, locale: Locale): Promise<boolean> {
    const { siteUrl, server } = configOf(strapi);
    if (!isCrossSitePost(ctx, { site: originsOf(siteUrl), cms: originsOf(server.publicUrl) })) return false;
    await refuse(ctx, locale, 'other-site');
    return true;
  }

  return {
    /** GET /api/check-ins/:token?answer=call-me&locale=fr */
    async confirmAnswer(ctx: PageContext) {
      const locale = requestLocale(ctx);
      await withSiteLayout(locale);
      const grant = await grantOf(ctx, 'check-in', locale);
      if (!grant) return;
      if (await answerOf(strapi, { match: grant.match, person: grant.person, checkIn: grant.checkIn ?? 0 })) return refuse(ctx, locale, 'already');
      const chosen = isCheckInAnswer(ctx.query.answer) ? ctx.query.answer : undefined;
      const loneliness = asksLoneliness(strapi, grant) ? { values: {}, errors: {} } : undefined;
      sendPage(ctx, 200, confirmAnswerPage(locale, ctx.params.token ?? '', chosen, undefined, loneliness));
    },

    /** POST /api/check-ins/:token (answer=…) */
    async answer(ctx: PageContext) {
      const locale = submissionLocale(postedFields(ctx.request), requestLocale(ctx));
      await withSiteLayout(locale);
      if (await fromOtherSite(ctx, locale)) return;
      const grant = await grantOf(ctx, 'check-in', locale);
      if (!grant) return;
      const answer = lastValue(postedFields(ctx.request).answer);
      const posted = asksLoneliness(strapi, grant) ? lonelinessPosted(postedFields(ctx.request)) : undefined;
      const loneliness = posted && validateLonelinessAnswers(posted, fieldMessages(locale));
      if (!isCheckInAnswer(answer) || (loneliness && !loneliness.ok)) {
        const problem = isCheckInAnswer(answer) ? undefined : checkInPageText('answerLegend', locale);
        const shown = posted && { values: posted, errors: loneliness && !loneliness.ok ? loneliness.errors : {} };
        return sendPage(ctx, 422, confirmAnswerPage(locale, ctx.params.token ?? '', isCheckInAnswer(answer) ? answer : undefined, problem, shown));
      }
      const outcome = await recordAnswer(strapi, grant, answer, loneliness?.measure);
      if (outcome === 'recorded') return sendPage(ctx, 200, answeredPage(locale, answer satisfies CheckInAnswer, await readPlatformContact(strapi, locale)));
      return refuse(ctx, locale, outcome === 'already-answered' ? 'already' : 'gone');
    },

    /** GET /api/concerns/:token?locale=nl */
    async concernForm(ctx: PageContext) {
      const locale = requestLocale(ctx);
      await withSiteLayout(locale);
      if (await grantOf(ctx, 'concern', locale)) sendPage(ctx, 200, concernFormPage(locale, ctx.params.token ?? ''));
    },

    /** POST /api/concerns/:token (text=…, callMe=on) */
    async reportConcern(ctx: PageContext) {
      const body = postedFields(ctx.request);
      const locale = submissionLocale(body, requestLocale(ctx));
      await withSiteLayout(locale);
      if (await fromOtherSite(ctx, locale)) return;
      const grant = await grantOf(ctx, 'concern', locale);
      if (!grant) return;
      const typed = { text: (lastValue(body.text) ?? '').trim(), callMe: lastValue(body.callMe) === 'on' };
      const problem =
        typed.text === ''
          ? checkInPageText('concernRequired', locale)
          : [...typed.text].length > CONCERN_MAX_LENGTH
            ? checkInPageText('concernTooLong', locale, { max: CONCERN_MAX_LENGTH })
            : undefined;
      if (problem) return sendPage(ctx, 422, concernFormPage(locale, ctx.params.token ?? '', typed, problem));
      const outcome = await recordConcern(strapi, { match: grant.match, person: grant.person, text: typed.text, callMe: typed.callMe });
      if (outcome === 'gone') return refuse(ctx, locale, 'gone');
      sendPage(ctx, 200, concernThanksPage(locale, await readPlatformContact(strapi, locale)));
    },
  };
};

/** The scale's fields as a page without JavaScript posts them: the box ticked or not, each item's answer if given. */
function lonelinessPosted(body: Record<string, unknown>): Record<string, unknown> {
  const posted: Record<string, unknown> = { [LONELINESS_CONSENT_FIELD]: lastValue(body[LONELINESS_CONSENT_FIELD]) === 'on' };
  for (const name of LONELINESS_FIELDS) posted[name] = lastValue(body[name]);
  return posted;
}
