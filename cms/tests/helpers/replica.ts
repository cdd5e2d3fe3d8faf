import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import * as z from 'zod';
import { TEST_SECRETS } from '../../testing/cms-process';
import type { RunReport, SlotOutcome } from '../../src/schedule';

const runReport: z.ZodType<RunReport> = z.lazy(() => z.record(z.string(), z.union([z.number(), runReport])));

/** A slot's outcome as it crossed the process boundary (JSON over IPC). */
const slotOutcome: z.ZodType<SlotOutcome> = z.union([
  z.object({ ran: z.literal(false) }),
  z.object({
    ran: z.literal(true),
    status: z.enum(['succeeded', 'failed']),
    report: runReport.nullable(),
  }),
]);

/** A second CMS in its own process, on the database `env` names (see replica-process.mts). */
export interface Replica {
  url: string;
  /** Runs a scheduled job's slot now in that process; resolves with its outcome ({ ran, status, report }). */
  runSlot(job: string, slotAt: Date): Promise<SlotOutcome>;
  /** Resolves when its outbox has nothing left to do. */
  drained(): Promise<void>;
  stop(): Promise<void>;
}

export async function startReplica(env: Record<string, string>): Promise<Replica> {
  const child: ChildProcess = fork(path.join(import.meta.dirname, 'replica-process.mts'), [], {
    env: { ...process.env, NODE_ENV: 'test', LOG_LEVEL: 'warn', STRAPI_TELEMETRY_DISABLED: 'true', ...TEST_SECRETS, ...env },
    // vitest's own loader flags are for its workers, not for a plain Node process.
    execArgv: [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let next = 0;
  const port = await new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`The replica exited with code ${String(code)} before it was ready`)));
    child.on('message', (message: { ready?: boolean; port?: number; id?: number; result?: unknown; error?: string }) => {
      if (message.ready) return resolve(message.port ?? 0);
      const waiting = message.id === undefined ? undefined : pending.get(message.id);
      if (!waiting) return;
      pending.delete(message.id ?? -1);
      if (message.error !== undefined) waiting.reject(new Error(message.error));
      else waiting.resolve(message.result);
    });
  });
  const ask = (request: Record<string, unknown>) =>
    new Promise<unknown>((resolve, reject) => {
      next += 1;
      pending.set(next, { resolve, reject });
      child.send({ ...request, id: next });
    });
  return {
    url: `http://127.0.0.1:${port}`,
    runSlot: async (job, slotAt) => slotOutcome.parse(await ask({ type: 'run-slot', job, slotAt: slotAt.getTime() })),
    drained: async () => void (await ask({ type: 'drain' })),
    async stop() {
      const exited = new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
      await ask({ type: 'stop' }).catch(() => undefined);
      await exited;
    },
  };
}
