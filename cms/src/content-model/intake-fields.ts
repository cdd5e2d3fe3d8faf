import { EMAIL_MAX_LENGTH, INTAKE_CHANNELS, LOCALES, PHONE_MAX_LENGTH } from '@cb/domain';
import { INTAKE_TEXT_LIMITS, storedLength } from '@cb/domain/intake';
import { enumeration, scalar } from './attributes';

/**
 * What every intake record carries: how it came in, in which language, the consent given,
 * the reference number the person can quote, and the key that makes a retry harmless.
 */
export const intakeRecordFields = (statuses: readonly string[], initialStatus: string) => ({
  reference: { type: 'string', required: true, unique: true, maxLength: 16 },
  // Not `status`: Strapi 5 reserves that name for draft & publish.
  caseStatus: enumeration(statuses, { required: true, default: initialStatus }),
  channel: enumeration(INTAKE_CHANNELS, { required: true, default: 'web' }),
  formLocale: enumeration(LOCALES, { required: true, default: 'nl' }),
  consentVersion: { type: 'string', required: true, maxLength: 40 },
  consentedAt: scalar.datetime({ required: true }),
  idempotencyKey: { type: 'string', unique: true, maxLength: 100, private: true },
  /** sha256 of the content stored under that key: the same key with other content is refused, never answered. */
  idempotencyFingerprint: { type: 'string', maxLength: 64, private: true },
  staffNotes: { type: 'text' },
  /** Set when the personal data of a closed case was wiped (retention) or erased on request. */
  anonymisedAt: scalar.datetime(),
});

/**
 * A text a public form fills in. The form's schema is the only judge of it: Strapi's own checks are
 * derived from the schema's limit (in UTF-16 units, as Strapi counts) so they never refuse what the
 * schema accepted. A `string` is a varchar(255) column in PostgreSQL, which counts code points: every
 * short limit is below 255. No `regex`, no `email` type: their rules are the schema's.
 */
export function intakeText(codePoints: number, options: { required?: boolean; long?: boolean } = {}) {
  if (!options.long && codePoints > 255) throw new Error(`A string column holds 255 characters, not ${codePoints}: make it long`);
  return { type: options.long ? 'text' : 'string', required: options.required ?? false, maxLength: storedLength(codePoints) };
}

export const contactFields = () => ({
  contactName: intakeText(INTAKE_TEXT_LIMITS['help-request'].contactName, { required: true }),
  phone: intakeText(PHONE_MAX_LENGTH),
  email: intakeText(EMAIL_MAX_LENGTH),
});
