import { INTAKE_CHANNELS, LOCALES } from '@cb/domain';
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

export const contactFields = () => ({
  contactName: { type: 'string', required: true, maxLength: 120 },
  phone: { type: 'string', maxLength: 40 },
  email: { type: 'email', maxLength: 200 },
});
