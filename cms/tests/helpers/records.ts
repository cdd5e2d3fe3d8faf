import type { Core, Modules, Struct, UID } from '@strapi/strapi';

/** The fields of a content type as the Document Service takes them (cms/types/generated). */
export type RecordInput<Uid extends UID.ContentType> = Modules.Documents.Params.Data.Input<Uid>;
type Input<Uid extends UID.ContentType> = Partial<RecordInput<Uid>>;

/**
 * The defaults of the intake schemas' required fields. Strapi fills them in when a record is created
 * without them, but the generated input types still ask for them: a test that creates a record spreads
 * these first, so it says no more than before and the compiler checks the rest of its fields.
 */
export const REQUEST_DEFAULTS = {
  caseStatus: 'new',
  channel: 'web',
  formLocale: 'nl',
  forWhom: 'self',
  urgency: 'normal',
} as const satisfies Input<'api::help-request.help-request'>;

export const OFFER_DEFAULTS = {
  caseStatus: 'new',
  channel: 'web',
  formLocale: 'nl',
  frequency: 'flexible',
  offerAs: 'person',
} as const satisfies Input<'api::help-offer.help-offer'>;

/**
 * A volunteer screened today: only screened offers are suggested or matched (@cb/domain's screening).
 * Tests of matching spread it into the offers they match; the screening tests leave it out.
 */
export const SCREENED_TODAY = { screenedOn: new Date().toISOString().slice(0, 10) } as const satisfies Input<'api::help-offer.help-offer'>;

export const PROPOSAL_DEFAULTS = {
  applicantType: 'person',
  caseStatus: 'received',
  channel: 'web',
  formLocale: 'nl',
} as const satisfies Input<'api::project-proposal.project-proposal'>;

export const STORY_SUBMISSION_DEFAULTS = {
  caseStatus: 'new',
  channel: 'web',
  formLocale: 'nl',
} as const satisfies Input<'api::story-submission.story-submission'>;

export const MATCH_DEFAULTS = { kind: 'match', caseStatus: 'proposed' } as const satisfies Input<'api::match.match'>;

/** The schema of the `api::name.name` content type a test names by a string (from a list of types). */
export function modelOf(strapi: Core.Strapi, name: string): Struct.ContentTypeSchema {
  const uid = `api::${name}.${name}`;
  if (!isContentTypeUid(strapi, uid)) throw new Error(`No content type ${uid}`);
  return strapi.contentType(uid);
}

const isContentTypeUid = (strapi: Core.Strapi, uid: string): uid is UID.ContentType => uid in strapi.contentTypes;

/** The name of a content type in the content API's paths (`/api/<pluralName>`). */
export const pluralNameOf = (strapi: Core.Strapi, name: string): string => modelOf(strapi, name).info.pluralName;
