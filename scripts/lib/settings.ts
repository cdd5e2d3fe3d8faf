import path from 'node:path';
import { dailyBuildTime } from '../../site/scripts/daily-build.ts';
import { PlatformError } from './ports.ts';

/**
 * The local runner's own settings, read from the environment once, at start, and checked there: a bad
 * value stops `./platform start` with one line naming the variable. (The CMS's settings are declared in
 * `cms/src/config/env.ts`; the runner passes its environment on to the processes it starts.)
 */
export interface RunnerSettings {
  dataDir: string;
  ports: Record<RunnerService, number>;
  /** Time of day (Brussels, HH:MM) of the daily site rebuild. */
  dailyBuildAt: string;
  /** The admin login shown at start; the password only when it is the local default. */
  admin: { email: string | undefined; passwordGiven: boolean };
  nodeEnv: string;
  privateUploadsDir: string;
  mail: { externalSmtp: boolean; catcherPort: number; staffAddress: string };
}

export const RUNNER_SERVICES = ['cms', 'meili', 'site', 'hook', 'preview'] as const;
export type RunnerService = (typeof RUNNER_SERVICES)[number];

export const PORT_VARIABLES: Record<RunnerService, { name: string; fallback: number }> = {
  cms: { name: 'CMS_PORT', fallback: 1337 },
  meili: { name: 'MEILI_PORT', fallback: 7700 },
  site: { name: 'SITE_PORT', fallback: 4321 },
  hook: { name: 'SITE_HOOK_PORT', fallback: 4322 },
  // The site's preview server: editors' drafts, opened from the CMS's Preview button, on loopback only.
  preview: { name: 'SITE_PREVIEW_PORT', fallback: 4323 },
};

const LOCAL_STAFF_ADDRESS = 'staff@connecting-brussels.local';

export function runnerSettings(root: string, env: NodeJS.ProcessEnv = process.env): RunnerSettings {
  const dataDir = path.resolve(given(env.CB_DATA_DIR) ?? path.join(root, '.data'));
  const portFor = (service: RunnerService) => portOf(env, PORT_VARIABLES[service].name, PORT_VARIABLES[service].fallback);
  const ports = { cms: portFor('cms'), meili: portFor('meili'), site: portFor('site'), hook: portFor('hook'), preview: portFor('preview') };
  return {
    dataDir,
    ports,
    dailyBuildAt: asOneLine(() => dailyBuildTime(env)),
    admin: { email: given(env.CMS_ADMIN_EMAIL), passwordGiven: given(env.CMS_ADMIN_PASSWORD) !== undefined },
    nodeEnv: given(env.NODE_ENV) ?? 'development',
    privateUploadsDir: given(env.PRIVATE_UPLOADS_DIR) ?? path.join(dataDir, 'private-uploads'),
    mail: {
      externalSmtp: given(env.SMTP_HOST) !== undefined,
      catcherPort: portOf(env, 'SMTP_PORT', 0),
      staffAddress: given(env.STAFF_NOTIFICATION_EMAIL) ?? LOCAL_STAFF_ADDRESS,
    },
  };
}

/** A port from the environment; 0 (where allowed as the fallback) means any free port. */
export function portOf(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = given(env[name]);
  if (raw === undefined) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new PlatformError(`${name}=${raw} is not a port number (1-65535).`);
  return port;
}

/** A setting's own check, its message printed as the one line a person reads (no stack trace). */
function asOneLine<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    throw new PlatformError(error instanceof Error ? error.message : String(error));
  }
}

function given(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
