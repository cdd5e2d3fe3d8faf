import type { Core, Data } from '@strapi/strapi';
import { isDecidedProposal, isLocale, otherLocales, type Locale, type ProposalDecision as ProposalDecisionStatus } from '@cb/domain';

/**
 * What the back office's mails may read of the records behind them. Each person is read with their own
 * fields only: the mail to one person is built without ever holding the other person's data.
 */

const RECIPIENT_FIELDS = ['reference', 'formLocale', 'contactName', 'email'] as const;
type RecipientRow = Data.ContentType<
  'api::help-request.help-request' | 'api::help-offer.help-offer' | 'api::project-proposal.project-proposal',
  (typeof RECIPIENT_FIELDS)[number]
>;
type MatchRow = Data.ContentType<
  'api::match.match',
  'kind' | 'sharedWithRequester' | 'sharedWithVolunteer' | 'initiativeDocumentId' | 'organisationDocumentId'
> & {
  helpRequest?: RecipientRow | null;
  helpOffer?: (RecipientRow & { documentId?: string }) | null;
};
type ProposalRow = RecipientRow &
  Data.ContentType<'api::project-proposal.project-proposal', 'caseStatus' | 'projectCallDocumentId' | 'grantedAmount' | 'decisionNote'>;
type Initiative = Data.ContentType<'api::initiative.initiative'>;
type Organisation = Data.ContentType<'api::organisation.organisation'>;

/** One person of a match, as far as the mail addressed to them needs. */
export interface Recipient {
  reference: string;
  formLocale: Locale;
  contactName: string;
  email?: string | undefined;
}

export interface ConfirmedMatch {
  kind: 'match' | 'referral';
  requester?: Recipient | undefined;
  volunteer?: Recipient | undefined;
  sharedWithRequester?: string | undefined;
  sharedWithVolunteer?: string | undefined;
  /** The volunteer's offer (a random documentId): the away link in their mails names it. */
  offerDocumentId?: string | undefined;
  initiativeDocumentId?: string | undefined;
  organisationDocumentId?: string | undefined;
}

/** The public face of the initiative or organisation a request was referred to. */
export interface ReferralTarget {
  name: string;
  /** The locale the texts were found in: the person's own, or another one when it is not translated. */
  locale: Locale;
  summary?: string | undefined;
  howToJoin?: string | undefined;
  phone?: string | undefined;
  email?: string | undefined;
  website?: string | undefined;
}

export interface ProposalDecision {
  applicant: Recipient;
  decision: ProposalDecisionStatus;
  projectCallDocumentId: string;
  grantedAmount?: number | undefined;
  decisionNote?: string | undefined;
}

export async function readConfirmedMatch(strapi: Core.Strapi, matchDocumentId: string): Promise<ConfirmedMatch | undefined> {
  // Query Engine read: private, unversioned records, each person's columns only (select), in one query.
  const match: MatchRow | null = await strapi.db.query('api::match.match').findOne({
    where: { documentId: matchDocumentId },
    select: ['kind', 'sharedWithRequester', 'sharedWithVolunteer', 'initiativeDocumentId', 'organisationDocumentId'],
    populate: { helpRequest: { select: RECIPIENT_FIELDS }, helpOffer: { select: [...RECIPIENT_FIELDS, 'documentId'] } },
  });
  if (!match) return undefined;
  return {
    kind: match.kind === 'referral' ? 'referral' : 'match',
    requester: recipientOf(match.helpRequest),
    volunteer: recipientOf(match.helpOffer),
    sharedWithRequester: textOf(match.sharedWithRequester),
    sharedWithVolunteer: textOf(match.sharedWithVolunteer),
    offerDocumentId: textOf(match.helpOffer?.documentId),
    initiativeDocumentId: textOf(match.initiativeDocumentId),
    organisationDocumentId: textOf(match.organisationDocumentId),
  };
}

