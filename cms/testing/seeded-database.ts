import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { SCHEDULE_RUNS_TABLE } from '../src/schedule/table';
import { startCmsProcess } from './cms-process';

/**
 * A CMS database as a first start leaves it (schema, roles and permissions, the first admin, the
 * trilingual sample content), made once per test run. Seeding is most of a first boot: a test file
 * that starts from a copy boots several times faster and finds exactly what a first start gives.
 */
export async function makeSeededDatabase(dir: string): Promise<string> {
  const file = path.join(dir, 'seeded.db');
  const cms = await startCmsProcess({ DATABASE_FILENAME: file }, { compile: false });
  const exit = await cms.stop();
  if (exit.code !== 0 && exit.signal !== 'SIGTERM')
    throw new Error(`The CMS that seeds the test database ended badly (${JSON.stringify(exit)}):\n${cms.output().slice(-4000)}`);
  const database = new DatabaseSync(file);
  try {
    // Whole in one file (no write-ahead log beside it), and no scheduled slot taken: each copy runs its own start-up jobs.
    database.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    database.prepare(`DELETE FROM ${SCHEDULE_RUNS_TABLE}`).run();
  } finally {
    database.close();
  }
  return file;
}
