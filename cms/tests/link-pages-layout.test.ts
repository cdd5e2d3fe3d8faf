import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSENT_VERSION, LOCALES, addDays, brusselsDay, routes, type Locale } from '@cb/domain';
import { PAGE_SHELL_MARKERS } from '@cb/domain/intake';
import { startCms, type TestCms } from './helpers/cms';
import { mailLinks } from './helpers/http';
import { OFFER_DEFAULTS, SCREENED_TODAY } from './helpers/records';
import { configOf } from '../src/config';
import { awayUrl } from '../src/holiday-cover/links';
import { signLink } from '../src/check-ins/links';
import { pageText } from '../src/api/intake/pages/copy';

/**
 * The pages volunteers and people reach from their mails (the away page, the concern page, and what
 * they answer) wear the site's own layout, read from the site's build as the intake's no-JS pages
 * read it (one source: cms/src/api/intake/pages/site-shell.ts). A small site on loopback stands in
 * for the built site: it serves each locale's shell with the markers the CMS fills in.
 */

let site: Server;
let siteUrl: string;
let cms: TestCms;
const { open, post } = mailLinks(() => cms.url);

/** The shell a site build writes for a locale (routes.intakeShell), reduced to what tells it apart. */
const shell = (locale: Locale) => `<!doctype html><html lang="${locale}"><head><title>${PAGE_SHELL_MARKERS.title}</title></head>
<body><header class="site-header">Connecting Brussels site header (${locale})</header>
<main id="main"><h1>${PAGE_SHELL_MARKERS.heading}</h1>${PAGE_SHELL_MARKERS.main}</main>
<footer class="site-footer">site footer</footer></body></html>`;

beforeAll(async () => {
  site = createServer((request, response) => {
    const locale = LOCALES.find((candidate) => request.url === routes.intakeShell(candidate));
    if (!locale) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(shell(locale));
  });
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  cms = await startCms({ SITE_URL: siteUrl });
});
afterAll(async () => {
  await cms?.stop();
  await new Promise((resolve) => site?.close(resolve));
});

async function availableOffer(locale: Locale) {
  return cms.strapi.documents('api::help-offer.help-offer').create({
    data: {
      ...OFFER_DEFAULTS,
      ...SCREENED_TODAY,
      reference: `CB-LAY${Math.floor(Math.random() * 900 + 100)}`,
      channel: 'phone',
      consentVersion: CONSENT_VERSION,
      consentedAt: new Date().toISOString(),
      description: 'Wandelen.',
      contactName: 'Vrijwilliger',
      formLocale: locale,
      phone: '+32470000000',
      caseStatus: 'available',
    },
  });
}

const inSiteLayout = (page: string, locale: Locale) => {
  expect(page).toContain(`Connecting Brussels site header (${locale})`);
  expect(page).toContain('site footer');
  for (const marker of Object.values(PAGE_SHELL_MARKERS)) expect(page).not.toContain(marker);
};

describe('the pages behind the links in mails', () => {
  it('the away page, and its thank-you with a way back to the site, are in the site’s layout', async () => {
    for (const locale of ['fr', 'nl'] as const) {
      const offer = await availableOffer(locale);
      const link = awayUrl(cms.strapi, offer.documentId, locale);
      const page = await open(link);
      expect(page.status).toBe(200);
      inSiteLayout(await page.text(), locale);

      const today = brusselsDay(new Date());
      const thanks = await post(link, { locale, awayFrom: today, awayUntil: addDays(today, 3) });
      expect(thanks.status).toBe(200);
      const body = await thanks.text();
      inSiteLayout(body, locale);
      expect(body).toContain(`<a href="${routes.home(locale)}">${pageText('toHome', locale)}</a>`);
    }
  });

  it('the concern page is in the site’s layout, and so is the page of a link that no longer works', async () => {
    const { secret } = configOf(cms.strapi).checkIns;
    const token = signLink(
      { purpose: 'concern', match: 'abcdefghij0123456789abcd', person: 'requester', expiresAt: Math.floor(Date.now() / 1000) + 3600 },
      secret,
    );
    const concern = await open(`${cms.url}/api/concerns/${token}?locale=en`);
    expect(concern.status).toBe(200);
    inSiteLayout(await concern.text(), 'en');

    const expired = signLink(
      { purpose: 'concern', match: 'abcdefghij0123456789abcd', person: 'requester', expiresAt: Math.floor(Date.now() / 1000) - 60 },
      secret,
    );
    const gone = await open(`${cms.url}/api/concerns/${expired}?locale=nl`);
    expect(gone.status).toBe(410);
    inSiteLayout(await gone.text(), 'nl');
  });
});
