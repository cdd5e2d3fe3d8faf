import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { submitUntilAnswered, type Acknowledgement } from '../testing/intake-client';
import { startReplicas, type ReplicaSet } from '../testing/replicas';
import { MailCatcher, type ReceivedMail } from './helpers/mail-catcher';
import { rawRequest } from './helpers/raw-http';
import { PUBLIC_FORMS, validSubmission, type PublicForm } from './helpers/intake-payloads';

/**
 * Three CMS processes on one PostgreSQL database behind a round-robin proxy on loopback (no sticky
 * sessions), as docker compose runs them behind nginx. A burst of submissions of every public form goes
 * through the proxy while one replica is killed (SIGKILL) or stopped (SIGTERM) and started again; clients
 * retry what got no answer with the same Idempotency-Key, as the form island does. Every acknowledged
 * submission is stored exactly once, and has one staff notification and, when it gave an address, one
 * confirmation: no loss, no duplicate, whichever replica stored it and whichever sent its mails.
 */

const STAFF = 'staff@connecting-brussels.local';
const TABLES: Record<PublicForm, string> = {
  'help-request': 'intake_help_requests',
  'help-offer': 'intake_help_offers',
  'story-submission': 'intake_story_submissions',
  'project-proposal': 'intake_project_proposals',
};

const catcher = new MailCatcher();
let replicas: ReplicaSet;
let projectCallDocumentId: string;