/** The initiative or organisation in the person's language, else in another one rather than nothing. */
export async function readReferralTarget(strapi: Core.Strapi, match: ConfirmedMatch, locale: Locale): Promise<ReferralTarget | undefined> {
  for (const candidate of [locale, ...otherLocales(locale)]) {
    const target = match.initiativeDocumentId
      ? initiativeTarget(
          await strapi.documents('api::initiative.initiative').findOne({ documentId: match.initiativeDocumentId, locale: candidate, status: 'published' }),
          candidate,
        )
      : match.organisationDocumentId
        ? organisationTarget(
            await strapi
              .documents('api::organisation.organisation')
              .findOne({ documentId: match.organisationDocumentId, locale: candidate, status: 'published' }),
            candidate,
          )
        : undefined;
    if (target) return target;
  }
  return undefined;
}

export async function readProposalDecision(strapi: Core.Strapi, proposalDocumentId: string): Promise<ProposalDecision | undefined> {
  // Query Engine read: a private, unversioned record, the applicant's columns only (select).
  const proposal: ProposalRow | null = await strapi.db.query('api::project-proposal.project-proposal').findOne({
    where: { documentId: proposalDocumentId },
    select: [...RECIPIENT_FIELDS, 'caseStatus', 'projectCallDocumentId', 'grantedAmount', 'decisionNote'],
  });
  const applicant = recipientOf(proposal);
  if (!proposal || !applicant || !isDecidedProposal(proposal.caseStatus)) return undefined;
  // SQLite and PostgreSQL hand decimals back as numbers or as strings.
  const granted = proposal.grantedAmount === null || proposal.grantedAmount === undefined ? NaN : Number(proposal.grantedAmount);
  return {
    applicant,
    decision: proposal.caseStatus,
    projectCallDocumentId: String(proposal.projectCallDocumentId),
    grantedAmount: Number.isFinite(granted) ? granted : undefined,
    decisionNote: textOf(proposal.decisionNote),
  };
}

/** The applicant of a proposal as a mail addresses them (their language, name, reference), decided or not. */
export async function readProposalApplicant(strapi: Core.Strapi, proposalDocumentId: string): Promise<Recipient | undefined> {
  const proposal: RecipientRow | null = await strapi.db
    .query('api::project-proposal.project-proposal')
    .findOne({ where: { documentId: proposalDocumentId }, select: [...RECIPIENT_FIELDS] });
  return recipientOf(proposal);
}

/** The call's title in the applicant's language, else in another one. */
export async function readProjectCallTitle(strapi: Core.Strapi, documentId: string, locale: Locale): Promise<string | undefined> {
  for (const candidate of [locale, ...otherLocales(locale)]) {
    const call = await strapi.documents('api::project-call.project-call').findOne({ documentId, locale: candidate, status: 'published', fields: ['title'] });
    const title = textOf(call?.title);
    if (title) return title;
  }
  return undefined;
}

function initiativeTarget(row: Initiative | null, locale: Locale): ReferralTarget | undefined {
  const name = textOf(row?.title);
  if (!row || !name) return undefined;
  return {
    name,
    locale,
    summary: textOf(row.summary),
    howToJoin: textOf(row.howToJoin),
    phone: textOf(row.contactPhone),
    email: textOf(row.contactEmail),
    website: textOf(row.website),
  };
}

function organisationTarget(row: Organisation | null, locale: Locale): ReferralTarget | undefined {
  const name = textOf(row?.name);
  if (!row || !name) return undefined;
  return { name, locale, summary: textOf(row.summary), phone: textOf(row.phone), email: textOf(row.email), website: textOf(row.website) };
}

function recipientOf(record: RecipientRow | null | undefined): Recipient | undefined {
  if (!record) return undefined;
  return {
    reference: String(record.reference),
    formLocale: isLocale(record.formLocale) ? record.formLocale : 'nl',
    contactName: textOf(record.contactName) ?? '',
    email: textOf(record.email),
  };
}

function textOf(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}
