import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PlatformError } from '../scripts/lib/ports.ts';
import { runnerSettings } from '../scripts/lib/settings.ts';

const ROOT = '/srv/connecting-brussels';

describe("the local runner's settings, read once at start", () => {
  it('has the documented defaults when nothing (or only blanks) is set', () => {
    const settings = runnerSettings(ROOT, { CMS_PORT: ' ', NODE_ENV: '' });
    expect(settings.dataDir).toBe(path.join(ROOT, '.data'));
    expect(settings.ports).toEqual({ cms: 1337, meili: 7700, site: 4321, hook: 4322, preview: 4323 });
    expect(settings.dailyBuildAt).toBe('04:00');
    expect(settings.nodeEnv).toBe('development');
    expect(settings.privateUploadsDir).toBe(path.join(ROOT, '.data', 'private-uploads'));
    expect(settings.admin).toEqual({ email: undefined, passwordGiven: false });
    expect(settings.mail).toEqual({ externalSmtp: false, catcherPort: 0, staffAddress: 'staff@connecting-brussels.local' });
  });

  it('takes what is set', () => {
    const settings = runnerSettings(ROOT, {
      CB_DATA_DIR: '/tmp/cb',
      SITE_PORT: '8080',
      SITE_DAILY_BUILD_AT: '05:30',
      CMS_ADMIN_EMAIL: 'admin@example.org',
      CMS_ADMIN_PASSWORD: 'long enough secret',
      SMTP_HOST: 'smtp.example.org',
      STAFF_NOTIFICATION_EMAIL: 'team@example.org',
    });
    expect(settings.dataDir).toBe('/tmp/cb');
    expect(settings.ports.site).toBe(8080);
    expect(settings.dailyBuildAt).toBe('05:30');
    expect(settings.admin).toEqual({ email: 'admin@example.org', passwordGiven: true });
    expect(settings.mail).toMatchObject({ externalSmtp: true, staffAddress: 'team@example.org' });
  });

  it.each([
    [{ CMS_PORT: 'abc' }, 'CMS_PORT=abc is not a port number (1-65535).'],
    [{ SMTP_PORT: '70000' }, 'SMTP_PORT=70000 is not a port number (1-65535).'],
    [{ SITE_DAILY_BUILD_AT: '25:00' }, 'SITE_DAILY_BUILD_AT must be a time of day in Brussels, HH:MM (got "25:00")'],
  ])('stops the start with one line naming the variable for %o', (env, message) => {
    expect(() => runnerSettings(ROOT, env)).toThrow(new PlatformError(message));
  });
});
