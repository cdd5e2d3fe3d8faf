import { createHash, randomInt } from 'node:crypto';
import type { Core, Data, Modules } from '@strapi/strapi';
import {
  CODE_OF_CONDUCT_VERSION,
  CONSENT_VERSION,
  lonelinessMeasureOf,
  withoutLonelinessFields,
  REFERENCE_ALPHABET,
  REFERENCE_LENGTH,
  type IntakeChannel,
  type Locale,
  type TaxonomyName,
} from '@cb/domain';
import type { IntakeForm } from '@cb/domain/intake';
import { apiUid, type IntakeUid } from '../../../content-model/uids';
import { filesByContent } from '../attachments/uploads';

/** A short reference the person can quote on the phone, e.g. CB-7KQ4M2. */
export function newReference(): string {
  return `CB-${Array.from({ length: REFERENCE_LENGTH }, () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)]).join('')}`;
}

/** Which taxonomy each relation field of the intake types points to. */
const RELATION_TAXONOMY: Record<string, TaxonomyName | undefined> = {
  categories: 'help-category',
  languages: 'spoken-language',
  municipalities: 'municipality',
  municipality: 'municipality',
};

export type StoredSubmission =
  /** `created` is false when this answers a retry of a submission stored before. */
  | { outcome: 'stored'; reference: string; created: boolean }
  /** The key was used before with other content: nothing stored, and nobody's reference given. */
  | { outcome: 'key-reused' };

/** What a retry is answered from: the stored reference and the content's fingerprint. */
type KeptSubmission = Data.ContentType<IntakeUid, 'reference' | 'idempotencyFingerprint'>;
type IntakeInput = Modules.Documents.Params.Data.Input<IntakeUid>;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Stores a validated submission exactly once. A retry carries the same idempotency key (given by
   * the form, or derived from the content) and the same content, and gets the first answer back; the
   * same key with other content is refused. The unique key in the database settles two copies that
   * race: one is stored, the other is a retry or a reused key. Staff register phone and social
   * intake with their channel.
   */
  async store(
    form: IntakeForm,
    data: Record<string, unknown>,
    locale: Locale,
    idempotencyKey: string | undefined,
    { channel = 'web' }: { channel?: IntakeChannel } = {},
  ): Promise<StoredSubmission> {
    const uid = apiUid(form);
    const fingerprint = contentFingerprint(form, data);
    const key = idempotencyKey ?? derivedKey(form, fingerprint);
    const earlier = await findByKey(strapi, uid, key);
    if (earlier) return answerTo(earlier, fingerprint);

    const { consent: _consent, codeOfConduct, ...given } = data;
    // The loneliness scale: its three scores, only with its own consent; the answers themselves are never stored.
    const loneliness = lonelinessMeasureOf(given);
    const now = new Date().toISOString();
    const record = {
      ...(await withRelations(strapi, withoutLonelinessFields(given))),
      ...(loneliness ? { lonelinessConsentedAt: now, lonelinessAtIntake: loneliness } : {}),
      channel,
      formLocale: locale,
      consentVersion: CONSENT_VERSION,
      consentedAt: now,
      // A volunteer's offer: the code of conduct they accepted, by its version.
      ...(codeOfConduct === true ? { codeOfConductVersion: CODE_OF_CONDUCT_VERSION, codeOfConductAcceptedAt: now } : {}),
      idempotencyKey: key,
      idempotencyFingerprint: fingerprint,
    };
    for (let attempt = 0; attempt < 5; attempt++) {
      const reference = newReference();
      try {
        const data = { ...record, reference };
        assertFieldsOf(strapi, uid, data);
        await strapi.documents(uid).create({ data });
        return { outcome: 'stored', reference, created: true };
      } catch (error) {
        const stored = await findByKey(strapi, uid, key);
        if (stored) return answerTo(stored, fingerprint);
        if (!isUniqueViolation(error)) throw error;
        // the reference was taken: draw another
      }
    }
    throw new Error('Could not draw a free reference number');
  },
});