beforeAll(async () => {
  await catcher.start();
  replicas = await startReplicas({
    count: 3,
    from: 'seeded',
    env: {
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(catcher.port),
      STAFF_NOTIFICATION_EMAIL: STAFF,
      INTAKE_RATE_LIMIT_MAX: '1000000',
      INTAKE_RATE_LIMIT_WINDOW_SECONDS: '60',
      // A job a killed replica had claimed is taken over once its lease runs out. Not shorter: a replica
      // stalled on a loaded machine must still renew its leases in time, or another replica takes its jobs
      // over while it runs them (at least once, by design) and the SIGTERM case below would see mails twice.
      OUTBOX_LEASE_MS: '10000',
      OUTBOX_RETRY_BASE_MS: '200',
      OUTBOX_RETRY_MAX_MS: '1000',
    },
  });
  const calls = z
    .looseObject({ data: z.array(z.looseObject({ documentId: z.string() })) })
    .parse(await (await fetch(`${replicas.url}/api/project-calls?locale=nl`)).json());
  projectCallDocumentId = calls.data[0]!.documentId;
});
afterAll(async () => {
  await replicas?.stop();
  await catcher.stop();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Sent extends Acknowledgement {
  email?: string;
}

/** `count` different submissions of the four forms in turn, all sent at once through the proxy. */
async function burst(name: string, count: number, onAcknowledged: (acknowledged: number) => void = () => {}): Promise<Sent[]> {
  let acknowledged = 0;
  const run = Date.now().toString(36);
  return Promise.all(
    Array.from({ length: count }, async (_, n) => {
      const form = PUBLIC_FORMS[n % PUBLIC_FORMS.length]!;
      const body = validSubmission(form, n, { projectCallDocumentId });
      const answer = await submitUntilAnswered(replicas.url, form, body, `${name}-${run}-${n}`);
      onAcknowledged(++acknowledged);
      return { ...answer, email: typeof body.email === 'string' ? body.email : undefined };
    }),
  );
}

async function outboxSettled(): Promise<void> {
  for (;;) {
    const [[unfinished]] = z
      .tuple([z.tuple([z.string()])])
      .parse(replicas.postgres.query(`SELECT count(*) FROM cb_outbox_jobs WHERE status IN ('pending', 'running')`));
    if (Number(unfinished) === 0) return;
    await pause(200);
  }
}

/** Each acknowledged key stored once, under the reference its client was given. */
function expectStoredOnce(sent: Sent[]): void {
  const problems: string[] = [];
  for (const { form, key, reference } of sent) {
    const stored = replicas.postgres
      .query(`SELECT reference FROM ${TABLES[form]} WHERE idempotency_key = :'key'`, { key: `client-${key}` })
      .map(([stored]) => stored);
    if (stored.length !== 1 || stored[0] !== reference) problems.push(`${key}: ${stored.length} records (${stored.join(', ')}), acknowledged as ${reference}`);
  }
  expect(problems, 'acknowledged submissions not stored exactly once').toEqual([]);
}

const messageId = (mail: ReceivedMail) => /^Message-ID: (.*)$/im.exec(mail.raw)?.[1];

/**
 * One staff notification and (with an address) one confirmation per submission, none to anyone else.
 * Counted by Message-ID: the outbox's guarantee is at least once, and a replica killed between the mail
 * server's acceptance and the job's "done" sends that same message (same Message-ID) again. Returns how
 * many such repeats there were; a graceful stop allows none.
 */
function expectOneMailEach(sent: Sent[]): number {
  let repeats = 0;
  const problems: string[] = [];
  for (const { reference, email } of sent) {
    for (const to of email ? [STAFF, email] : [STAFF]) {
      const mails = catcher.about(reference, to);
      const messages = new Set(mails.map(messageId)).size;
      if (messages !== 1) problems.push(`${reference} to ${to === STAFF ? 'staff' : 'the person'}: ${messages} different mails`);
      repeats += mails.length - messages;
    }
    const strangers = catcher.mails.filter((mail) => mail.subject.includes(reference) && !mail.to.every((to) => to === STAFF || to === email));
    if (strangers.length > 0) problems.push(`${reference}: mailed to someone else`);
  }
  expect(problems, 'mails not sent exactly once').toEqual([]);
  return repeats;
}

describe('three CMS replicas on one PostgreSQL behind a round-robin proxy', () => {
  it('loses and doubles nothing when one replica is killed (SIGKILL) mid-burst and restarted', async () => {
    const KILLED = 1;
    let killedWhileAnswering = 0;
    let killed: Promise<void> | undefined;
    const sent = await burst('replicas-kill', 240, (acknowledged) => {
      if (acknowledged !== 60) return;
      killedWhileAnswering = replicas.proxy.answered[KILLED] ?? 0;
      killed = (async () => {
        await replicas.kill(KILLED);
        await replicas.restart(KILLED);
      })();
    });
    expect(killed, 'a replica was killed during the burst').toBeDefined();
    await killed;
    expect(killedWhileAnswering, 'answers of the killed replica before the kill').toBeGreaterThan(0);

    // The restarted replica takes its turn again.
    const answeredBefore = replicas.proxy.answered[KILLED] ?? 0;
    const after = await burst('replicas-after-restart', 24);
    expect(replicas.proxy.answered[KILLED], 'answers of the restarted replica').toBeGreaterThan(answeredBefore);

    await outboxSettled();
    const all = [...sent, ...after];
    expect(sent.filter((answer) => answer.attempts > 1).length, 'clients whose post the kill left unanswered, answered after a retry').toBeGreaterThan(0);
    expectStoredOnce(all);
    const repeats = expectOneMailEach(all);
    console.info(
      `replicas kill: ${all.length} acknowledged, ${all.filter((answer) => answer.attempts > 1).length} after a retry, answers by replica ${replicas.proxy.answered.join('/')}, ${repeats} mails repeated (same Message-ID)`,
    );
  }, 600_000);

  it('on SIGTERM mid-burst a replica finishes what it took in, exits with 0, and nothing is lost or sent twice', async () => {
    const STOPPED = 2;
    let stopped: Promise<{ code: number | null; signal: NodeJS.Signals | null }> | undefined;
    const sent = await burst('replicas-term', 120, (acknowledged) => {
      if (acknowledged === 30) stopped = replicas.terminate(STOPPED);
    });
    expect(stopped, 'a replica was stopped during the burst').toBeDefined();
    expect(await stopped, 'exit of the stopped replica').toEqual({ code: 0, signal: null });
    await replicas.restart(STOPPED);

    await outboxSettled();
    expectStoredOnce(sent);
    expect(expectOneMailEach(sent), 'mails sent twice across a graceful stop').toBe(0);
  }, 600_000);
});

/**
 * What the intake door remembers between two requests (the per-address rate limit, a form posted without
 * JavaScript that needs another look) is in the database: whichever replica the proxy picks answers alike.
 * The replicas are restarted with a small limit for this; each client is a loopback address of its own.
 */
describe('what the intake door remembers, across the three replicas', () => {
  const LIMIT = 6;

  beforeAll(async () => {
    for (let index = 0; index < 3; index++) await replicas.terminate(index);
    for (let index = 0; index < 3; index++) await replicas.restart(index, { INTAKE_RATE_LIMIT_MAX: String(LIMIT), INTAKE_RATE_LIMIT_WINDOW_SECONDS: '600' });
  }, 300_000);

  /** How many answers each replica gave during `work`. */
  async function answersBy(work: () => Promise<void>): Promise<number[]> {
    const before = [...replicas.proxy.answered];
    await work();
    return replicas.proxy.answered.map((count, index) => count - (before[index] ?? 0));
  }

  it('shows a form posted without JavaScript to one replica again from each of the others', async () => {
    const from = '127.0.0.21';
    const fields = new URLSearchParams([
      ['locale', 'nl'],
      ['forWhom', 'myself'],
      ['contactName', 'Mieke Janssens'],
      ['email', 'mieke@example'],
      ['categories', 'walking'],
      ['description', 'Graag een wandelmaatje op dinsdag.'],
      ['municipality', 'jette'],
      ['languages', 'nl'],
      ['website', ''],
    ]);
    const posted = await rawRequest(replicas.url, {
      method: 'POST',
      path: '/api/intake/help-requests?locale=nl',
      from,
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
      body: fields.toString(),
    });
    expect(posted.status).toBe(303);
    const location = String(posted.headers.location);
    expect(location).toMatch(/^\/api\/intake\/help-requests\/attempts\/[A-Za-z0-9_-]{32}$/);

    const pages: { status: number; text: string }[] = [];
    const answers = await answersBy(async () => {
      for (let turn = 0; turn < 3; turn++) pages.push(await rawRequest(replicas.url, { path: location, from, headers: { accept: 'text/html' } }));
    });
    expect(answers, 'answers per replica while the page was asked three times').toEqual([1, 1, 1]);
    for (const page of pages) {
      expect(page.status).toBe(200);
      expect(page.text).toContain('value="Mieke Janssens"');
      expect(page.text).toContain('href="#help-request-email"');
    }
  });

  it(`holds one address to ${LIMIT} posts across the three together, not to three times that`, async () => {
    const post = (from: string) =>
      rawRequest(replicas.url, {
        method: 'POST',
        path: '/api/intake/help-offers?locale=en',
        from,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ locale: 'en' }),
      });
    const statuses: number[] = [];
    const answers = await answersBy(async () => {
      for (let n = 0; n < 3 * LIMIT; n++) statuses.push((await post('127.0.0.22')).status);
    });
    expect(
      answers.every((count) => count >= LIMIT),
      `every replica answered its share (${answers.join('/')})`,
    ).toBe(true);
    expect(statuses).toEqual([...Array<number>(LIMIT).fill(422), ...Array<number>(2 * LIMIT).fill(429)]);
    // Another address has its own allowance.
    expect((await post('127.0.0.23')).status).toBe(422);
  });
});
