import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTAKE_TYPES } from '@cb/domain';
import type { TestCms } from './helpers/cms';
import { MailCatcher, mailOnLoopback } from './helpers/mail-catcher';
import { startCmsOnPostgres } from './helpers/postgres';
import { INTAKE_PATHS, PUBLIC_FORMS, seededProjectCallId, validSubmission, type PublicForm } from './helpers/intake-payloads';

/**
 * Production stores intake in PostgreSQL, which is stricter about text than SQLite (no NUL byte,
 * UTF-8 only). Every text field of every form gets each awkward string once: never a 5xx, and a
 * submission is either stored once or refused on that field with nothing stored.
 */

const AWKWARD_TEXTS = [
  'a\u0000b',
  '\u0000',
  '\uD800',
  'x\uDFFFy',
  'a\uD83Db',
  '\u202Eevil\u202C',
  '\u200F\u200E',
  '\u200B\u200C\u200D',
  '\uFEFFtext',
  '\u0007\u001b[31m\u007f',
  'e\u0301\u0301',
  '👩‍👩‍👧‍👦',
  '\uFFFE\uFFFF',
  '\u2028\u2029',
  "'; DROP TABLE intake_help_requests; --",
  '\\x00\\',
  '<script>alert(1)</script>',
  '𝕳'.repeat(60),
];

const TEXT_FIELDS: Record<PublicForm, string[]> = {
  'help-request': ['contactName', 'beneficiaryName', 'relationToBeneficiary', 'description', 'availability', 'phone', 'email'],
  'help-offer': ['organisationName', 'contactName', 'description', 'availability', 'phone', 'email'],
  'story-submission': ['title', 'text', 'publishAs', 'contactName', 'phone', 'email'],
  'project-proposal': ['contactName', 'projectTitle', 'description', 'targetGroup', 'organisationName', 'enterpriseNumber', 'phone', 'email'],
};

/** Confirmations and staff notifications go to a real SMTP server on loopback, as in production. */
const catcher = new MailCatcher();

let cms: TestCms;
let projectCallDocumentId: string;

beforeAll(async () => {
  cms = await startCmsOnPostgres({
    INTAKE_RATE_LIMIT_MAX: '1000000',
    ...(await mailOnLoopback(catcher)),
  });
  projectCallDocumentId = await seededProjectCallId(cms);
});
afterAll(async () => {
  await cms?.stop();
  await catcher.stop();
});

const uidOf = (type: string) => `api::${type}.${type}`;
async function countAll(): Promise<Record<string, number>> {
  const counts = await Promise.all(INTAKE_TYPES.map((type) => cms.strapi.db.query(uidOf(type)).count()));
  return Object.fromEntries(INTAKE_TYPES.map((type, index) => [type, Number(counts[index])]));
}

describe.each(PUBLIC_FORMS)('awkward text in every field of a %s, on PostgreSQL', (form) => {
  it('is stored once or refused on that field, never a server error', async () => {
    let n = 0;
    for (const field of TEXT_FIELDS[form]) {
      for (const text of AWKWARD_TEXTS) {
        n += 1;
        const body = { ...validSubmission(form, 70_000 + n, { projectCallDocumentId }), [field]: text };
        const before = await countAll();
        const response = await fetch(`${cms.url}/api/intake/${INTAKE_PATHS[form]}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': `awkward-${form}-${n}` },
          body: JSON.stringify(body),
        });
        const answer = z
          .looseObject({ reference: z.string().optional(), error: z.looseObject({ fields: z.record(z.string(), z.string()).optional() }).optional() })
          .parse(await response.json());
        const shown = `${field} = ${JSON.stringify(text)}`;
        expect(response.status, shown).toBeLessThan(500);
        if (response.status === 201) {
          expect(await countAll(), shown).toEqual({ ...before, [form]: before[form]! + 1 });
          expect(await cms.strapi.db.query(uidOf(form)).count({ where: { reference: answer.reference } }), shown).toBe(1);
        } else {
          expect(response.status, shown).toBe(422);
          expect(Object.keys(answer.error?.fields ?? {}).length, shown).toBeGreaterThan(0);
          expect(await countAll(), shown).toEqual(before);
        }
      }
    }
  }, 120_000);
});
