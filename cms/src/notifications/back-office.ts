import type { Core } from '@strapi/strapi';
import { dueFollowUps } from '../matching/workflow';
import { afterCommit, NOTIFICATIONS_OUTBOX, send } from './index';
import type { Outbox } from './outbox';
import { readConfirmedMatch, readProjectCallTitle, readProposalDecision, readReferralTarget, type ConfirmedMatch, type Recipient } from './back-office-records';
import { readPlatformContact } from './submission';
import { followUpDigest, type DueFollowUp } from './templates/follow-up-digest';
import { matchConfirmed } from './templates/match-confirmed';
import { proposalDecision } from './templates/proposal-decision';
import { referralConfirmed } from './templates/referral-confirmed';

/**
 * The mails of the back office's work: to both people when staff confirm a match (or to the requester
 * for a referral), to an applicant when the decision on their proposal is recorded, and each morning
 * to staff about the follow-ups that are due. They go through the intake's outbox: detached from the
 * staff action that caused them, after its transaction commits, retried, logged with references only.
 */

export const FOLLOW_UP_DIGEST_JOB = 'follow-up-digest';
const BRUSSELS = 'Europe/Brussels';

/** Call once, when staff confirm the match or referral; it mails whoever has an email address. */
export async function notifyMatchConfirmed(strapi: Core.Strapi, matchDocumentId: string): Promise<void> {
  const outbox = outboxOf(strapi);
  await afterCommit(strapi, () =>
    outbox.post(`reading match ${matchDocumentId}`, async () => {
      const match = await readConfirmedMatch(strapi, matchDocumentId);
      if (!match) return;
      const { requester, volunteer } = match;
      if (requester?.email) postMail(strapi, `${match.kind} confirmation to the requester for ${requester.reference}`, requester.email, () => requesterMail(strapi, match, requester));
      if (match.kind === 'match' && volunteer?.email) {
        postMail(strapi, `match confirmation to the volunteer for ${volunteer.reference}`, volunteer.email, async () =>
          matchConfirmed('volunteer', volunteer, match.sharedWithVolunteer, await readPlatformContact(strapi, volunteer.formLocale)),
        );
      }
    }),
  );
}

/** Call when a decision (approved or rejected) is recorded; other statuses send nothing. */
export async function notifyProposalDecision(strapi: Core.Strapi, proposalDocumentId: string): Promise<void> {
  const outbox = outboxOf(strapi);
  await afterCommit(strapi, () =>
    outbox.post(`reading project proposal ${proposalDocumentId}`, async () => {
      const proposal = await readProposalDecision(strapi, proposalDocumentId);
      const { applicant } = proposal ?? {};
      if (!proposal || !applicant?.email) return;
      postMail(strapi, `decision (${proposal.decision}) for project-proposal ${applicant.reference}`, applicant.email, async () => {
        const callTitle = await readProjectCallTitle(strapi, proposal.projectCallDocumentId, applicant.formLocale);
        return proposalDecision(proposal, callTitle, await readPlatformContact(strapi, applicant.formLocale));
      });
    }),
  );
}

/**
 * Mails STAFF_NOTIFICATION_EMAIL the matches and referrals whose follow-up date (Brussels time,
 * YYYY-MM-DD) has come, and nothing when none are due. Returns how many the mail lists.
 */
export async function sendFollowUpDigest(strapi: Core.Strapi, today: string, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const staffAddress = env.STAFF_NOTIFICATION_EMAIL?.trim();
  if (!staffAddress) return 0;
  const due = (await dueFollowUps(strapi, today)).map(asDueFollowUp);
  if (due.length === 0) return 0;
  const mail = followUpDigest(due, today, followUpsUrl(strapi));
  outboxOf(strapi).post(`follow-up digest of ${today}`, () => send(strapi, staffAddress, mail));
  return due.length;
}

/** Every morning at 07:00 Brussels time, before staff start. */
export function scheduleFollowUpDigest(strapi: Core.Strapi): void {
  strapi.cron.add({
    [FOLLOW_UP_DIGEST_JOB]: {
      options: { rule: '0 7 * * *', tz: BRUSSELS },
      task: async () => {
        const listed = await sendFollowUpDigest(strapi, brusselsDate(new Date()));
        if (listed > 0) strapi.log.info(`Follow-up digest: ${listed} due`);
      },
    },
  });
}

/** The calendar date in Brussels, as YYYY-MM-DD. */
export function brusselsDate(now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: BRUSSELS, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

async function requesterMail(strapi: Core.Strapi, match: ConfirmedMatch, requester: Recipient) {
  const contact = await readPlatformContact(strapi, requester.formLocale);
  if (match.kind === 'match') return matchConfirmed('requester', requester, match.sharedWithRequester, contact);
  const target = await readReferralTarget(strapi, match, requester.formLocale);
  return referralConfirmed(requester, target, match.sharedWithRequester, contact);
}

/** The mail is rendered inside the task, so a failure to read what it needs is retried like a send. */
function postMail(strapi: Core.Strapi, label: string, to: string, render: () => Promise<Parameters<typeof send>[2]>): void {
  outboxOf(strapi).post(label, async () => send(strapi, to, await render()));
}

function outboxOf(strapi: Core.Strapi): Outbox {
  return strapi.get(NOTIFICATIONS_OUTBOX) as Outbox;
}

function followUpsUrl(strapi: Core.Strapi): string {
  const admin = String(strapi.config.get('admin.absoluteUrl')).replace(/\/$/, '');
  return `${admin}/plugins/back-office/follow-ups`;
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
