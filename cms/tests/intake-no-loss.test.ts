import * as z from 'zod';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startCmsProcess, type CmsProcess } from '../testing/cms-process';
import { MailCatcher } from './helpers/mail-catcher';
import { INTAKE_PATHS, PUBLIC_FORMS, validSubmission, type PublicForm } from './helpers/intake-payloads';

/**
 * No loss: hundreds of people send at once, some press twice, and the CMS process is killed
 * (SIGKILL) in the middle and started again on the same database. Every client retries with
 * the same idempotency key until it gets an answer. Afterwards, every acknowledged submission is
 * stored exactly once, under the reference it was given.
 */

const SUBMISSIONS = 500;
/** Every fifth submission is sent by two clients at once (a double click on a slow phone). */
const DOUBLED_EVERY = 5;
/** The CMS is killed once this many submissions have been acknowledged. */
const KILL_AFTER_ACKNOWLEDGED = 150;

const TABLES: Record<PublicForm, string> = {
  'help-request': 'intake_help_requests',
  'help-offer': 'intake_help_offers',
  'story-submission': 'intake_story_submissions',
  'project-proposal': 'intake_project_proposals',
};

const workDir = mkdtempSync(path.join(tmpdir(), 'cb-no-loss-'));
const database = path.join(workDir, 'cms.db');
let port: number;
let cms: CmsProcess | undefined;
let projectCallDocumentId: string;

/** Confirmations and staff notifications go to a real SMTP server on loopback, as in production. */
const catcher = new MailCatcher();

const startOnTheSameDatabase = (compile: boolean) =>
  startCmsProcess(
    {
      DATABASE_FILENAME: database,
      PORT: String(port),
      INTAKE_RATE_LIMIT_MAX: '1000000',
      INTAKE_RATE_LIMIT_WINDOW_SECONDS: '60',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(catcher.port),
      STAFF_NOTIFICATION_EMAIL: 'staff@connecting-brussels.local',
    },
    { compile },
  );

beforeAll(async () => {
  await catcher.start();
  port = await freePort();
  cms = await startOnTheSameDatabase(true);
  const calls = z
    .looseObject({ data: z.array(z.looseObject({ documentId: z.string() })) })
    .parse(await (await fetch(`${cms.url}/api/project-calls?locale=nl`)).json());
  projectCallDocumentId = calls.data[0]!.documentId;
});
afterAll(async () => {
  await cms?.stop();
  await catcher.stop();
  rmSync(workDir, { recursive: true, force: true });
});

interface Acknowledgement {
  key: string;
  form: PublicForm;
  body: Record<string, unknown>;
  reference: string;
  status: number;
  attempts: number;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A client that does not give up: the same body and key until the CMS says 201 or 200. */
async function sendUntilAnswered(form: PublicForm, body: Record<string, unknown>, key: string, onAnswer: () => void): Promise<Acknowledgement> {
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/api/intake/${INTAKE_PATHS[form]}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': key },
        body: JSON.stringify(body),
      });
      const answer = z.looseObject({ reference: z.string().optional(), error: z.unknown().optional() }).parse(await response.json());
      if ((response.status === 201 || response.status === 200) && answer.reference) {
        onAnswer();
        return { key, form, body, reference: answer.reference, status: response.status, attempts: attempt };
      }
      if (response.status < 500) throw new Error(`A valid submission was refused with ${response.status}: ${JSON.stringify(answer.error)}`);
    } catch (error) {
      if (error instanceof Error && error.message.startsWith('A valid submission')) throw error;
      // The connection was cut or refused: the CMS is down or restarting. Try again shortly.
    }
    await pause(100 + Math.random() * 200);
  }
}

function storedRows(): { form: PublicForm; reference: string; key: string }[] {
  const db = new DatabaseSync(database, { readOnly: true, timeout: 10_000 });
  try {
    return PUBLIC_FORMS.flatMap((form) =>
      z
        .array(z.object({ reference: z.string(), key: z.string() }))
        .parse(db.prepare(`SELECT reference, idempotency_key AS key FROM ${TABLES[form]}`).all())
        .map((row) => ({
          form,
          ...row,
        })),
    );
  } finally {
    db.close();
  }
}

describe('no loss when the CMS is killed in the middle of a rush', () => {
  it(`stores each of ${SUBMISSIONS} acknowledged submissions exactly once`, async () => {
    const before = storedRows().length;
    let acknowledged = 0;
    let killed: Promise<void> | undefined;
    const onAnswer = () => {
      acknowledged += 1;
      if (acknowledged === KILL_AFTER_ACKNOWLEDGED) {
        killed = (async () => {
          await cms!.kill();
          cms = await startOnTheSameDatabase(false);
        })();
      }
    };

    const clients = Array.from({ length: SUBMISSIONS }, (_, n) => {
      const form = PUBLIC_FORMS[n % PUBLIC_FORMS.length]!;
      const body = validSubmission(form, 50_000 + n, { projectCallDocumentId });
      const key = `no-loss-${n}-${Date.now().toString(36)}`;
      const copies = n % DOUBLED_EVERY === 0 ? 2 : 1;
      return Array.from({ length: copies }, () => sendUntilAnswered(form, body, key, onAnswer));
    }).flat();
    const answers = await Promise.all(clients);
    await killed;
    expect(killed, 'the CMS was killed during the rush').toBeDefined();

    // Late retries of answered submissions (a resend after a timeout) get the first answer back.
    const late = answers.filter((_, index) => index % 10 === 3).slice(0, 50);
    const lateAnswers = await Promise.all(late.map((answer) => sendUntilAnswered(answer.form, answer.body, answer.key, () => {})));
    for (const [index, answer] of lateAnswers.entries()) {
      expect(answer.status).toBe(200);
      expect(answer.reference).toBe(late[index]!.reference);
    }

    await cms!.stop();
    cms = undefined;
    const rows = storedRows();
    const byKey = new Map<string, typeof rows>();
    for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);

    const acknowledgedKeys = new Map<string, string>();
    for (const answer of answers) {
      const earlier = acknowledgedKeys.get(answer.key);
      expect(earlier ?? answer.reference, `two answers for ${answer.key}`).toBe(answer.reference);
      acknowledgedKeys.set(answer.key, answer.reference);
    }
    expect(acknowledgedKeys.size).toBe(SUBMISSIONS);
    for (const [key, reference] of acknowledgedKeys) {
      const stored = byKey.get(`client-${key}`) ?? [];
      expect(
        stored.map((row) => row.reference),
        key,
      ).toEqual([reference]);
    }
    expect(
      [...byKey.values()].filter((same) => same.length > 1),
      'keys stored twice',
    ).toEqual([]);
    expect(new Set(rows.map((row) => row.reference)).size, 'references stored twice').toBe(rows.length);
    expect(rows.length - before).toBe(acknowledgedKeys.size);

    const retried = answers.filter((answer) => answer.attempts > 1).length;
    const replays = answers.filter((answer) => answer.status === 200).length;
    expect(retried, 'clients that had to retry across the kill').toBeGreaterThan(0);
    console.info(
      `no loss: ${answers.length} clients, ${acknowledgedKeys.size} submissions, ${retried} answered after a retry, ${replays} answered as a replay, ${rows.length - before} stored`,
    );
  }, 600_000);
});
