import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ATTEMPT_LIMITS } from '../src/api/intake/request/attempts';
import { ConfigError, readCmsConfig, VARIABLES } from '../src/config/env';
import { CMS_DIR, TEST_SECRETS } from '../testing/cms-process';

/**
 * The CMS reads its environment in one place (src/config/env.ts): good values are typed, unset ones
 * take their default, and a bad one stops the start with one line naming the variable and what it
 * must be, never showing a secret.
 */

const REPO_ROOT = path.resolve(CMS_DIR, '..');

function problemOf(env: Record<string, string>): string {
  try {
    readCmsConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error(`${JSON.stringify(env)} was accepted`);
}

describe('the CMS configuration', () => {
  it('gives every unset variable its default', () => {
    const config = readCmsConfig({});
    expect(config.server).toEqual({ host: '127.0.0.1', port: 1337, publicUrl: '', appKeys: undefined, trustProxy: false, trustedProxies: [] });
    expect(config.logLevel).toBe('http');
    expect(config.database).toEqual({ client: 'sqlite', filename: path.join(process.cwd(), '.tmp', 'data.db') });
    expect(config.intake).toEqual({
      rateLimit: { max: 20, windowSeconds: 600 },
      uploadMaxMb: 50,
      attemptsPerAddress: ATTEMPT_LIMITS.perClient,
      attemptsMax: ATTEMPT_LIMITS.maxCount,
      privateUploadsDir: undefined,
    });
    expect(config.outbox).toEqual({ pollMs: 1000, leaseMs: 60_000, retryBaseMs: 30_000, retryMaxMs: 3_600_000, giveUpAfterMs: 259_200_000, batchSize: 20 });
    expect(config.searchRateLimit).toEqual({ max: 120, windowSeconds: 60 });
    expect(config.outboxKeepDoneDays).toBe(30);
    expect(config.retentionMonths).toBe(12);
    expect(config.seed).toBe(true);
    expect(config.mail).toMatchObject({ host: '127.0.0.1', port: 1025, secure: false, login: undefined, staffAddresses: [], staffDefaultLocale: 'en' });
    expect(config.search).toBeUndefined();
    expect(config.siteBuildHook).toEqual({ url: undefined, token: undefined, debounceMs: 250 });
    expect(config.editing).toEqual({ imageMaxMb: 10 });
    expect(config.firstAdmin).toEqual({ email: 'admin@connecting-brussels.local', password: undefined });
  });

  it('counts an empty or blank value as unset (docker compose passes ${X:-} as "")', () => {
    expect(readCmsConfig({ SMTP_USERNAME: '', SITE_BUILD_HOOK_URL: '', RETENTION_MONTHS: ' ', CMS_SEED: '' })).toMatchObject({
      mail: { login: undefined },
      siteBuildHook: { url: undefined },
      retentionMonths: 12,
      seed: true,
    });
  });

  it('types good values', () => {
    const config = readCmsConfig({
      PORT: '8080',
      CMS_TRUST_PROXY: 'true',
      CMS_TRUSTED_PROXIES: '10.0.0.0/8, ::1',
      APP_KEYS: '["one","two"]',
      DATABASE_CLIENT: 'postgres',
      DATABASE_SSL: 'true',
      DATABASE_SSL_REJECT_UNAUTHORIZED: 'false',
      DATABASE_POOL_MIN: '0',
      OUTBOX_KEEP_DONE_DAYS: '7',
      CMS_SEED: 'false',
      SMTP_USERNAME: 'mailer',
      SMTP_PASSWORD: 'hunter2',
      STAFF_NOTIFICATION_EMAIL: ' staff@example.org, desk@example.org; Staff@Example.org team@example.org ',
      STAFF_MAIL_DEFAULT_LANGUAGE: 'nl',
      MEILI_URL: 'http://127.0.0.1:7700',
      MEILI_MASTER_KEY: 'master',
      SITE_BUILD_HOOK_DEBOUNCE_MS: '0',
      CMS_IMAGE_MAX_MB: '4',
      SEARCH_RATE_LIMIT_MAX: '60',
      SEARCH_RATE_LIMIT_WINDOW_SECONDS: '120',
    });
    expect(config.server).toMatchObject({ port: 8080, trustProxy: true, trustedProxies: ['10.0.0.0/8', '::1'], appKeys: ['one', 'two'] });
    expect(config.database).toMatchObject({ client: 'postgres', port: 5432, ssl: { rejectUnauthorized: false }, pool: { min: 0, max: 10 }, password: '' });
    expect(config.outboxKeepDoneDays).toBe(7);
    expect(config.seed).toBe(false);
    expect(config.mail).toMatchObject({
      login: { user: 'mailer', pass: 'hunter2' },
      staffAddresses: ['staff@example.org', 'desk@example.org', 'team@example.org'],
      staffDefaultLocale: 'nl',
    });
    expect(config.search).toEqual({ url: 'http://127.0.0.1:7700', masterKey: 'master' });
    expect(config.siteBuildHook.debounceMs).toBe(0);
    expect(config.editing.imageMaxMb).toBe(4);
    expect(config.searchRateLimit).toEqual({ max: 60, windowSeconds: 120 });
  });

  it.each([
    ['a word for a number', { OUTBOX_KEEP_DONE_DAYS: 'abc' }, 'OUTBOX_KEEP_DONE_DAYS must be a whole number of days ≥ 1 (got "abc")'],
    ['a negative number', { INTAKE_ATTEMPTS_PER_ADDRESS: '-1' }, 'INTAKE_ATTEMPTS_PER_ADDRESS must be a whole number ≥ 1 (got "-1")'],
    ['a fraction', { RETENTION_MONTHS: '1.5' }, 'RETENTION_MONTHS must be a whole number of months ≥ 1 (got "1.5")'],
    ['zero where one is the least', { OUTBOX_LEASE_MS: '0' }, 'OUTBOX_LEASE_MS must be a whole number of milliseconds ≥ 1 (got "0")'],
    ['no image size', { CMS_IMAGE_MAX_MB: '0' }, 'CMS_IMAGE_MAX_MB must be a whole number of megabytes ≥ 1 (got "0")'],
    ['no searches at all', { SEARCH_RATE_LIMIT_MAX: '0' }, 'SEARCH_RATE_LIMIT_MAX must be a whole number ≥ 1 (got "0")'],
    [
      'a search window in words',
      { SEARCH_RATE_LIMIT_WINDOW_SECONDS: 'a minute' },
      'SEARCH_RATE_LIMIT_WINDOW_SECONDS must be a whole number of seconds ≥ 1 (got "a minute")',
    ],
    ['a port out of range', { PORT: '70000' }, 'PORT must be a port number (1 to 65535) (got "70000")'],
    ['a yes for a flag', { CMS_TRUST_PROXY: 'yes' }, 'CMS_TRUST_PROXY must be true or false (got "yes")'],
    ['an unknown choice', { DATABASE_CLIENT: 'mysql' }, 'DATABASE_CLIENT must be one of sqlite, postgres (got "mysql")'],
    ['a log level winston lacks', { LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of error, warn, info, http, verbose, debug, silly (got "loud")'],
    ['a URL without its scheme', { SITE_URL: 'connecting.brussels' }, 'SITE_URL must be an absolute http(s) URL (got "connecting.brussels")'],
    [
      'no email address',
      { STAFF_NOTIFICATION_EMAIL: 'staff, desk' },
      'STAFF_NOTIFICATION_EMAIL must be email addresses, separated by commas, semicolons or spaces (got "staff, desk")',
    ],
    [
      'one good address and one without its domain',
      { STAFF_NOTIFICATION_EMAIL: 'staff@example.org; desk@' },
      'STAFF_NOTIFICATION_EMAIL must be email addresses, separated by commas, semicolons or spaces (got "staff@example.org; desk@")',
    ],
    [
      'a separator without an address',
      { STAFF_NOTIFICATION_EMAIL: ' ; ' },
      'STAFF_NOTIFICATION_EMAIL must be email addresses, separated by commas, semicolons or spaces (got " ; ")',
    ],
    ['a language staff mails are not written in', { STAFF_MAIL_DEFAULT_LANGUAGE: 'de' }, 'STAFF_MAIL_DEFAULT_LANGUAGE must be one of nl, fr, en (got "de")'],
    [
      'no IP range',
      { CMS_TRUSTED_PROXIES: '10.0.0.0/8,proxy' },
      'CMS_TRUSTED_PROXIES must be IP addresses or CIDR ranges, comma-separated (got "10.0.0.0/8,proxy")',
    ],
  ])('stops at %s with one line naming the variable and what it must be', (_, env, problem) => {
    expect(problemOf(env)).toBe(`CB config: ${problem}`);
  });

  it('names every bad variable in the same line', () => {
    expect(problemOf({ PORT: 'http', OUTBOX_BATCH_SIZE: '0' })).toBe(
      'CB config: PORT must be a port number (1 to 65535) (got "http"); OUTBOX_BATCH_SIZE must be a whole number ≥ 1 (got "0")',
    );
  });

  it('shows no more than the start of a long value', () => {
    expect(problemOf({ PORT: '9'.repeat(200) })).toBe(`CB config: PORT must be a port number (1 to 65535) (got "${'9'.repeat(60)}…")`);
  });

  it.each([
    ['DATABASE_URL', 'mysql://app:s3cret-db-pass@db/app', 'a postgres:// URL'],
    ['SITE_BUILD_HOOK_URL', 'api.example.org/build_hooks/s3cret-hook-id', 'an absolute http(s) URL'],
    ['APP_KEYS', 's3cret-key-one,,s3cret-key-two', 'keys, comma-separated, none empty'],
  ])('never shows the value of a secret (%s)', (name, value, expected) => {
    const line = problemOf({ [name]: value });
    expect(line).toBe(`CB config: ${name} must be ${expected} (value not shown: it is a secret)`);
    expect(line).not.toContain('s3cret');
  });

  it('is the one list of the variables the README documents for the CMS', () => {
    const readme = readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const section = readme.split('## Environment variables')[1]?.split('\n## ')[0] ?? '';
    const documented = section
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .map((line) => line.split('|').map((cell) => cell.trim()))
      .filter(([, , usedBy]) => usedBy!.split(/,\s*/).includes('cms'))
      .flatMap(([, names]) => [...names!.matchAll(/`([A-Z0-9_]+)`/g)].map((match) => match[1]!));
    expect([...new Set(documented)].sort()).toEqual(Object.keys(VARIABLES).sort());
  });
});

describe('a CMS started with a bad value', () => {
  it('ends at once with exit code 1 and the one line on stderr, before it touches its database', async () => {
    const workDir = mkdtempSync(path.join(tmpdir(), 'cb-config-'));
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'node_modules/@strapi/strapi/bin/strapi.js'), 'start'], {
      cwd: CMS_DIR,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        ...TEST_SECRETS,
        NODE_ENV: 'test',
        STRAPI_TELEMETRY_DISABLED: 'true',
        DATABASE_CLIENT: 'sqlite',
        DATABASE_FILENAME: path.join(workDir, 'cms.db'),
        OUTBOX_KEEP_DONE_DAYS: 'abc',
        DATABASE_URL: 'mysql://app:s3cret-db-pass@db/app',
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    const files = readdirSync(workDir);
    rmSync(workDir, { recursive: true, force: true });

    expect(code).toBe(1);
    expect(stderr).toBe(
      'CB config: DATABASE_URL must be a postgres:// URL (value not shown: it is a secret); OUTBOX_KEEP_DONE_DAYS must be a whole number of days ≥ 1 (got "abc")\n',
    );
    expect(stdout).toBe('');
    expect(files).toEqual([]);
  });
});
