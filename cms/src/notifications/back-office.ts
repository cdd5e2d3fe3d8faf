import type { Core } from '@strapi/strapi';
import { MILESTONE_LINK_DAYS, brusselsDay } from '@cb/domain';
import { configOf } from '../config';
import { dueFollowUps } from '../matching/workflow';
import { outboxOf, type DurableOutbox, type JobPayload } from '../outbox';
import type { ScheduleRunner } from '../schedule';
import { concernUrl } from '../check-ins/urls';
import { awayMatches } from '../holiday-cover';
import { awayUrl } from '../holiday-cover/links';
import { lateMilestones, milestonesOf } from '../milestones';
import { milestoneUrl } from '../milestones/links';
import { send } from './send';
import { backOfficeUrl, sendToStaff, staffRecipients } from './staff-recipients';
import {
  readConfirmedMatch,
  readProjectCallTitle,
  readProposalApplicant,
  readProposalDecision,
  readReferralTarget,
  type ConfirmedMatch,
  type ProposalDecision,
  type Recipient,
} from './back-office-records';
import type { RenderedMail } from './templates/layout';
import { readPlatformContact } from './submission';
import { followUpDigest, type DueFollowUp } from './templates/follow-up-digest';
import { matchConfirmed } from './templates/match-confirmed';
import { milestoneLinkMail } from './templates/milestone-link';
import { proposalDecision } from './templates/proposal-decision';
import { referralConfirmed } from './templates/referral-confirmed';

/**
 * The mails of the back office's work: to both people when staff confirm a match (or to the requester
 * for a referral), to an applicant when the decision on their proposal is recorded, and each morning
 * to staff about the follow-ups that are due. Each is an outbox job, recorded in the staff action's
 * transaction when it has one (else before its answer), and rendered from the database when it runs.
 */

export const FOLLOW_UP_DIGEST_JOB = 'follow-up-digest';
const BRUSSELS = 'Europe/Brussels';
const MATCH_MAIL = 'match-confirmed-mail';
const DECISION_MAIL = 'proposal-decision-mail';
const DIGEST_MAIL = 'follow-up-digest-mail';
const MILESTONE_MAIL = 'milestone-link-mail';

export function handleBackOfficeMails(strapi: Core.Strapi, outbox: DurableOutbox): void {
  outbox.handle(MATCH_MAIL, async (payload, job) => {
    const match = typeof payload.matchDocumentId === 'string' ? await readConfirmedMatch(strapi, payload.matchDocumentId) : undefined;
    if (!match) return;
    const { requester, volunteer } = match;
    const matchDocumentId = String(payload.matchDocumentId);
    if (payload.to === 'requester' && requester?.email)
      await send(strapi, requester.email, await requesterMail(strapi, matchDocumentId, match, requester), job);
    if (payload.to === 'volunteer' && match.kind === 'match' && volunteer?.email) {
      const contact = await readPlatformContact(strapi, volunteer.formLocale);
      const mail = matchConfirmed(
        'volunteer',
        volunteer,
        match.sharedWithVolunteer,
        contact,
        concernUrl(strapi, matchDocumentId, 'volunteer', volunteer.formLocale),
        match.offerDocumentId ? awayUrl(strapi, match.offerDocumentId, volunteer.formLocale) : undefined,
      );
      await send(strapi, volunteer.email, mail, job);
    }
  });
  outbox.handle(DECISION_MAIL, async (payload, job) => {
    const proposal = typeof payload.proposalDocumentId === 'string' ? await readProposalDecision(strapi, payload.proposalDocumentId) : undefined;
    const { applicant } = proposal ?? {};
    if (!proposal || !applicant?.email) return;
    const callTitle = await readProjectCallTitle(strapi, proposal.projectCallDocumentId, applicant.formLocale);
    await send(strapi, applicant.email, proposalDecision(proposal, callTitle, await readPlatformContact(strapi, applicant.formLocale)), job);
  });
  outbox.handle(DIGEST_MAIL, async (payload, job) => {
    const today = String(payload.date);
    const due = (await dueFollowUps(strapi, today)).map(asDueFollowUp);
    const late = await lateMilestones(strapi, today);
    const away = await awayMatches(strapi, today);
    if (due.length === 0 && late.length === 0 && away.length === 0) return;
    const followUps = backOfficeUrl(strapi, 'follow-ups');
    await sendToStaff(strapi, await staffRecipients(strapi), (locale) => followUpDigest(due, today, followUps, locale, late, away), job);
  });
  outbox.handle(MILESTONE_MAIL, async (payload, job) => {
    const proposalDocumentId = typeof payload.proposalDocumentId === 'string' ? payload.proposalDocumentId : undefined;
    const applicant = proposalDocumentId ? await readProposalApplicant(strapi, proposalDocumentId) : undefined;
    if (!proposalDocumentId || !applicant?.email) return;
    const planned = await milestonesOf(strapi, proposalDocumentId);
    if (planned.length === 0) return;
    const link = milestoneUrl(strapi, proposalDocumentId, applicant.formLocale);
    const contact = await readPlatformContact(strapi, applicant.formLocale);
    await send(strapi, applicant.email, milestoneLinkMail(applicant, planned, link, MILESTONE_LINK_DAYS, contact), job);
  });
}

