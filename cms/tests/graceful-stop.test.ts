import * as z from 'zod';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startCmsProcess, type CmsProcess } from '../testing/cms-process';
import { MailCatcher } from './helpers/mail-catcher';
import { INTAKE_PATHS, validSubmission } from './helpers/intake-payloads';
import { parseJson } from './helpers/http';

/**
 * SIGTERM, as an orchestrator stops a container: the CMS first stops taking requests (new connections
 * are refused) while the requests it is answering finish, then its outbox finishes the jobs in hand,
 * then it exits with code 0. A submission whose body was still arriving when the signal came is
 * answered and stored, and its mails are sent once (by this process or the next one).
 */

const STAFF = 'staff@connecting-brussels.local';
const workDir = mkdtempSync(path.join(tmpdir(), 'cb-graceful-stop-'));
const database = path.join(workDir, 'cms.db');
const catcher = new MailCatcher();
let port: number;
let cms: CmsProcess | undefined;

const start = (compile: boolean) =>
  startCmsProcess(
    {
      DATABASE_FILENAME: database,
      PORT: String(port),
      CMS_SEED: 'false',
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(catcher.port),
      STAFF_NOTIFICATION_EMAIL: STAFF,
      OUTBOX_LEASE_MS: '3000',
      OUTBOX_RETRY_BASE_MS: '200',
      OUTBOX_RETRY_MAX_MS: '1000',
    },
    { compile },
  );

beforeAll(async () => {
  await catcher.start();
  port = await freePort();
  cms = await start(true);
});
afterAll(async () => {
  await cms?.stop();
  await catcher.stop();
  rmSync(workDir, { recursive: true, force: true });
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A post whose body arrives in two parts: the request is in flight until `finish` sends the rest. */
function slowPost(route: string, body: string, key: string) {
  const bytes = Buffer.from(body);
  const half = Math.floor(bytes.length / 2);
  let answered: (value: { status: number; body: string }) => void;
  let failed: (error: Error) => void;
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => ((answered = resolve), (failed = reject)));
  const request = httpRequest(
    {
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: route,
      agent: false,
      headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': key, 'content-length': String(bytes.length) },
    },
    (response: IncomingMessage) => {
      let text = '';
      response.on('data', (chunk: Buffer) => (text += chunk.toString()));
      response.on('end', () => answered({ status: response.statusCode ?? 0, body: text }));
      response.on('error', failed);
    },
  );
  request.on('error', failed!);
  // Awaited later; until then a cut connection must not count as an unhandled rejection.
  answer.catch(() => undefined);
  request.flushHeaders();
  request.write(bytes.subarray(0, half));
  return { answer, finish: () => request.end(bytes.subarray(half)) };
}

/** A fresh connection's fate: 'refused', or the status of its answer. */
async function newConnection(): Promise<'refused' | number> {
  try {
    const response = await fetch(`http://127.0.0.1:${port}/_health`, { headers: { connection: 'close' } });
    if (response.status === 503) expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
    return response.status;
  } catch {
    return 'refused';
  }
}

const countRow = z.object({ n: z.number() });

function storedReferences(key: string): string[] {
  const db = new DatabaseSync(database, { readOnly: true, timeout: 10_000 });
  try {
    return z
      .array(z.object({ reference: z.string() }))
      .parse(db.prepare('SELECT reference FROM intake_help_requests WHERE idempotency_key = ?').all(`client-${key}`))
      .map((row) => row.reference);
  } finally {
    db.close();
  }
}

function unfinishedJobs(): number {
  const db = new DatabaseSync(database, { readOnly: true, timeout: 10_000 });
  try {
    return countRow.parse(db.prepare(`SELECT count(*) AS n FROM cb_outbox_jobs WHERE status IN ('pending', 'running')`).get()).n;
  } finally {
    db.close();
  }
}

describe('graceful stop on SIGTERM', () => {
  it('refuses new connections, answers the request in flight, stores it, sends its mails once, and exits with 0', async () => {
    const key = `graceful-${Date.now().toString(36)}`;
    const body = validSubmission('help-request', 90_001, {}, 'fr');
    body.email = 'graceful@example.org';
    const inFlight = slowPost(`/api/intake/${INTAKE_PATHS['help-request']}`, JSON.stringify(body), key);
    // The server has the request (its headers and half its body) before the signal comes.
    await pause(500);
    const stopped = cms!.stop();
    cms = undefined;

    // Stopping: a new connection is no longer taken in (refused, or 503 with Retry-After), while the post waits.
    let fate = await newConnection();
    while (fate === 204) fate = await newConnection().finally(() => pause(50));
    expect(fate === 'refused' || fate === 503, `a new connection during the stop: ${fate}`).toBe(true);

    inFlight.finish();
    const answer = await inFlight.answer;
    expect(answer.status, answer.body).toBe(201);
    const reference = parseJson(answer.body, z.looseObject({ reference: z.string() })).reference;

    const exit = await stopped;
    expect(exit, 'exit of the stopped CMS').toEqual({ code: 0, signal: null });
    expect(storedReferences(key)).toEqual([reference]);

    // Whatever this process did not send is sent by the next one; each mail once.
    cms = await start(false);
    while (unfinishedJobs() > 0) await pause(100);
    expect(catcher.about(reference, STAFF), 'staff notification').toHaveLength(1);
    expect(catcher.about(reference, 'graceful@example.org'), 'confirmation').toHaveLength(1);
  }, 240_000);
});
