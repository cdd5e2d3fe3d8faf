import type { Core, Modules } from '@strapi/strapi';
import { isLocale, type Locale } from '@cb/domain';
import type { IntakeForm } from '@cb/domain/intake';
import type { IntakeUid } from '../content-model/uids';

/** The intake types whose new records are announced to staff and confirmed to the person. */
export const NOTIFIED_FORMS = ['help-request', 'help-offer', 'story-submission', 'project-proposal'] as const satisfies readonly IntakeForm[];

export function notifiedFormOf(uid: string): IntakeForm | undefined {
  const name = /^api::([a-z-]+)\.\1$/.exec(uid)?.[1];
  return (NOTIFIED_FORMS as readonly string[]).includes(name ?? '') ? (name as IntakeForm) : undefined;
}

/** What the mails may show of a stored submission. Free texts are not read at all. */
export interface Submission {
  form: IntakeForm;
  documentId: string;
  reference: string;
  channel: string;
  formLocale: Locale;
  contactName: string;
  email?: string;
  hasPhone: boolean;
  /** Enumerated answers that help staff triage (urgency, for whom, as person or organisation…). */
  facts: Record<string, string>;
  categories: string[];
  municipalities: string[];
  languages: string[];
  anywhereInBrussels: boolean;
  /** The project call a proposal answers (its back-office page lists the call's proposals). */
  projectCallDocumentId?: string;
}

/** How the person can reach the platform, from the CMS's Global single type. */
export interface PlatformContact {
  phoneNumber?: string;
  phoneHours?: string;
}

const FACTS: readonly string[] = ['forWhom', 'urgency', 'offerAs', 'frequency', 'applicantType', 'mayPublish'];

/** The codes of the relations named, as the Document Service's `populate: { name: { fields: ['code'] } }` reads them. */
type CodesOf<TRelation extends string> = { [Name in TRelation]: { fields: ['code'] } };
type WithCodes<TUid extends IntakeUid, TPopulate extends Modules.Documents.Params.Pick<TUid, 'populate'>['populate']> = Promise<Modules.Documents.Result<
  TUid,
  { populate: TPopulate }
> | null>;

/**
 * One intake record with the codes of the taxonomy relations named, through the Query Engine, typed as
 * the Document Service would give it: intake types have no drafts and no locales, so a document is one
 * row. The Document Service would read it inside a transaction of its own, where Strapi loads the
 * relations in parallel on that transaction's one connection (on PostgreSQL, pg's "client.query() when
 * the client is already executing a query"); here each relation's query takes its own, with no
 * BEGIN/COMMIT around a read that two mails of every submission make.
 */
function readWithCodes(strapi: Core.Strapi, uid: IntakeUid, documentId: string, relations: readonly string[]) {
  const populate = Object.fromEntries(relations.map((relation) => [relation, { select: ['code'] }]));
  return strapi.db.query(uid).findOne({ where: { documentId }, populate });
}

/** Each intake type read with the codes of its taxonomy relations, as the generated types know it. */
const READ_SUBMISSION = {
  'help-request': (
    strapi: Core.Strapi,
    documentId: string,
  ): WithCodes<'api::help-request.help-request', CodesOf<'categories' | 'municipality' | 'languages'>> =>
    readWithCodes(strapi, 'api::help-request.help-request', documentId, ['categories', 'municipality', 'languages']),
  'help-offer': (strapi: Core.Strapi, documentId: string): WithCodes<'api::help-offer.help-offer', CodesOf<'categories' | 'municipalities' | 'languages'>> =>
    readWithCodes(strapi, 'api::help-offer.help-offer', documentId, ['categories', 'municipalities', 'languages']),
  'story-submission': (strapi: Core.Strapi, documentId: string): WithCodes<'api::story-submission.story-submission', CodesOf<never>> =>
    readWithCodes(strapi, 'api::story-submission.story-submission', documentId, []),
  'project-proposal': (strapi: Core.Strapi, documentId: string): WithCodes<'api::project-proposal.project-proposal', CodesOf<'municipalities'>> =>
    readWithCodes(strapi, 'api::project-proposal.project-proposal', documentId, ['municipalities']),
} satisfies Record<IntakeForm, unknown>;

export async function readSubmission(strapi: Core.Strapi, form: IntakeForm, documentId: string): Promise<Submission | undefined> {
  const record = await READ_SUBMISSION[form](strapi, documentId);
  if (!record) return undefined;

  const text = (value: string | null | undefined) => (value ? value : undefined);
  const stored = new Map(Object.entries(record));
  const facts: Record<string, string> = {};
  for (const name of FACTS) {
    const value = stored.get(name);
    if (value !== undefined && value !== null) facts[name] = String(value);
  }
  const formLocale = record.formLocale;
  return {
    form,
    documentId,
    reference: String(record.reference),
    channel: String(record.channel),
    formLocale: isLocale(formLocale) ? formLocale : 'nl',
    contactName: text(record.contactName) ?? '',
    email: text(record.email),
    hasPhone: text(record.phone) !== undefined,
    facts,
    categories: 'categories' in record ? codesOf(record.categories) : [],
    municipalities: [...('municipality' in record ? codesOf(record.municipality) : []), ...('municipalities' in record ? codesOf(record.municipalities) : [])],
    languages: 'languages' in record ? codesOf(record.languages) : [],
    anywhereInBrussels: 'anywhereInBrussels' in record && record.anywhereInBrussels === true,
    ...('projectCallDocumentId' in record && record.projectCallDocumentId ? { projectCallDocumentId: String(record.projectCallDocumentId) } : {}),
  };
}

/** The platform's phone line as the Global single type shows it in the person's language. */
export async function readPlatformContact(strapi: Core.Strapi, locale: Locale): Promise<PlatformContact> {
  const global = await strapi.documents('api::global.global').findFirst({ locale, status: 'published', fields: ['phoneNumber', 'phoneHours'] });
  return { phoneNumber: global?.phoneNumber || undefined, phoneHours: global?.phoneHours || undefined };
}

function codesOf(relation: { code?: string | null } | readonly { code?: string | null }[] | null | undefined): string[] {
  const terms = Array.isArray(relation) ? relation : relation ? [relation] : [];
  return terms.map((term) => term.code).filter((code): code is string => typeof code === 'string');
}
