import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outboxOf } from '../src/outbox';
import { INTAKE_PATHS, validSubmission, type PublicForm } from '../testing/intake-submissions';
import type { TestCms } from './helpers/cms';
import { readJson, referenceAnswer } from './helpers/http';
import { MailCatcher, mailOnLoopback } from './helpers/mail-catcher';
import { startCmsOnPostgres } from './helpers/postgres';

const STAFF = 'staff@connecting-brussels.local';
/** pg's warning when a second query is sent on a connection still running one (an error from pg 9 on). */
const QUERY_ON_A_BUSY_CONNECTION = 'when the client is already executing a query';

const catcher = new MailCatcher();
const warnings: string[] = [];
const keepWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
let cms: TestCms;

beforeAll(async () => {
  process.on('warning', keepWarning);
  // Without the sample content (an empty cluster, no seed): Strapi's own publishing of it is not what this test looks at.
  cms = await startCmsOnPostgres({ ...(await mailOnLoopback(catcher, STAFF)), CMS_SEED: 'false' }, { from: 'empty' });
});
afterAll(async () => {
  await cms?.stop();
  await catcher.stop();
  process.off('warning', keepWarning);
});

async function submit(form: PublicForm, n: number): Promise<string> {
  const response = await fetch(`${cms.url}/api/intake/${INTAKE_PATHS[form]}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': `pg-mail-${form}-${n}` },
    body: JSON.stringify(validSubmission(form, n)),
  });
  expect(response.status).toBe(201);
  return (await readJson(response, referenceAnswer)).reference;
}

describe('submission mails on PostgreSQL', () => {
  it('reads each submission with its terms for its mails without sending a query on a connection that is running one', async () => {
    const outbox = outboxOf(cms.strapi);
    // Storing goes through Strapi's own Document Service create, which checks relations and unique fields
    // in parallel inside its transaction (strapi/strapi#27645): not ours to change, so not looked at here.
    // Node tells a deprecation only once and not while they are silenced; the mails run afterwards.
    await outbox.stop();
    process.noDeprecation = true;
    let references: string[];
    try {
      const forms: PublicForm[] = ['help-request', 'help-offer', 'story-submission'];
      references = await Promise.all(forms.flatMap((form) => [1, 2, 3].map((n) => submit(form, n))));
    } finally {
      process.noDeprecation = false;
    }
    outbox.start();
    await outbox.idle();

    for (const reference of references) expect(catcher.about(reference, STAFF), reference).toHaveLength(1);
    // The staff mail of a help request names its terms (in the staff language), read through the relations.
    expect(catcher.about(references[0]!, STAFF)[0]?.text).toMatch(/Kinds of help\r?\n- \S/);
    expect(warnings.filter((warning) => warning.includes(QUERY_ON_A_BUSY_CONNECTION))).toEqual([]);
  });
});
