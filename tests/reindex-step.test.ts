import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { reindexStep } from '../scripts/lib/reindex-step.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const MASTER_KEY = 'master-key-that-must-not-be-in-ps';
const urls = { cms: 'http://127.0.0.1:9', meili: 'http://127.0.0.1:9' };

describe('the local run’s search reindex', () => {
  it('passes the master key by environment, never on the command line', () => {
    const step = reindexStep(ROOT, urls, MASTER_KEY, { PATH: '/usr/bin' });
    expect(step.args.join(' ')).not.toContain(MASTER_KEY);
    expect(step.args).not.toContain('--master-key');
    expect(step.env.MEILI_MASTER_KEY).toBe(MASTER_KEY);
    expect(step.env.PATH).toBe('/usr/bin');
  });

  it('is a command the search CLI accepts: the key arrives (the run fails on the unreachable CMS, not on a missing key)', async () => {
    const step = reindexStep(ROOT, urls, MASTER_KEY, { PATH: process.env.PATH });
    const failure = await promisify(execFile)(process.execPath, step.args, { env: step.env }).then(
      () => undefined,
      (error: { stderr?: string }) => error.stderr ?? '',
    );
    expect(failure).toBeDefined();
    expect(failure).not.toMatch(/master-key/i);
    expect(failure).not.toContain(MASTER_KEY);
  });
});
