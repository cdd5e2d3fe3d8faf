/**
 * One more CMS replica for tests, in its own process (Strapi is one per process): boots the compiled
 * CMS like startCms does, on the database its environment names, and answers its parent over IPC:
 * `run-slot` runs a scheduled job's slot now, `drain` waits for its outbox, `stop` stops it.
 * Run by Node itself (type stripping), so it imports nothing from src/: it reaches the CMS's parts
 * through Strapi's container, by the names the CMS registers them under.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type * as StrapiModule from '@strapi/strapi';

// Strapi's ES module build does not load under plain Node; its CommonJS build does.
const { createStrapi } = createRequire(import.meta.url)('@strapi/strapi') as typeof StrapiModule;

interface Runner {
  runSlot(job: string, slotAt: Date): Promise<unknown>;
  stop(): Promise<void>;
}
interface Outbox {
  drained(): Promise<void>;
  stop(): Promise<void>;
}
type Request = { id: number; type: 'run-slot'; job: string; slotAt: number } | { id: number; type: 'drain' } | { id: number; type: 'stop' };

const cmsDir = path.resolve(import.meta.dirname, '..', '..');
const strapi = await createStrapi({ appDir: cmsDir, distDir: path.join(cmsDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
strapi.server.mount();
const httpServer = strapi.server.httpServer;
await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
const runner = strapi.get('schedule-runner') as Runner;
const outbox = strapi.get('durable-outbox') as Outbox;

async function answer(request: Request): Promise<unknown> {
  switch (request.type) {
    case 'run-slot':
      return runner.runSlot(request.job, new Date(request.slotAt));
    case 'drain':
      return outbox.drained();
    case 'stop':
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await runner.stop();
      await outbox.stop();
      await strapi.db.connection.destroy();
      return null;
  }
}

process.on('message', (request: Request) => {
  answer(request).then(
    (result) => {
      // Strapi's cron timers would keep a stopped replica alive.
      process.send?.({ id: request.id, result: result ?? null }, () => (request.type === 'stop' ? process.exit(0) : undefined));
    },
    (error: unknown) => process.send?.({ id: request.id, error: String(error) }),
  );
});
process.send?.({ ready: true, port: (httpServer.address() as AddressInfo).port });
