import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSENT_VERSION, LOCALES, addDays, brusselsDay, routes, type Locale } from '@cb/domain';
import { PAGE_SHELL_MARKERS } from '@cb/domain/intake';
import { startCms, type TestCms } from './helpers/cms';
import { mailLinks } from './helpers/http';
import { MATCH_DEFAULTS, OFFER_DEFAULTS, PROPOSAL_DEFAULTS, REQUEST_DEFAULTS, SCREENED_TODAY } from './helpers/records';
import { configOf } from '../src/config';
import { awayUrl } from '../src/holiday-cover/links';
import { signLink, type LinkGrant } from '../src/check-ins/links';
import { milestoneUrl } from '../src/milestones/links';
import { planMilestones } from '../src/milestones';
import { pageText } from '../src/api/intake/pages/copy';

/**
 * The pages people reach from the links in their mails (the away page, the check-in's answer, the
 * concern, the status look-up, a project's milestones; what they post there, and a link that no
 * longer works) wear the site's own layout, read from the site's build as the intake's no-JS pages
 * read it (one source: cms/src/api/intake/pages/site-shell.ts), and the last page of each leads back
 * to the site's home in the person's language. A small site on loopback stands in for the built site:
 * it serves each locale's shell with the markers the CMS fills in. The CMS keeps a shell per locale for
 * minutes, so each case proves its own controller reads the layout when run alone (`-t 'status'`).
 */

let site: Server;
let siteUrl: string;
let cms: TestCms;
let counter = 0;
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

const reference = (prefix: string) => `CB-${prefix}${String(++counter).padStart(4, '0')}`;
const consented = () => ({ channel: 'phone' as const, consentVersion: CONSENT_VERSION, consentedAt: new Date().toISOString(), phone: '+32470000000' });

async function availableOffer(locale: Locale) {
  return cms.strapi.documents('api::help-offer.help-offer').create({
    data: {
      ...OFFER_DEFAULTS,
      ...SCREENED_TODAY,
      ...consented(),
      reference: reference('LO'),
      description: 'Wandelen.',
      contactName: 'Vrijwilliger',
      formLocale: locale,
      caseStatus: 'available',
    },
  });
}

/** A match between a request and an offer, as the check-in and concern links name it. */
async function match(locale: Locale): Promise<string> {
  const request = await cms.strapi.documents('api::help-request.help-request').create({
    data: {
      ...REQUEST_DEFAULTS,
      ...consented(),
      reference: reference('LR'),
      description: 'Wandelen.',
      contactName: 'Aanvrager',
      formLocale: locale,
      caseStatus: 'in-progress',
    },
  });
  const offer = await availableOffer(locale);
  const made = await cms.strapi.documents('api::match.match').create({
    data: { ...MATCH_DEFAULTS, helpRequest: request.documentId, helpOffer: offer.documentId },
  });
  return made.documentId;
}

/** A granted project with one planned milestone: its id and the link mailed to the applicant. */
async function grantedProject(locale: Locale): Promise<{ milestone: string; link: string }> {
  const proposal = await cms.strapi.documents('api::project-proposal.project-proposal').create({
    data: {
      ...PROPOSAL_DEFAULTS,
      ...consented(),
      reference: reference('LP'),
      projectCallDocumentId: 'layoutcall0123456789abcd',
      caseStatus: 'approved',
      grantedAmount: 3000,
      decidedAt: new Date().toISOString(),
      contactName: 'Marie Dubois',
      email: 'marie.layout@applicant.example.org',
      formLocale: locale,
      projectTitle: 'Soupe solidaire',
      description: 'Chaque dimanche, les voisins cuisinent ensemble une soupe.',
      targetGroup: 'Les voisins âgés qui vivent seuls',
      startDate: '2027-03-01',
      endDate: '2027-12-31',
      requestedAmount: 3000,
    },
  });
  const [planned] = await planMilestones(cms.strapi, proposal.documentId, [{ plannedOn: '2099-06-01', what: 'Première soupe' }]);
  return { milestone: planned?.documentId ?? '', link: milestoneUrl(cms.strapi, proposal.documentId, locale) };
}

const signed = (grant: Omit<LinkGrant, 'expiresAt'>, inSeconds = 3600) =>
  signLink({ ...grant, expiresAt: Math.floor(Date.now() / 1000) + inSeconds }, configOf(cms.strapi).checkIns.secret);

