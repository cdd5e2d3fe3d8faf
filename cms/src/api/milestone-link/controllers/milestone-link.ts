import type { Core } from '@strapi/strapi';
import { MILESTONE_REPORT_MAX_LENGTH, type Locale } from '@cb/domain';
import { configOf } from '../../../config';
import { isCrossSitePost, originsOf } from '../../../middlewares/origins';
import { grantedProposal, milestonesOf, recordMilestoneReport, recordPublicationConsent } from '../../../milestones';
import { verifyMilestoneLink, type MilestoneGrant } from '../../../milestones/links';
import { readPlatformContact } from '../../../notifications/submission';
import { privateStorageOf } from '../../intake/attachments/private-storage';
import { MILESTONE_FILES, inspectUploads, keepUploads, removeStoredFiles, uploadedFilesOf } from '../../intake/attachments/uploads';
import { refreshPageShell } from '../../intake/pages/site-shell';
import { sendPage, type IntakeContext } from '../../intake/request/answers';
import { requestLocale, submissionLocale } from '../../intake/request/locale';
import { milestonePageText } from '../pages/copy';
import { milestoneProblemPage, milestonesPage, milestoneThanksPage, type MilestoneFormProblem, type MilestoneLinkProblem } from '../pages/pages';
import { lastValue, postedFields } from '../../../links/posted-form';

type PageContext = IntakeContext & { origin: string; get(field: string): string; request: { body?: unknown; files?: unknown } };

const PROBLEM_STATUS: Record<MilestoneLinkProblem, number> = { expired: 410, invalid: 404, 'other-project': 403, gone: 410, already: 409, 'other-site': 403 };

/**
 * The applicant's milestone page. GET shows it and changes nothing (mail scanners open links); a POST
 * from its forms records one milestone's report (with files) or the agreement to a public page.
 * Every refusal is a page in the applicant's language that says what happened, and records nothing:
 * files already checked and kept are removed again.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The site's layout for the pages in a locale, as the intake's no-JS pages take it (see site-shell.ts). */
  const withSiteLayout = (locale: Locale) => refreshPageShell(configOf(strapi).siteUrl, locale);

  async function refuse(ctx: PageContext, locale: Locale, problem: MilestoneLinkProblem): Promise<void> {
    sendPage(ctx, PROBLEM_STATUS[problem], milestoneProblemPage(locale, problem, await readPlatformContact(strapi, locale)));
  }

  async function grantOf(ctx: PageContext, locale: Locale): Promise<MilestoneGrant | undefined> {
    const checked = verifyMilestoneLink(ctx.params.token ?? '', configOf(strapi).checkIns.secret);
    if (!checked.ok) {
      await refuse(ctx, locale, checked.refusal === 'expired' ? 'expired' : 'invalid');
      return undefined;
    }
    if (!(await grantedProposal(strapi, checked.grant.proposal))) {
      await refuse(ctx, locale, 'gone');
      return undefined;
    }
    return checked.grant;
  }

  async function showPage(
    ctx: PageContext,
    status: number,
    locale: Locale,
    proposal: string,
    problems: { problem?: MilestoneFormProblem; consentProblem?: string } = {},
  ) {
    const consented = (await grantedProposal(strapi, proposal))?.consented ?? false;
    sendPage(ctx, status, milestonesPage(locale, ctx.params.token ?? '', { milestones: await milestonesOf(strapi, proposal), consented, ...problems }));
  }

  return {
    /** GET /api/project-milestones/:token?locale=fr */
    async show(ctx: PageContext) {
      const locale = requestLocale(ctx);
      await withSiteLayout(locale);
      const grant = await grantOf(ctx, locale);
      if (grant) await showPage(ctx, 200, locale, grant.proposal);
    },

    /** POST /api/project-milestones/:token: milestone, done, report, files; or intent=consent, consent=on */
    async update(ctx: PageContext) {
      const body = postedFields(ctx.request);
      const locale = submissionLocale(body, requestLocale(ctx));
      await withSiteLayout(locale);
      const { siteUrl, server } = configOf(strapi);
      if (isCrossSitePost(ctx, { site: originsOf(siteUrl), cms: originsOf(server.publicUrl) })) return refuse(ctx, locale, 'other-site');
      const grant = await grantOf(ctx, locale);
      if (!grant) return;
      if (lastValue(body.intent) === 'consent') {
        if (lastValue(body.consent) !== 'on')
          return showPage(ctx, 422, locale, grant.proposal, { consentProblem: milestonePageText('consentRequired', locale) });
        if ((await recordPublicationConsent(strapi, grant.proposal)) === 'gone') return refuse(ctx, locale, 'gone');
        return showPage(ctx, 200, locale, grant.proposal);
      }
      const milestone = lastValue(body.milestone) ?? '';
      const typed = { done: lastValue(body.done) === 'on', report: (lastValue(body.report) ?? '').trim() };
      const files = uploadedFilesOf(ctx.request.files);
      const inspected = await inspectUploads(files, locale, MILESTONE_FILES);
      const problemOf = (message: string) => showPage(ctx, 422, locale, grant.proposal, { problem: { milestone, message, typed } });
      if (!inspected.ok) return problemOf(Object.values(inspected.errors).join(' '));
      if ([...typed.report].length > MILESTONE_REPORT_MAX_LENGTH)
        return problemOf(milestonePageText('reportTooLong', locale, { max: MILESTONE_REPORT_MAX_LENGTH }));
      if (!typed.done && typed.report === '' && inspected.uploads.length === 0) return problemOf(milestonePageText('nothingToSend', locale));
      const storage = privateStorageOf(strapi);
      const kept = await keepUploads(inspected.uploads, storage);
      const outcome = await recordMilestoneReport(strapi, grant.proposal, { milestone, ...typed, files: kept });
      if (outcome !== 'recorded') {
        await removeStoredFiles(kept, storage);
        return refuse(ctx, locale, outcome === 'other-proposal' ? 'other-project' : outcome === 'already-done' ? 'already' : 'gone');
      }
      sendPage(ctx, 200, milestoneThanksPage(locale, ctx.params.token ?? '', await readPlatformContact(strapi, locale)));
    },
  };
};
