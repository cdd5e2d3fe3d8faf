import type { Core } from '@strapi/strapi';
import {
  CLOSED_OFFER_STATUSES,
  CODE_OF_CONDUCT_VERSION,
  INFORMATION_NOTE_VERSION,
  OFFER_AS,
  organisationNameKey,
  screeningExpiresAt,
  screeningStateOf,
  type Locale,
  type OfferScreening,
  type ReferenceCheck,
  type ScreeningPolicy,
} from '@cb/domain';
import { configOf } from '../config';
import { addToTimeline, type Author } from './timeline';
import type { OfferScreeningView } from './screening-view';

export type { OfferScreeningView } from './screening-view';

/**
 * Staff screen a volunteer before any match (the rule is @cb/domain's screening): the latest screening
 * is kept on the offer, each one is a line on its timeline. An organisation's offers are screened
 * through the organisation's check, which staff make once and tie each of its offers to.
 */

const OFFER = 'api::help-offer.help-offer';
const ORGANISATION_CHECK = 'api::organisation-check.organisation-check';

/** What decides a screening, as the offer's reads ask for it (fields and populate). */
export const SCREENING_FIELDS = ['offerAs', 'screenedOn', 'awayFrom', 'awayUntil'] as const;
export const SCREENING_POPULATE = { organisationCheck: { fields: ['checkedAt' as const] } };

/** Offers stored before `offerAs` was required count as a person's (as in workflow.ts, which reads this module). */
const offerAsOf = (value: unknown) => OFFER_AS.find((candidate) => candidate === value) ?? 'person';

/** A stored date (YYYY-MM-DD), or none. */
const dayOf = (value: unknown) => (typeof value === 'string' && value ? value.slice(0, 10) : null);

/** The screening rule's settings now: how long a screening holds (SCREENING_VALID_MONTHS). */
export function screeningPolicy(strapi: Core.Strapi, now = new Date()): ScreeningPolicy {
  return { now, validMonths: configOf(strapi).screeningValidMonths };
}

/** The screening part of an offer row read with SCREENING_FIELDS and SCREENING_POPULATE. */
export function offerScreeningOf(row: {
  offerAs?: unknown;
  screenedOn?: unknown;
  awayFrom?: unknown;
  awayUntil?: unknown;
  organisationCheck?: { checkedAt?: unknown } | null;
}): OfferScreening {
  return {
    offerAs: offerAsOf(row.offerAs),
    screenedOn: typeof row.screenedOn === 'string' && row.screenedOn ? row.screenedOn : null,
    organisationCheckedAt: row.organisationCheck?.checkedAt ? new Date(String(row.organisationCheck.checkedAt)).toISOString() : null,
    awayFrom: dayOf(row.awayFrom),
    awayUntil: dayOf(row.awayUntil),
  };
}

export interface NewScreening {
  conversationOn: string;
  references: ReferenceCheck;
  waiverReason?: string | undefined;
  informationNoteLocale: Locale;
  note?: string | undefined;
}

/** Why staff may not screen this offer: the back office says it in the staff member's words. */
export const SCREENING_REFUSALS = ['not-found', 'anonymised', 'case-closed', 'not-an-organisation'] as const;
export class ScreeningRefused extends Error {
  constructor(readonly refusal: (typeof SCREENING_REFUSALS)[number]) {
    super(refusal);
  }
}

/** Records a screening held by `author` (the staff member): the offer keeps it, the timeline says so. */
export async function recordScreening(
  strapi: Core.Strapi,
  documentId: string,
  screening: NewScreening,
  author: Author | undefined,
): Promise<OfferScreeningView> {
  await strapi.db.transaction(async () => {
    await openOffer(strapi, documentId);
    await strapi.documents(OFFER).update({
      documentId,
      data: {
        screenedOn: screening.conversationOn,
        screenedById: author?.id,
        screenedByName: author?.name,
        screeningReferences: screening.references,
        screeningWaiverReason: screening.references === 'waived' ? screening.waiverReason : '',
        screeningCodeOfConductVersion: CODE_OF_CONDUCT_VERSION,
        informationNoteLocale: screening.informationNoteLocale,
        informationNoteVersion: INFORMATION_NOTE_VERSION,
      },
    });
    await addToTimeline(strapi, author, { kind: 'screened', helpOffer: documentId, text: screening.note });
  });
  return (await screeningOf(strapi, documentId))!;
}

/**
 * Marks the offer's organisation as checked, or ties the offer to the check staff already made of the
 * same organisation (its name folded): from then on the offer counts as screened.
 */
