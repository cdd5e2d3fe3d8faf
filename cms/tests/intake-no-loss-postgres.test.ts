import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestCms } from './helpers/cms';
import { MailCatcher, mailOnLoopback } from './helpers/mail-catcher';
import { startCmsOnPostgres } from './helpers/postgres';
import { INTAKE_PATHS, PUBLIC_FORMS, seededProjectCallId, validSubmission } from './helpers/intake-payloads';

/**
 * On PostgreSQL several requests run at once on a pool of connections, so two copies of one
 * submission (a double click, a retry racing the first try) really race. However they interleave,
 * one key is one record, and every copy is answered with its reference.
 */

const KEYS = 120;
const COPIES = 5;

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

describe('racing copies of one submission on PostgreSQL', () => {
  it(`stores ${KEYS} submissions sent ${COPIES} times each at once exactly once`, async () => {
    const run = Date.now().toString(36);
    const sends = Array.from({ length: KEYS }, (_, n) => {
      const form = PUBLIC_FORMS[n % PUBLIC_FORMS.length]!;
      const body = JSON.stringify(validSubmission(form, 80_000 + n, { projectCallDocumentId }));
      const key = `race-${run}-${n}`;
      return Array.from({ length: COPIES }, async () => {
        const response = await fetch(`${cms.url}/api/intake/${INTAKE_PATHS[form]}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': key },
          body,
        });
        return { form, key, status: response.status, reference: z.looseObject({ reference: z.string().optional() }).parse(await response.json()).reference };
      });
    }).flat();
    const answers = await Promise.all(sends);

    expect(
      answers.filter((answer) => answer.status >= 500),
      'server errors',
    ).toEqual([]);
    const problems: string[] = [];
    for (let n = 0; n < KEYS; n++) {
      const copies = answers.slice(n * COPIES, (n + 1) * COPIES);
      const { form, key } = copies[0]!;
      const references = new Set(copies.map((copy) => copy.reference));
      const stored = z
        .array(z.looseObject({ reference: z.string() }))
        .parse(await cms.strapi.db.query(`api::${form}.${form}`).findMany({ where: { idempotencyKey: `client-${key}` } }));
      const created = copies.filter((copy) => copy.status === 201).length;
      if (references.size !== 1 || created !== 1 || stored.length !== 1 || !references.has(stored[0]!.reference)) {
        problems.push(`${key}: ${references.size} references answered, ${created} answered 201, ${stored.length} records stored`);
      }
    }
    expect(problems, `${problems.length} of ${KEYS} submissions were not stored exactly once`).toEqual([]);
  }, 180_000);
});
