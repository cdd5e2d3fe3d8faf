import type { Core, UID } from '@strapi/strapi';
import { isLocale, type Locale } from '@cb/domain';
import type { IntakeForm } from '@cb/domain/intake';

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
}

/** How the person can reach the platform, from the CMS's Global single type. */
export interface PlatformContact {
  phoneNumber?: string;
  phoneHours?: string;
}

const RELATIONS = ['categories', 'municipality', 'municipalities', 'languages'] as const;
const FACTS = ['forWhom', 'urgency', 'offerAs', 'frequency', 'applicantType', 'mayPublish'] as const;

export async function readSubmission(strapi: Core.Strapi, form: IntakeForm, documentId: string): Promise<Submission | undefined> {
  const uid = `api::${form}.${form}` as UID.ContentType;
  const attributes = strapi.getModel(uid).attributes as Record<string, unknown>;
  const populate = Object.fromEntries(RELATIONS.filter((name) => name in attributes).map((name) => [name, { fields: ['code'] }]));
  const record = (await strapi.documents(uid).findOne({ documentId, populate } as never)) as Record<string, unknown> | null;
  if (!record) return undefined;

  const text = (name: string) => (typeof record[name] === 'string' && record[name] !== '' ? (record[name] as string) : undefined);
  const facts = Object.fromEntries(FACTS.filter((name) => record[name] !== undefined && record[name] !== null).map((name) => [name, String(record[name])]));
  const formLocale = record.formLocale;
  return {
    form,
    documentId,
    reference: String(record.reference),
    channel: String(record.channel),
    formLocale: isLocale(formLocale) ? formLocale : 'nl',
    contactName: text('contactName') ?? '',
    email: text('email'),
    hasPhone: text('phone') !== undefined,
    facts,
    categories: codesOf(record.categories),
    municipalities: [...codesOf(record.municipality), ...codesOf(record.municipalities)],
    languages: codesOf(record.languages),
    anywhereInBrussels: record.anywhereInBrussels === true,
  };
}

/** The platform's phone line as the Global single type shows it in the person's language. */
export async function readPlatformContact(strapi: Core.Strapi, locale: Locale): Promise<PlatformContact> {
  const global = (await strapi.documents('api::global.global' as UID.ContentType).findFirst({ locale, status: 'published' } as never)) as Record<string, unknown> | null;
  if (!global) return {};
  const value = (name: string) => (typeof global[name] === 'string' && global[name] !== '' ? (global[name] as string) : undefined);
  return { phoneNumber: value('phoneNumber'), phoneHours: value('phoneHours') };
}

function codesOf(relation: unknown): string[] {
  const terms = Array.isArray(relation) ? relation : relation ? [relation] : [];
  return terms.map((term) => (term as { code?: unknown }).code).filter((code): code is string => typeof code === 'string');
}