export async function checkOrganisation(strapi: Core.Strapi, documentId: string, author: Author | undefined): Promise<OfferScreeningView> {
  await strapi.db.transaction(async () => {
    const offer = await openOffer(strapi, documentId);
    const name = offer.organisationName?.trim();
    if (offerAsOf(offer.offerAs) !== 'organisation' || !name) throw new ScreeningRefused('not-an-organisation');
    const nameKey = organisationNameKey(name);
    const existing = await strapi.documents(ORGANISATION_CHECK).findFirst({ filters: { nameKey: { $eq: nameKey } }, fields: ['id'] });
    const check =
      existing ??
      (await strapi.documents(ORGANISATION_CHECK).create({
        data: { name, nameKey, checkedAt: new Date().toISOString(), checkedById: author?.id, checkedByName: author?.name },
      }));
    await strapi.documents(OFFER).update({ documentId, data: { organisationCheck: check.documentId } });
    await addToTimeline(strapi, author, { kind: 'organisation-checked', helpOffer: documentId });
  });
  return (await screeningOf(strapi, documentId))!;
}

/** Where an offer's screening stands, for its page in the back office. */
export async function screeningOf(strapi: Core.Strapi, documentId: string, now = new Date()): Promise<OfferScreeningView | undefined> {
  const row = await strapi.documents(OFFER).findOne({
    documentId,
    fields: [
      ...SCREENING_FIELDS,
      'organisationName',
      'formLocale',
      'codeOfConductVersion',
      'codeOfConductAcceptedAt',
      'screenedByName',
      'screeningReferences',
      'screeningWaiverReason',
      'screeningCodeOfConductVersion',
      'informationNoteLocale',
      'informationNoteVersion',
    ],
    populate: { organisationCheck: { fields: ['name', 'checkedAt', 'checkedByName'] } },
  });
  if (!row) return undefined;
  const policy = screeningPolicy(strapi, now);
  const screening = offerScreeningOf(row);
  const sameName = row.organisationName && !row.organisationCheck ? await checkNamed(strapi, row.organisationName) : undefined;
  const check = row.organisationCheck ?? sameName;
  return {
    state: screeningStateOf(screening, policy),
    validMonths: policy.validMonths,
    validUntil: screening.screenedOn ? screeningExpiresAt(screening.screenedOn, policy.validMonths).toISOString().slice(0, 10) : null,
    offerAs: screening.offerAs,
    organisationName: row.organisationName ?? null,
    formLocale: row.formLocale ?? 'nl',
    acceptedOnForm: row.codeOfConductVersion
      ? { version: row.codeOfConductVersion, acceptedAt: row.codeOfConductAcceptedAt ? new Date(String(row.codeOfConductAcceptedAt)).toISOString() : null }
      : null,
    screening: screening.screenedOn
      ? {
          conversationOn: screening.screenedOn,
          conversationBy: row.screenedByName ?? null,
          references: row.screeningReferences ?? null,
          waiverReason: row.screeningWaiverReason || null,
          codeOfConductVersion: row.screeningCodeOfConductVersion ?? null,
          informationNoteLocale: row.informationNoteLocale ?? null,
          informationNoteVersion: row.informationNoteVersion ?? null,
        }
      : null,
    organisationCheck: check
      ? {
          name: check.name ?? '',
          checkedAt: new Date(String(check.checkedAt)).toISOString(),
          checkedBy: check.checkedByName ?? null,
          tiedToThisOffer: Boolean(row.organisationCheck),
        }
      : null,
    currentVersions: { codeOfConduct: CODE_OF_CONDUCT_VERSION, informationNote: INFORMATION_NOTE_VERSION },
  };
}

async function checkNamed(strapi: Core.Strapi, name: string) {
  return strapi
    .documents(ORGANISATION_CHECK)
    .findFirst({ filters: { nameKey: { $eq: organisationNameKey(name) } }, fields: ['name', 'checkedAt', 'checkedByName'] });
}

/** The offer staff screen: on record, its person not forgotten, not closed. */
async function openOffer(strapi: Core.Strapi, documentId: string) {
  const offer = await strapi.documents(OFFER).findOne({ documentId, fields: ['caseStatus', 'offerAs', 'organisationName', 'anonymisedAt'] });
  if (!offer) throw new ScreeningRefused('not-found');
  if (offer.anonymisedAt) throw new ScreeningRefused('anonymised');
  if ((CLOSED_OFFER_STATUSES as readonly string[]).includes(offer.caseStatus ?? 'new')) throw new ScreeningRefused('case-closed');
  return offer;
}
