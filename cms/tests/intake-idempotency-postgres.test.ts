import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestCms } from './helpers/cms';
import { startCmsOnPostgres } from './helpers/postgres';
import { validSubmission } from './helpers/intake-payloads';

/**
 * On PostgreSQL copies really race. Two different submissions under one idempotency key, each
 * sent twice at once: one content is stored, its copies get its reference; the other content's
 * copies are refused with a 409 and never get that reference.
 */

const KEYS = 30;
const COPIES_OF_EACH = 2;

let cms: TestCms;

beforeAll(async () => {
  cms = await startCmsOnPostgres({ INTAKE_RATE_LIMIT_MAX: '1000000' });
});
afterAll(async () => {
  await cms?.stop();
});

describe('racing copies of two submissions under one key on PostgreSQL', () => {
  it('stores one of them, answers its copies with its reference and refuses the other content', async () => {
    const run = Date.now().toString(36);
    const sends = Array.from({ length: KEYS }, (_, n) => {
      const key = `reused-${run}-${n}`;
      const contents = ['First', 'Second'].map((who) => ({ ...validSubmission('help-request', 90_000 + n, {}, 'nl'), contactName: `${who} ${run} ${n}` }));
      return contents.flatMap((body) =>
        Array.from({ length: COPIES_OF_EACH }, async () => {
          const response = await fetch(`${cms.url}/api/intake/help-requests`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': key },
            body: JSON.stringify(body),
          });
          const answer = z.looseObject({ reference: z.string().optional() }).parse(await response.json());
          return { key, contactName: String(body.contactName), status: response.status, reference: answer.reference };
        }),
      );
    });
    const answers = (await Promise.all(sends.flat())).flat();

    expect(
      answers.filter((answer) => answer.status >= 500),
      'server errors',
    ).toEqual([]);
    const problems: string[] = [];
    for (let n = 0; n < KEYS; n++) {
      const key = `reused-${run}-${n}`;
      const stored = z
        .array(z.looseObject({ reference: z.string(), contactName: z.string() }))
        .parse(
          await cms.strapi.db
            .query('api::help-request.help-request')
            .findMany({ where: { idempotencyKey: `client-${key}` }, select: ['reference', 'contactName'] }),
        );
      const copies = answers.filter((answer) => answer.key === key);
      const winners = copies.filter((copy) => copy.contactName === stored[0]?.contactName);
      const losers = copies.filter((copy) => copy.contactName !== stored[0]?.contactName);
      const winnersAnswered = winners.every((copy) => [200, 201].includes(copy.status) && copy.reference === stored[0]?.reference);
      const losersRefused = losers.every((copy) => copy.status === 409 && copy.reference === undefined);
      if (stored.length !== 1 || winners.filter((copy) => copy.status === 201).length !== 1 || !winnersAnswered || !losersRefused) {
        problems.push(`${key}: ${stored.length} stored, answers ${copies.map((copy) => `${copy.contactName.split(' ')[0]}=${copy.status}`).join(' ')}`);
      }
    }
    expect(problems, `${problems.length} of ${KEYS} keys`).toEqual([]);
  }, 180_000);
});
