import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldMessage, layoutFields } from '@cb/domain/intake';
import { startCms, type TestCms } from './helpers/cms';
import { pageText } from '../src/api/intake/pages/copy';
import { escapeHtml } from '../src/api/intake/pages/html';
import { intakeService } from '../src/api/intake/intake-services';

/**
 * The forms a browser without JavaScript posted and that need another look are kept on the server.
 * One client flooding the CMS with junk posts from its address cannot push out another client's
 * kept form, and keeps nothing but the form's own fields, each within the schema's length. Many
 * clients together cannot either: once the store is full, nothing new is kept and the form comes
 * back in the answer itself.
 */

const GLOBAL_CAP = 30;
const PER_CLIENT = 20;
const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const A = '127.0.0.2';
const B = '127.0.0.3';

let cms: TestCms;

beforeAll(async () => {
  cms = await startCms({ CMS_TRUST_PROXY: 'false', INTAKE_RATE_LIMIT_MAX: '1000000', INTAKE_ATTEMPTS_MAX: String(GLOBAL_CAP) });
});
afterAll(async () => {
  await cms?.stop();
});

interface PostAnswer {
  status: number;
  location: string;
  contentType: string;
  body: string;
}

/** A form post as a browser without JavaScript sends it, from one loopback address standing for one client. */
function postFrom(localAddress: string, fields: URLSearchParams, locale = 'en'): Promise<PostAnswer> {
  const body = fields.toString();
  const { hostname, port } = new URL(cms.url);
  return new Promise((resolve, reject) => {
    const sending = request(
      {
        host: hostname,
        port,
        localAddress,
        method: 'POST',
        path: `/api/intake/help-requests?locale=${locale}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-length': Buffer.byteLength(body), accept: BROWSER_ACCEPT },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            location: String(response.headers.location ?? ''),
            contentType: String(response.headers['content-type'] ?? ''),
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    sending.on('error', reject);
    sending.end(body);
  });
}

const tokenOf = (location: string) => /\/attempts\/([A-Za-z0-9_-]{32})$/.exec(location)?.[1] ?? '';

/** Without the consent box ticked: always a form to look at again. */
const unconsented = (contactName: string, extra: [string, string][] = []) =>
  new URLSearchParams([
    ['forWhom', 'self'],
    ['contactName', contactName],
    ['phone', '02 555 01 23'],
    ['categories', 'chat'],
    ['description', `Kept for ${contactName}`],
    ['municipality', 'evere'],
    ['languages', 'en'],
    ...extra,
  ]);

describe('kept forms under a flood of junk posts', () => {
  it('keep client A’s form while client B floods three times the global cap, and keep none of B’s junk', async () => {
    const mine = await postFrom(A, unconsented('Anna From A'));
    expect(mine.status).toBe(303);
    const myToken = tokenOf(mine.location);
    expect(myToken).not.toBe('');

    const floodTokens: string[] = [];
    const floods = 3 * GLOBAL_CAP;
    for (let batch = 0; batch < floods; batch += 10) {
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, index) =>
          postFrom(
            B,
            unconsented('B'.repeat(5_000), [
              [`junk_${batch + index}`, 'j'.repeat(50_000)],
              ['description', 'd'.repeat(3_000)],
              ['x[y][z]', 'deep'],
            ]),
          ),
        ),
      );
      for (const answer of answers) {
        expect(answer.status).toBe(303);
        floodTokens.push(tokenOf(answer.location));
      }
    }

    const page = await fetch(`${cms.url}/api/intake/help-requests/attempts/${myToken}`, { headers: { accept: BROWSER_ACCEPT } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('value="Anna From A"');
    expect(html).toContain('Kept for Anna From A');

    const store = intakeService(cms.strapi, 'api::intake.attempts');
    const latest = await store.find(floodTokens.at(-1)!);
    const formFields = layoutFields('help-request').map((field) => field.name);
    expect(
      Object.keys(latest!.fields).every((name) => formFields.includes(name)),
      Object.keys(latest!.fields).join(', '),
    ).toBe(true);
    expect(latest!.fields.contactName).toHaveLength(120);
    expect(latest!.fields.description).toHaveLength(2000);
    expect(JSON.stringify(latest).length).toBeLessThan(10_000);
    // B's flood pushed out only B's own older forms.
    expect(await store.find(floodTokens[0]!)).toBeUndefined();
  }, 300_000);

  it('keep a victim’s form while many clients together post beyond the global cap; a post the full store cannot keep gets its form back as 422', async () => {
    const victim = await postFrom('127.0.0.4', unconsented('Victor Victim'));
    expect(victim.status).toBe(303);
    const victimToken = tokenOf(victim.location);
    expect(victimToken).not.toBe('');

    // Each flooder stays within its own quota; together they post far beyond the global cap.
    const flooders = Array.from({ length: 4 }, (_, index) => `127.0.0.${10 + index}`);
    const answers = (
      await Promise.all(
        flooders.map(async (address) => {
          const mine: PostAnswer[] = [];
          for (let post = 0; post < PER_CLIENT; post++) mine.push(await postFrom(address, unconsented(`<b>Flo & "co"</b> ${address} ${post}`), 'fr'));
          return mine;
        }),
      )
    ).flat();

    const page = await fetch(`${cms.url}/api/intake/help-requests/attempts/${victimToken}`, { headers: { accept: BROWSER_ACCEPT } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('value="Victor Victim"');

    expect(answers.every((answer) => answer.status === 303 || answer.status === 422)).toBe(true);
    expect(answers.filter((answer) => answer.status === 303).length).toBeLessThan(GLOBAL_CAP);

    const notKept = answers.find((answer) => answer.status === 422)!;
    expect(notKept).toBeDefined();
    expect(notKept.location).toBe('');
    expect(notKept.contentType).toMatch(/^text\/html/);
    expect(notKept.body).toContain('<html lang="fr-BE">');
    expect(notKept.body).not.toContain('/attempts/');
    expect(notKept.body).toMatch(/value="&lt;b&gt;Flo &amp; &quot;co&quot;&lt;\/b&gt; 127\.0\.0\.1\d \d+"/);
    expect(notKept.body).not.toContain('<b>Flo');
    expect(notKept.body).toContain(escapeHtml(fieldMessage('consent', 'fr')));
    expect(notKept.body).toContain(escapeHtml(pageText('attemptIntro', 'fr')));
  }, 300_000);
});
