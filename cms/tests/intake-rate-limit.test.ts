import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from './helpers/cms';
import { intakeRefusal, readJson } from './helpers/http';

/**
 * Intake posts are limited per client address (INTAKE_RATE_LIMIT_MAX per
 * INTAKE_RATE_LIMIT_WINDOW_SECONDS). X-Forwarded-For names the client only when CMS_TRUST_PROXY=true.
 */

const SETTINGS = { INTAKE_RATE_LIMIT_MAX: '3', INTAKE_RATE_LIMIT_WINDOW_SECONDS: '600', CMS_TRUST_PROXY: 'false' };
let cms: TestCms | undefined;
beforeAll(async () => {
  cms = await startCms(SETTINGS);
});
afterAll(async () => cms?.stop());

function post(from: string, locale = 'en', headers: Record<string, string> = {}) {
  return fetch(`${cms!.url}/api/intake/help-offers?locale=${locale}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': from, ...headers },
    body: JSON.stringify({ locale }),
  });
}

describe('the rate limit on intake posts', () => {
  it('answers 429 with Retry-After and a localized message once an address used its posts, whatever X-Forwarded-For says', async () => {
    for (const from of ['198.51.100.1', '198.51.100.2', '198.51.100.3']) expect((await post(from)).status).toBe(422);

    const limited = await post('198.51.100.4', 'fr');
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(600);
    const { error } = await readJson(limited, intakeRefusal);
    expect(error.status).toBe(429);
    expect(error.fields.form).toBe(
      'Nous venons de recevoir beaucoup de formulaires depuis cette adresse. Attendez 10 minutes, puis envoyez à nouveau. Vous pouvez aussi nous téléphoner.',
    );

    // A browser without JavaScript gets a page in its language.
    const page = await fetch(`${cms!.url}/api/intake/help-offers?locale=nl`, {
      method: 'POST',
      headers: { accept: 'text/html' },
      body: new URLSearchParams({ locale: 'nl' }),
      redirect: 'manual',
    });
    expect(page.status).toBe(429);
    expect(page.headers.get('retry-after')).toBeTruthy();
    const html = await page.text();
    expect(html).toContain('<html lang="nl-BE">');
    expect(html).toContain('Wacht 10 minuten');

    // Reading is not limited.
    expect((await fetch(`${cms!.url}/api/intake/openapi.json`)).status).toBe(200);
  });
});
