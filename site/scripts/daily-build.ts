/**
 * The site's daily rebuild, so that "this week", "this month" and the calendar feeds move on with the
 * calendar even when nobody publishes. `everyDayAt` is used by the local runner (scripts/platform.ts);
 * run as a program (docker compose's `site-daily`), it builds every day at SITE_DAILY_BUILD_AT (Brussels
 * time) and copies a successful build into SITE_PUBLISH_DIR; a failed build leaves the served site as it was.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { clockTime, nextBrusselsMoment } from '@cb/domain';

export const DEFAULT_DAILY_BUILD_AT = '04:00';

/** SITE_DAILY_BUILD_AT as "HH:MM"; a value that is no time of day stops the start with one line saying so. */
export function dailyBuildTime(env: NodeJS.ProcessEnv = process.env): string {
  const value = env.SITE_DAILY_BUILD_AT?.trim() || DEFAULT_DAILY_BUILD_AT;
  const time = clockTime(value);
  if (!time) throw new Error(`SITE_DAILY_BUILD_AT must be a time of day in Brussels, HH:MM (got "${value}")`);
  return time;
}

/** Runs `job` every day when a Brussels clock shows `time` (summer and winter alike); returns the way to stop. */
export function everyDayAt(time: string, job: () => Promise<void>): () => void {
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  const schedule = () => {
    if (stopped) return;
    const next = nextBrusselsMoment(new Date(), time);
    timer = setTimeout(() => void job().finally(schedule), next.getTime() - Date.now());
  };
  schedule();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}

const SITE_DIR = path.resolve(import.meta.dirname, '..');

function buildOnce(): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', 'build'], { cwd: SITE_DIR, stdio: 'inherit' });
    child.on('exit', (code) => resolve(code === 0));
    child.on('error', () => resolve(false));
  });
}

async function buildAndPublish(publishDir: string): Promise<void> {
  const started = Date.now();
  if (!(await buildOnce())) {
    console.error('[site] The daily build failed; the site served stays as it was.');
    return;
  }
  mkdirSync(publishDir, { recursive: true });
  for (const entry of readdirSync(publishDir)) rmSync(path.join(publishDir, entry), { recursive: true, force: true });
  cpSync(path.join(SITE_DIR, 'dist'), publishDir, { recursive: true });
  console.log(`[site] Daily build published in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

if (import.meta.main) {
  const time = dailyBuildTime();
  const publishDir = process.env.SITE_PUBLISH_DIR?.trim() || '/site/dist';
  console.log(`[site] Rebuilding every day at ${time}, Brussels time.`);
  everyDayAt(time, () => buildAndPublish(publishDir));
}