/** A retry of the same content gets its reference; other content under the same key gets nothing. */
function answerTo(earlier: KeptSubmission, fingerprint: string): StoredSubmission {
  if (earlier.idempotencyFingerprint !== fingerprint) return { outcome: 'key-reused' };
  return { outcome: 'stored', reference: String(earlier.reference), created: false };
}

/**
 * The validated submission names only fields of its content type (the shared schema and the
 * content type are written from the same lists); Strapi's own validation judges the values.
 */
function assertFieldsOf(strapi: Core.Strapi, uid: IntakeUid, data: Record<string, unknown>): asserts data is IntakeInput {
  const attributes = strapi.getModel(uid).attributes;
  const unknown = Object.keys(data).filter((field) => !(field in attributes));
  if (unknown.length > 0) throw new Error(`${uid} has no field ${unknown.join(', ')}`);
}

/**
 * The content as validated, each file by its bytes (sha256) rather than the random name it was
 * stored under, hashed with the form: what tells a retry from another submission under the same key.
 */
export function contentFingerprint(form: IntakeForm, data: Record<string, unknown>): string {
  return createHash('sha256')
    .update(`${form}\n${canonicalJson(filesByContent(data))}`)
    .digest('hex');
}

/** JSON with the keys of every object in order, so that the same content always reads the same. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, inner]) => inner !== undefined);
    return `{${entries
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, inner]) => `${JSON.stringify(name)}:${canonicalJson(inner)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * Without a key from the form (no JavaScript), the same content sent twice on the same day is one
 * submission: a double click or a resend after a timeout. The same request on another day is new.
 */
function derivedKey(form: IntakeForm, fingerprint: string): string {
  const day = new Date().toISOString().slice(0, 10);
  return `derived-${createHash('sha256').update(`${form}\n${day}\n${fingerprint}`).digest('hex').slice(0, 40)}`;
}

async function findByKey(strapi: Core.Strapi, uid: IntakeUid, idempotencyKey: string): Promise<KeptSubmission | undefined> {
  // Query Engine read: two columns by a unique key, on every submission (the store's hot path).
  const found: KeptSubmission | null = await strapi.db.query(uid).findOne({ where: { idempotencyKey }, select: ['reference', 'idempotencyFingerprint'] });
  return found ?? undefined;
}

/**
 * The submission's taxonomy codes as the documentIds Strapi connects relations by: one Query Engine read
 * per taxonomy the form uses, of the codes it names (taxonomies have no drafts and no locales), one after
 * the other in case a caller's transaction holds the connection.
 */
async function withRelations(strapi: Core.Strapi, fields: Record<string, unknown>): Promise<Record<string, unknown>> {
  const codesByTaxonomy = new Map<TaxonomyName, Set<string>>();
  for (const [name, value] of Object.entries(fields)) {
    const taxonomy = RELATION_TAXONOMY[name];
    if (!taxonomy || value === undefined || value === null) continue;
    const codes = codesByTaxonomy.get(taxonomy) ?? new Set<string>();
    for (const code of Array.isArray(value) ? value : [value]) codes.add(String(code));
    codesByTaxonomy.set(taxonomy, codes);
  }
  const terms = new Map<string, Map<string, string>>();
  for (const [taxonomy, codes] of codesByTaxonomy) {
    const rows: { code: string; documentId: string }[] = await strapi.db
      .query(apiUid(taxonomy))
      .findMany({ where: { code: { $in: [...codes] } }, select: ['code', 'documentId'] });
    terms.set(taxonomy, new Map(rows.map((row) => [row.code, row.documentId])));
  }
  const documentIdOf = (taxonomy: string, code: unknown) => terms.get(taxonomy)?.get(String(code));
  return Object.fromEntries(
    Object.entries(fields).map(([name, value]) => {
      const taxonomy = RELATION_TAXONOMY[name];
      if (!taxonomy) return [name, value];
      return [name, Array.isArray(value) ? value.map((code) => documentIdOf(taxonomy, code)) : documentIdOf(taxonomy, value)];
    }),
  );
}

function isUniqueViolation(error: unknown): boolean {
  const text = `${(error as { code?: string }).code ?? ''} ${(error as Error).message ?? ''}`;
  return /UNIQUE|unique|23505/.test(text);
}
