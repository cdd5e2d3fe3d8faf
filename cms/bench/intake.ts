/**
 * Intake under load, in one run, side by side: a CMS process on SQLite, one on PostgreSQL, and three
 * replicas on one PostgreSQL behind a round-robin proxy on loopback (cms/testing/replicas.ts).
 *   node cms/bench/intake.ts           (npm run bench -w @cb/cms runs it too)
 * Closed loop: 50 clients at once send valid submissions (the four forms in turn) until a fixed number is
 * acknowledged: submissions per second and p50/p99 latency; fails when the records stored differ from the
 * submissions acknowledged. Open loop: a fixed offered rate (20 submissions/s for 60 s), each sent at its
 * scheduled time whatever the earlier ones do, latency measured from that scheduled time: p50/p99, errors.
 * Shorter runs: BENCH_INTAKE_SUBMISSIONS (2000), BENCH_OPEN_LOOP_SECONDS (60), BENCH_OPEN_LOOP_RATE (20).
 * Some setups only: BENCH_INTAKE_SETUPS, a comma-separated list of sqlite, postgres, replicas, replicas-keepalive
 * (all four; the last is the replicas behind a proxy that keeps its connections to them open, as nginx does).
 */
import { spawnSync } from 'node:child_process';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { compileCms, startCmsProcess } from '../testing/cms-process.ts';
import { CPU_ACCOUNTING, cpuWindow, postmasterPid, type CpuWindow } from './cpu.ts';
import { postgresEnv, startPostgres, type ThrowawayPostgres } from '../testing/postgres.ts';
import { startReplicas } from '../testing/replicas.ts';
import { INTAKE_PATHS, PUBLIC_FORMS, validSubmission, type PublicForm } from '../testing/intake-submissions.ts';
import ADMIN from '../src/access/local-admin.json' with { type: 'json' };

const CLIENTS = 50;
const SUBMISSIONS = Number(process.env.BENCH_INTAKE_SUBMISSIONS ?? 2000);
/** Submissions each CMS process answers before measuring, so that every replica is as warm as a single process. */
const WARM_UP_PER_PROCESS = 100;
const OPEN_LOOP_SECONDS = Number(process.env.BENCH_OPEN_LOOP_SECONDS ?? 60);
const OPEN_LOOP_RATE = Number(process.env.BENCH_OPEN_LOOP_RATE ?? 20);
const REPLICAS = 3;
const SETUPS = new Set((process.env.BENCH_INTAKE_SETUPS ?? 'sqlite,postgres,replicas,replicas-keepalive').split(',').map((setup) => setup.trim()));
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
  setup: string;
  acknowledged: number;
  refused: number;
  seconds: number;
  latencies: number[];
  stored: number;
  openLoop: OpenLoopResult;
  /** CPU spent during the closed loop, by the CMS processes, PostgreSQL and this process (load and proxy). */
  cpu: CpuWindow & { benchSeconds: number };
}

/** The processes whose CPU time is counted: the CMS processes, and PostgreSQL's server when there is one. */
type Processes = () => { cms: readonly number[]; postgres: readonly number[] };

