/**
 * Intake under load: 50 clients at once send valid submissions (the four forms in turn) to a real
 * CMS process, on SQLite and on PostgreSQL, until a fixed number is acknowledged.
 *   npm run bench -w @cb/cms        (BENCH_INTAKE_SUBMISSIONS=… to change the count)
 * Prints submissions per second and p50/p99 latency, and fails when the number of records stored
 * differs from the number of submissions acknowledged.
 */
import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { startCmsProcess, type CmsProcess } from '../testing/cms-process.ts';
import { startPostgres, type ThrowawayPostgres } from '../testing/postgres.ts';
import { INTAKE_PATHS, PUBLIC_FORMS, validSubmission, type PublicForm } from '../testing/intake-submissions.ts';
import ADMIN from '../src/access/local-admin.json' with { type: 'json' };

const CLIENTS = 50;
const SUBMISSIONS = Number(process.env.BENCH_INTAKE_SUBMISSIONS ?? 2000);
const WARM_UP = 100;
/** One address sends everything here: the per-address rate limit is for the public, not for this run. */
const UNLIMITED = { INTAKE_RATE_LIMIT_MAX: '100000000', INTAKE_RATE_LIMIT_WINDOW_SECONDS: '60' };

/** A real SMTP server on loopback that takes every mail and keeps none: the CMS mails as in production. */
async function startMailSink(): Promise<{ env: Record<string, string>; received: () => number; stop: () => Promise<void> }> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    closeTimeout: 1000,
    onData: (stream, _session, callback) => {
      stream.resume();
      stream.on('end', () => {
        received += 1;
        callback();
      });
    },
  });
  // A CMS that stops cuts its open connections: expected here, not a failure of the run.
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    env: { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(port), STAFF_NOTIFICATION_EMAIL: 'staff@connecting-brussels.local' },
    received: () => received,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

interface Result {
  database: string;
  acknowledged: number;
  refused: number;
  seconds: number;
  latencies: number[];
  stored: number;
}

async function adminToken(cmsUrl: string): Promise<string> {
  const response = await fetch(`${cmsUrl}/admin/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(ADMIN) });
  const { data } = (await response.json()) as { data: { token?: string; accessToken?: string } };
  const token = data.token ?? data.accessToken;
  if (!token) throw new Error(`The admin login answered ${response.status}`);
  return token;
}

/** Records of the public forms, counted as staff see them in the admin. */
async function storedCount(cmsUrl: string, token: string): Promise<number> {
  const totals = await Promise.all(
    PUBLIC_FORMS.map(async (form) => {
      const response = await fetch(`${cmsUrl}/content-manager/collection-types/api::${form}.${form}?page=1&pageSize=1`, { headers: { authorization: `Bearer ${token}` } });
      const body = (await response.json()) as { pagination?: { total: number } };
      if (!body.pagination) throw new Error(`Counting ${form} answered ${response.status}`);
      return body.pagination.total;
    }),
  );
  return totals.reduce((sum, total) => sum + total, 0);
}

async function openCallOf(cmsUrl: string): Promise<string> {
  const calls = (await (await fetch(`${cmsUrl}/api/project-calls?locale=nl`)).json()) as { data: { documentId: string }[] };
  return calls.data[0]!.documentId;
}

/** 50 clients take numbers from one counter until `count` submissions are sent; latency of each. */
async function rush(cmsUrl: string, first: number, count: number, projectCallDocumentId: string, run: string) {
  let next = first;
  let acknowledged = 0;
  let refused = 0;
  const latencies: number[] = [];
  const client = async () => {
    while (next < first + count) {
      const n = next++;
      const form: PublicForm = PUBLIC_FORMS[n % PUBLIC_FORMS.length]!;
      const started = performance.now();
      const response = await fetch(`${cmsUrl}/api/intake/${INTAKE_PATHS[form]}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': `bench-${run}-${n}` },
        body: JSON.stringify(validSubmission(form, n, { projectCallDocumentId })),
      });
      await response.arrayBuffer();
      latencies.push(performance.now() - started);
      if (response.status === 201) acknowledged += 1;
      else refused += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, client));
  return { acknowledged, refused, latencies, seconds: (performance.now() - started) / 1000 };
}

async function measure(database: string, cms: CmsProcess): Promise<Result> {
  const run = Date.now().toString(36);
  const token = await adminToken(cms.url);
  const callId = await openCallOf(cms.url);
  await rush(cms.url, 0, WARM_UP, callId, `${run}-warm`);
  const before = await storedCount(cms.url, token);
  const result = await rush(cms.url, WARM_UP, SUBMISSIONS, callId, run);
  const stored = (await storedCount(cms.url, token)) - before;
  return { database, ...result, stored };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

function printTable(results: Result[]): void {
  const rows = results.map((result) => {
    const sorted = [...result.latencies].sort((a, b) => a - b);
    return [
      result.database, String(CLIENTS), String(result.acknowledged + result.refused), (result.acknowledged / result.seconds).toFixed(1),
      percentile(sorted, 50).toFixed(1), percentile(sorted, 99).toFixed(1), String(result.acknowledged), String(result.stored), String(result.refused),
    ];
  });
  const header = ['database', 'clients', 'sent', 'submissions/s', 'p50 ms', 'p99 ms', 'acknowledged', 'stored', 'refused'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  console.log(['', line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n'));
}

function postgresBinariesFound(): boolean {
  return ['initdb', 'pg_ctl', 'postgres'].every((binary) => spawnSync('sh', ['-c', `command -v ${binary}`]).status === 0);
}

const results: Result[] = [];
const mail = await startMailSink();
const environment = { ...UNLIMITED, ...mail.env };
{
  const cms = await startCmsProcess(environment);
  try {
    results.push(await measure('SQLite', cms));
  } finally {
    await cms.stop();
  }
}
if (postgresBinariesFound()) {
  const postgres: ThrowawayPostgres = await startPostgres();
  try {
    const cms = await startCmsProcess(
      { ...environment, DATABASE_CLIENT: 'postgres', DATABASE_HOST: '127.0.0.1', DATABASE_PORT: String(postgres.port), DATABASE_NAME: 'postgres', DATABASE_USERNAME: 'postgres', DATABASE_PASSWORD: '' },
      { compile: false },
    );
    try {
      results.push(await measure('PostgreSQL', cms));
    } finally {
      await cms.stop();
    }
  } finally {
    postgres.stop();
  }
} else {
  console.log('PostgreSQL part skipped: no PostgreSQL binaries (initdb, pg_ctl, postgres) on PATH.');
}

await mail.stop();
printTable(results);
console.log(`Mails received by the loopback SMTP server (staff notifications and confirmations, sent after each answer): ${mail.received()}`);
const lost = results.filter((result) => result.stored !== result.acknowledged || result.refused > 0);
if (lost.length > 0) {
  console.error(`FAILED: stored differs from acknowledged, or valid submissions were refused, on ${lost.map((result) => result.database).join(', ')}`);
  process.exitCode = 1;
}