interface LinkPage {
  name: string;
  locale: Locale;
  status: number;
  /** The last page of its way: a thank-you, an answer, a link that cannot be used. It leads back home. */
  last: boolean;
  reach(): Promise<Response>;
}

const today = () => brusselsDay(new Date());

/** Every page a link in a mail leads to, and every page posting there leads to. */
const LINK_PAGES: LinkPage[] = [
  {
    name: 'the away page',
    locale: 'fr',
    status: 200,
    last: false,
    reach: async () => open(awayUrl(cms.strapi, (await availableOffer('fr')).documentId, 'fr')),
  },
  {
    name: 'the away page’s thank-you',
    locale: 'nl',
    status: 200,
    last: true,
    reach: async () =>
      post(awayUrl(cms.strapi, (await availableOffer('nl')).documentId, 'nl'), { locale: 'nl', awayFrom: today(), awayUntil: addDays(today(), 3) }),
  },
  {
    name: 'an away link that no longer works',
    locale: 'en',
    status: 410,
    last: true,
    reach: async () => open(awayUrl(cms.strapi, (await availableOffer('en')).documentId, 'en', new Date(Date.now() - 400 * 24 * 3_600_000))),
  },
  {
    name: 'the check-in’s answer page',
    locale: 'fr',
    status: 200,
    last: false,
    reach: async () =>
      open(`${cms.url}/api/check-ins/${signed({ purpose: 'check-in', match: await match('fr'), person: 'requester', checkIn: 7 })}?answer=call-me&locale=fr`),
  },
  {
    name: 'the check-in’s answer, sent',
    locale: 'fr',
    status: 200,
    last: true,
    reach: async () =>
      post(`${cms.url}/api/check-ins/${signed({ purpose: 'check-in', match: await match('fr'), person: 'volunteer', checkIn: 7 })}?locale=fr`, {
        locale: 'fr',
        answer: 'call-me',
      }),
  },
  {
    name: 'a check-in link that no longer works',
    locale: 'nl',
    status: 410,
    last: true,
    reach: async () =>
      open(
        `${cms.url}/api/check-ins/${signed({ purpose: 'check-in', match: await match('nl'), person: 'requester', checkIn: 7 }, -60)}?answer=going-well&locale=nl`,
      ),
  },
  {
    name: 'the concern page',
    locale: 'en',
    status: 200,
    last: false,
    reach: async () => open(`${cms.url}/api/concerns/${signed({ purpose: 'concern', match: await match('en'), person: 'requester' })}?locale=en`),
  },
  {
    name: 'the concern, reported',
    locale: 'nl',
    status: 200,
    last: true,
    reach: async () =>
      post(`${cms.url}/api/concerns/${signed({ purpose: 'concern', match: await match('nl'), person: 'volunteer' })}?locale=nl`, {
        locale: 'nl',
        text: 'Het klikt niet.',
      }),
  },
  {
    name: 'a concern link that no longer works',
    locale: 'nl',
    status: 410,
    last: true,
    reach: async () => open(`${cms.url}/api/concerns/${signed({ purpose: 'concern', match: await match('nl'), person: 'requester' }, -60)}?locale=nl`),
  },
  {
    name: 'the status look-up’s answer (the confirmation mail’s link leads to its form)',
    locale: 'fr',
    status: 200,
    last: true,
    reach: () => post(`${cms.url}/api/request-status?locale=fr`, { locale: 'fr', reference: 'CB-7KQ4M2', check: '0000' }),
  },
  { name: 'a project’s milestones page', locale: 'fr', status: 200, last: false, reach: async () => open((await grantedProject('fr')).link) },
  {
    name: 'a project’s milestone, reported',
    locale: 'en',
    status: 200,
    last: true,
    reach: async () => {
      const { milestone, link } = await grantedProject('en');
      return post(link, { locale: 'en', milestone, done: 'on', report: 'Twenty neighbours came.' });
    },
  },
];

describe('the pages behind the links in mails', () => {
  it.each(LINK_PAGES)('$name is in the site’s layout in its language, and leads home if it ends the way', async (page) => {
    const response = await page.reach();
    const body = await response.text();
    expect(response.status, body).toBe(page.status);
    expect(body).toContain(`Connecting Brussels site header (${page.locale})`);
    expect(body).toContain('site footer');
    for (const marker of Object.values(PAGE_SHELL_MARKERS)) expect(body).not.toContain(marker);
    const home = `<a href="${routes.home(page.locale)}">${pageText('toHome', page.locale)}</a>`;
    if (page.last) expect(body).toContain(home);
  });
});