/** Call once, when staff confirm the match or referral; it mails whoever has an email address. */
export async function notifyMatchConfirmed(strapi: Core.Strapi, matchDocumentId: string): Promise<void> {
  const match = await readConfirmedMatch(strapi, matchDocumentId);
  if (!match) return;
  const { requester, volunteer } = match;
  const record = (to: string, label: string) => outboxOf(strapi).record(MATCH_MAIL, { matchDocumentId, to } satisfies JobPayload, { label });
  if (requester?.email) await record('requester', `${match.kind} confirmation to the requester for ${requester.reference}`);
  if (match.kind === 'match' && volunteer?.email) await record('volunteer', `match confirmation to the volunteer for ${volunteer.reference}`);
}

/**
 * Call when a decision (approved or rejected) is confirmed; other statuses send nothing. `once` names
 * this decision (e.g. its time): however often it is called for the same one, one mail is recorded.
 */
export async function notifyProposalDecision(strapi: Core.Strapi, proposalDocumentId: string, once?: string): Promise<void> {
  const proposal = await readProposalDecision(strapi, proposalDocumentId);
  const { applicant } = proposal ?? {};
  if (!proposal || !applicant?.email) return;
  await outboxOf(strapi).record(
    DECISION_MAIL,
    { proposalDocumentId },
    {
      label: `decision (${proposal.decision}) for project-proposal ${applicant.reference}`,
      ...(once ? { dedupeKey: `${DECISION_MAIL}:${proposalDocumentId}:${once}` } : {}),
    },
  );
}

/**
 * The mail an applicant would receive for a decision not yet confirmed, in their language, rendered
 * by the same template as the mail itself; nothing is sent.
 */
export async function previewProposalDecision(
  strapi: Core.Strapi,
  proposalDocumentId: string,
  draft: Omit<ProposalDecision, 'applicant' | 'projectCallDocumentId'>,
  projectCallDocumentId: string,
): Promise<(RenderedMail & { locale: Recipient['formLocale'] }) | undefined> {
  const applicant = await readProposalApplicant(strapi, proposalDocumentId);
  if (!applicant) return undefined;
  const callTitle = await readProjectCallTitle(strapi, projectCallDocumentId, applicant.formLocale);
  const mail = proposalDecision({ ...draft, applicant, projectCallDocumentId }, callTitle, await readPlatformContact(strapi, applicant.formLocale));
  return { ...mail, locale: applicant.formLocale };
}

/**
 * Mails STAFF_NOTIFICATION_EMAIL the matches and referrals whose follow-up date (Brussels time,
 * YYYY-MM-DD) has come, the funded projects' late milestones and the open matches whose volunteer is away in the coming week, and nothing when there are none. Returns how many the mail lists. One job per
 * date: however many processes run the morning's schedule, staff get one digest.
 */
export async function sendFollowUpDigest(strapi: Core.Strapi, today: string): Promise<number> {
  if (configOf(strapi).mail.staffAddresses.length === 0) return 0;
  const listed = (await dueFollowUps(strapi, today)).length + (await lateMilestones(strapi, today)).length + (await awayMatches(strapi, today)).length;
  if (listed === 0) return 0;
  await outboxOf(strapi).record(DIGEST_MAIL, { date: today }, { label: `follow-up digest of ${today}`, dedupeKey: `${DIGEST_MAIL}:${today}` });
  return listed;
}

/**
 * Call when staff save a granted proposal's milestones: the applicant is mailed the milestone page's
 * link (in their language) with the plan as it is when the mail goes out. `once` names this save.
 */
export async function notifyMilestonesPlanned(strapi: Core.Strapi, proposalDocumentId: string, once: string): Promise<void> {
  const applicant = await readProposalApplicant(strapi, proposalDocumentId);
  if (!applicant?.email) return;
  await outboxOf(strapi).record(
    MILESTONE_MAIL,
    { proposalDocumentId },
    { label: `milestone link for project-proposal ${applicant.reference}`, dedupeKey: `${MILESTONE_MAIL}:${proposalDocumentId}:${once}` },
  );
}

/** Every morning at 07:00 Brussels time, before staff start, once across replicas. */
export function scheduleFollowUpDigest(strapi: Core.Strapi, schedule: ScheduleRunner): void {
  schedule.define({
    name: FOLLOW_UP_DIGEST_JOB,
    rule: '0 7 * * *',
    tz: BRUSSELS,
    run: async (slotAt) => {
      const listed = await sendFollowUpDigest(strapi, brusselsDate(slotAt));
      if (listed > 0) strapi.log.info(`Follow-up digest: ${listed} due`);
      return { listed };
    },
  });
}

/** The calendar date in Brussels, as YYYY-MM-DD. */
export const brusselsDate = brusselsDay;

async function requesterMail(strapi: Core.Strapi, matchDocumentId: string, match: ConfirmedMatch, requester: Recipient) {
  const contact = await readPlatformContact(strapi, requester.formLocale);
  if (match.kind === 'match') {
    return matchConfirmed('requester', requester, match.sharedWithRequester, contact, concernUrl(strapi, matchDocumentId, 'requester', requester.formLocale));
  }
  const target = await readReferralTarget(strapi, match, requester.formLocale);
  return referralConfirmed(requester, target, match.sharedWithRequester, contact);
}

function asDueFollowUp(row: Record<string, unknown>): DueFollowUp {
  const referenceOf = (relation: unknown) => {
    const reference = (relation as { reference?: unknown } | null | undefined)?.reference;
    return typeof reference === 'string' ? reference : undefined;
  };
  return {
    kind: String(row.kind),
    caseStatus: String(row.caseStatus),
    followUpOn: String(row.followUpOn),
    requestReference: referenceOf(row.helpRequest),
    offerReference: referenceOf(row.helpOffer),
  };
}