interface OpenLoopResult {
  sent: number;
  /** From each submission's scheduled send time to its answer. */
  latencies: number[];
  errors: number;
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
      const response = await fetch(`${cmsUrl}/content-manager/collection-types/api::${form}.${form}?page=1&pageSize=1`, {
        headers: { authorization: `Bearer ${token}` },
      });
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

/** Connections the CMS cut before answering, each tried again with the same key (as the form island does). */
let resent = 0;

/**
 * One valid submission (the n-th, forms in turn); true when the CMS has it stored: 201, or 200 when a
 * resend after a cut connection finds it stored already.
 */
async function send(cmsUrl: string, n: number, projectCallDocumentId: string, run: string): Promise<boolean> {
  const form: PublicForm = PUBLIC_FORMS[n % PUBLIC_FORMS.length]!;
  for (let attempt = 1; ; attempt++) {
    try {
      const response = await fetch(`${cmsUrl}/api/intake/${INTAKE_PATHS[form]}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json', 'idempotency-key': `bench-${run}-${n}` },
        body: JSON.stringify(validSubmission(form, n, { projectCallDocumentId })),
      });
      await response.arrayBuffer();
      return response.status === 201 || (attempt > 1 && response.status === 200);
    } catch (error) {
      if (attempt === 3) throw error;
      resent += 1;
    }
  }
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
      const started = performance.now();
      const stored = await send(cmsUrl, n, projectCallDocumentId, run);
      latencies.push(performance.now() - started);
      if (stored) acknowledged += 1;
      else refused += 1;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, client));
  return { acknowledged, refused, latencies, seconds: (performance.now() - started) / 1000 };
}

/**
 * Open loop: submission i is sent at start + i/rate, whether or not earlier ones were answered (a slow
 * CMS does not slow the senders down, as real visitors do not wait for each other). Its latency counts
 * from that scheduled time, so time spent waiting behind a stalled process is in the figure too.
 */
async function openLoop(cmsUrl: string, first: number, projectCallDocumentId: string, run: string): Promise<OpenLoopResult> {
  const total = Math.round(OPEN_LOOP_SECONDS * OPEN_LOOP_RATE);
  const latencies: number[] = [];
  let errors = 0;
  const start = performance.now() + 100;
  await Promise.all(
    Array.from({ length: total }, async (_, i) => {
      const scheduled = start + (i * 1000) / OPEN_LOOP_RATE;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, scheduled - performance.now())));
      const stored = await send(cmsUrl, first + i, projectCallDocumentId, run).catch(() => false);
      latencies.push(performance.now() - scheduled);
      if (!stored) errors += 1;
    }),
  );
  return { sent: total, latencies, errors };
}

async function measure(setup: string, cmsUrl: string, processes: Processes): Promise<Result> {
  const run = Date.now().toString(36);
  const token = await adminToken(cmsUrl);
  const callId = await openCallOf(cmsUrl);
  const warmUp = WARM_UP_PER_PROCESS * processes().cms.length;
  await rush(cmsUrl, 0, warmUp, callId, `${run}-warm`);
  const before = await storedCount(cmsUrl, token);
  const benchBefore = process.cpuUsage();
  const cpuSpent = cpuWindow(processes);
  const result = await rush(cmsUrl, warmUp, SUBMISSIONS, callId, run);
  const cpu = cpuSpent();
  const bench = process.cpuUsage(benchBefore);
  const stored = (await storedCount(cmsUrl, token)) - before;
  const open = await openLoop(cmsUrl, warmUp + SUBMISSIONS, callId, `${run}-open`);
  return { setup, ...result, stored, openLoop: open, cpu: { ...cpu, benchSeconds: (bench.user + bench.system) / 1e6 } };
}

const postgresPids = (postgres: ThrowawayPostgres) => [postmasterPid(postgres.dataDir)].filter((pid) => pid !== undefined);

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

function table(header: string[], rows: string[][]): string {
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  return ['', line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

function printTables(results: Result[]): void {
  const quantiles = (latencies: number[]) => {
    const sorted = [...latencies].sort((a, b) => a - b);
    return [percentile(sorted, 50).toFixed(1), percentile(sorted, 99).toFixed(1)];
  };
  console.log(`\nClosed loop: ${CLIENTS} clients at once, ${SUBMISSIONS} submissions after ${WARM_UP_PER_PROCESS} per CMS process to warm up`);
  console.log(
    table(
      ['setup', 'sent', 'submissions/s', 'p50 ms', 'p99 ms', 'acknowledged', 'stored', 'refused'],
      results.map((result) => [
        result.setup,
        String(result.acknowledged + result.refused),
        (result.acknowledged / result.seconds).toFixed(1),
        ...quantiles(result.latencies),
        String(result.acknowledged),
        String(result.stored),
        String(result.refused),
      ]),
    ),
  );
  console.log(`\nOpen loop: ${OPEN_LOOP_RATE} submissions/s offered for ${OPEN_LOOP_SECONDS} s, latency from each one's scheduled send time`);
  console.log(
    table(
      ['setup', 'sent', 'p50 ms', 'p99 ms', 'errors'],
      results.map((result) => [result.setup, String(result.openLoop.sent), ...quantiles(result.openLoop.latencies), String(result.openLoop.errors)]),
    ),
  );
  if (!CPU_ACCOUNTING) return;
  console.log(
    `\nCPU during the closed loop, in ms per acknowledged submission (the CMS processes together; PostgreSQL's server processes; this process: the 50 clients and, for the replicas, the proxy), and how busy the machine's cores were meanwhile, counting everyone's work`,
  );
  const perSubmission = (seconds: number | undefined, result: Result) => (((seconds ?? 0) * 1000) / result.acknowledged).toFixed(1);
  console.log(
    table(
      ['setup', 'CMS', 'PostgreSQL', 'clients + proxy', 'total', 'cores busy'],
      results.map((result) => {
        const { seconds, benchSeconds, machineBusy, cores } = result.cpu;
        const total = (seconds.cms ?? 0) + (seconds.postgres ?? 0) + benchSeconds;
        return [
          result.setup,
          perSubmission(seconds.cms, result),
          perSubmission(seconds.postgres, result),
          perSubmission(benchSeconds, result),
          perSubmission(total, result),
          `${(machineBusy * 100).toFixed(0)}% of ${cores}`,
        ];
      }),
    ),
  );
}

function postgresBinariesFound(): boolean {
  return ['initdb', 'pg_ctl', 'postgres'].every((binary) => spawnSync('sh', ['-c', `command -v ${binary}`]).status === 0);
}

const results: Result[] = [];
const mail = await startMailSink();
const environment = { ...UNLIMITED, ...mail.env };
compileCms();
if (SETUPS.has('sqlite')) {
  const cms = await startCmsProcess(environment, { compile: false });
  try {
    results.push(await measure('SQLite, 1 process', cms.url, () => ({ cms: [cms.pid], postgres: [] })));
  } finally {
    await cms.stop();
  }
}
const onPostgres = SETUPS.has('postgres') || SETUPS.has('replicas') || SETUPS.has('replicas-keepalive');
if (onPostgres && postgresBinariesFound()) {
  if (SETUPS.has('postgres')) {
    const postgres: ThrowawayPostgres = await startPostgres();
    try {
      const cms = await startCmsProcess({ ...environment, ...postgresEnv(postgres) }, { compile: false });
      try {
        results.push(await measure('PostgreSQL, 1 process', cms.url, () => ({ cms: [cms.pid], postgres: postgresPids(postgres) })));
      } finally {
        await cms.stop();
      }
    } finally {
      postgres.stop();
    }
  }
  // A fresh database, as for the single process: the replicas start from the same state.
  for (const keepAlive of [false, true]) {
    if (!SETUPS.has(keepAlive ? 'replicas-keepalive' : 'replicas')) continue;
    const replicas = await startReplicas({ count: REPLICAS, env: environment, compile: false, keepAlive });
    try {
      const processes = () => ({
        cms: replicas.replicas.flatMap((replica) => (replica ? [replica.pid] : [])),
        postgres: postgresPids(replicas.postgres),
      });
      const proxy = keepAlive ? 'a round-robin proxy keeping its connections open' : 'a round-robin proxy, a new connection per request';
      results.push(await measure(`PostgreSQL, ${REPLICAS} replicas behind ${proxy}`, replicas.url, processes));
    } finally {
      await replicas.stop();
    }
  }
} else if (onPostgres) {
  console.log('PostgreSQL parts skipped: no PostgreSQL binaries (initdb, pg_ctl, postgres) on PATH.');
}

await mail.stop();
printTables(results);
console.log(`Submissions sent again after a cut connection (same Idempotency-Key): ${resent}`);
console.log(`Mails received by the loopback SMTP server (staff notifications and confirmations, sent after each answer): ${mail.received()}`);
const lost = results.filter((result) => result.stored !== result.acknowledged || result.refused > 0);
if (lost.length > 0) {
  console.error(`FAILED: stored differs from acknowledged, or valid submissions were refused, on ${lost.map((result) => result.setup).join(', ')}`);
  process.exitCode = 1;
}
