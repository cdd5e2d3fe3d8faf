import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { routes } from '@cb/domain';
import { thankYouCopy } from '@cb/domain/intake';
import { sharedCms, type SharedCms } from '../helpers/cms';

/**
 * The forms work without JavaScript: a plain form post (urlencoded or multipart) from a browser
 * is answered with a 303 to a thank-you page, or to the whole form again with the messages and
 * the typed values kept on the server, never in the URL.
 */

let cms: SharedCms;
let openCall = '';

const DAY = 24 * 60 * 60 * 1000;

beforeAll(async () => {
  cms = await sharedCms();
  const call = await cms.strapi.documents('api::project-call.project-call').create({
    locale: 'nl',
    status: 'published',
    data: {
      title: 'Oproep zonder JavaScript',
      slug: 'oproep-zonder-javascript',
      summary: 'Een oproep.',
      body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Dien je project in.' }] }],
      totalBudget: 100000,
      maxPerProject: 5000,
      opensOn: new Date(Date.now() - 10 * DAY).toISOString().slice(0, 10),
      deadline: new Date(Date.now() + 30 * DAY).toISOString(),
    },
  });
  openCall = call.documentId;
});
afterAll(async () => {
  await cms?.stop();
});

const BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

/** As a browser without JavaScript posts a form: it follows no redirect here, the test does. */
function postForm(formPath: string, body: URLSearchParams | FormData, locale = 'fr') {
  return fetch(`${cms.url}/api/intake/${formPath}?locale=${locale}`, { method: 'POST', headers: { accept: BROWSER_ACCEPT }, body, redirect: 'manual' });
}

async function follow(response: Response): Promise<{ location: string; page: Response; html: string }> {
  expect(response.status).toBe(303);
  const location = response.headers.get('location') ?? '';
  expect(location.startsWith('/api/intake/')).toBe(true);
  const page = await fetch(`${cms.url}${location}`, { headers: { accept: BROWSER_ACCEPT } });
  return { location, page, html: await page.text() };
}

const helpRequestFields = (): [string, string][] => [
  ['locale', 'fr'],
  ['forWhom', 'someone-else'],
  ['beneficiaryName', 'Marcel Dupont'],
  ['contactName', 'Josiane Leclercq'],
  ['phone', '02 555 44 33'],
  ['categories', 'walking'],
  ['categories', 'chat'],
  ['description', 'Mon voisin aimerait se promener le mardi.'],
  ['municipality', 'uccle'],
  ['languages', 'fr'],
  ['languages', 'nl'],
  ['consent', 'on'],
  ['website', ''],
];

const requests = () => cms.strapi.documents('api::help-request.help-request');

describe('a help request posted without JavaScript', () => {
  it('is stored once with repeated fields as lists, and answered with a localized thank-you page showing the reference', async () => {
    const { location, page, html } = await follow(await postForm('help-requests', new URLSearchParams(helpRequestFields())));
    const reference = new URL(location, cms.url).searchParams.get('reference') ?? '';
    expect(location).toMatch(/^\/api\/intake\/thank-you\/help-requests\?locale=fr&reference=CB-[2-9A-HJ-NP-Z]{6}$/);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(html).toContain('<html lang="fr-BE">');
    expect(html).toContain(`<p class="reference">${reference}</p>`);
    expect(html).toContain('Merci, nous avons reçu votre demande');
    expect(html).toContain(`href="${routes.home('fr')}"`);
    expect(html).not.toMatch(/<script|<link|src=/);

    const stored = await requests().findMany({ filters: { reference }, populate: ['categories', 'languages', 'municipality'] });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ contactName: 'Josiane Leclercq', beneficiaryName: 'Marcel Dupont', channel: 'web', formLocale: 'fr' });
    expect(stored[0]?.categories?.map((term) => term.code).sort()).toEqual(['chat', 'walking']);
    expect(stored[0]?.languages?.map((term) => term.code).sort()).toEqual(['fr', 'nl']);
  });

  it('says a confirmation mail is on its way only when an email address was given, in every language of the page', async () => {
    const withPhoneOnly = await follow(await postForm('help-requests', new URLSearchParams(helpRequestFields())));
    expect(withPhoneOnly.html).not.toContain(thankYouCopy('help-request', 'fr', '').confirmationSent);

    const fields = helpRequestFields().map(([name, value]): [string, string] => (name === 'description' ? [name, 'Avec une adresse.'] : [name, value]));
    fields.push(['email', 'josiane@example.be']);
    const withAddress = await follow(await postForm('help-requests', new URLSearchParams(fields)));
    expect(withAddress.location).toMatch(/&mail=1$/);
    expect(withAddress.location).not.toContain('example');
    expect(withAddress.html).toContain(thankYouCopy('help-request', 'fr', '').confirmationSent);
    // The language links lead to the same thank-you, which says it too.
    const dutch = await (await fetch(`${cms.url}${withAddress.location.replace('locale=fr', 'locale=nl')}`, { headers: { accept: BROWSER_ACCEPT } })).text();
    expect(dutch).toContain(thankYouCopy('help-request', 'nl', '').confirmationSent);
  });

  it('writes French as French is written: a no-break space before the colon of its labels and titles', async () => {
    const fields = helpRequestFields().filter(([name]) => name !== 'consent');
    fields.push(['email', 'josiane@example']);
    const { html } = await follow(await postForm('help-requests', new URLSearchParams(fields)));
    expect(html).toContain('<title>Erreur\u00a0: ');
    expect(html).toMatch(/Adresse e-mail\u00a0: /);
    expect(html).not.toMatch(/[^\s\u00a0]: /);
  });

  it('posted twice (a double click) is stored once and thanked with the same reference', async () => {
    const fields = helpRequestFields().map(([name, value]): [string, string] =>
      name === 'description' ? [name, 'Un double clic sans JavaScript.'] : [name, value],
    );
    const first = (await postForm('help-requests', new URLSearchParams(fields))).headers.get('location');
    const second = (await postForm('help-requests', new URLSearchParams(fields))).headers.get('location');
    expect(second).toBe(first);
  });

  it('that needs another look comes back as the whole form, with the messages tied to the fields and the values kept, escaped', async () => {
    const before = await requests().count({});
    const hostile = '"><script>alert(1)</script>';
    const fields = helpRequestFields()
      .filter(([name]) => name !== 'consent' && name !== 'phone')
      .map(([name, value]): [string, string] => (name === 'contactName' ? [name, hostile] : name === 'locale' ? [name, 'en'] : [name, value]));
    fields.push(['email', 'josiane@example']);
    const response = await postForm('help-requests', new URLSearchParams(fields), 'en');
    const { location, page, html } = await follow(response);

    expect(location).toMatch(/^\/api\/intake\/help-requests\/attempts\/[A-Za-z0-9_-]{32}$/);
    expect(location).not.toContain('example');
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-store');
    expect(page.headers.get('referrer-policy')).toBe('same-origin');
    expect(html).toContain('<html lang="en">');
    expect(html).toMatch(/<title>Error: /);
    // The error summary links to each field that needs another look.
    expect(html).toContain('href="#help-request-email"');
    expect(html).toContain('href="#help-request-consent"');
    expect(html).toContain('This email address is not quite right');
    expect(html).toContain('Please tick this box');
    // Each field's message is tied to it, and the field is marked invalid.
    expect(html).toMatch(
      /<input type="email" id="help-request-email" name="email" aria-invalid="true" aria-describedby="help-request-email-error" value="josiane@example"/,
    );
    expect(html).toMatch(/<p class="field-error" id="help-request-email-error">/);
    // The values typed are kept, hostile ones escaped.
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(html).toMatch(/id="help-request-categories-walking" name="categories" value="walking" checked/);
    expect(html).toMatch(/<option value="uccle" selected>/);
    expect(html).toContain('Mon voisin aimerait se promener le mardi.');
    // It posts to the same action, as a form without JavaScript.
    expect(html).toContain('<form class="intake-form" method="post" action="/api/intake/help-requests?locale=en" enctype="application/x-www-form-urlencoded"');
    expect(html).not.toMatch(/<script|<link|src=/);
    expect(await requests().count({})).toBe(before);
  });

  it('corrected on that page and sent again, is stored and thanked', async () => {
    const response = await postForm('help-requests', new URLSearchParams([...helpRequestFields(), ['idempotencyKey', 'corrected-after-errors-1']]), 'nl');
    const { location } = await follow(response);
    expect(location).toContain('/api/intake/thank-you/help-requests?locale=fr&reference=CB-');
  });

  it('an unknown or expired attempt is a localized page that leads to the site’s form', async () => {
    const response = await fetch(`${cms.url}/api/intake/help-offers/attempts/${'A'.repeat(32)}?locale=nl`);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('<html lang="nl-BE">');
    expect(html).toContain('Deze pagina is niet meer beschikbaar');
    expect(html).toContain(`href="${routes.form('nl', 'offer-help')}"`);
  });

  it('a bot that fills the hidden field is thanked and nothing is stored', async () => {
    const before = await requests().count({});
    const fields = helpRequestFields().map(([name, value]): [string, string] => (name === 'website' ? [name, 'http://spam.example'] : [name, value]));
    const { page } = await follow(await postForm('help-requests', new URLSearchParams(fields)));
    expect(page.status).toBe(200);
    expect(await requests().count({})).toBe(before);
  });

  it('too large is answered with a localized page, not a redirect', async () => {
    const response = await postForm('help-requests', new URLSearchParams([...helpRequestFields(), ['availability', 'z'.repeat(70 * 1024)]]), 'nl');
    expect(response.status).toBe(413);
    const html = await response.text();
    expect(html).toContain('<html lang="nl-BE">');
    expect(html).toContain('Dit is te veel tekst om in één keer te versturen.');
    expect(html).toContain(`href="${routes.form('nl', 'ask-for-help')}"`);
  });
});

describe('a project proposal posted without JavaScript (multipart, with attachments)', () => {
  const PDF = new Uint8Array([...Buffer.from('%PDF-1.4\n% a small test file\n%%EOF\n')]);

  function proposalForm(overrides: Record<string, string> = {}): FormData {
    const fields: Record<string, string> = {
      locale: 'nl',
      projectCallDocumentId: openCall,
      applicantType: 'person',
      contactName: 'Fatima El Amrani',
      email: 'fatima@example.org',
      projectTitle: 'Soep op zondag',
      description: 'Elke zondag koken we soep met en voor de buurt.',
      targetGroup: 'Alleenstaande ouderen',
      startDate: '2027-03-01',
      endDate: '2027-09-30',
      requestedAmount: '2.500',
      'budgetLines[0][label]': 'Ingrediënten',
      'budgetLines[0][amount]': '1500',
      'budgetLines[1][label]': 'Potten en pannen',
      'budgetLines[1][amount]': '1000,00',
      consent: 'on',
      ...overrides,
    };
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.append(name, value);
    body.append('municipalities', 'schaerbeek');
    body.append('attachments', new Blob([PDF], { type: 'application/pdf' }), 'begroting.pdf');
    return body;
  }

  it('is stored with its budget lines and its attachment, and thanked', async () => {
    const { location, html } = await follow(await postForm('project-proposals', proposalForm(), 'nl'));
    expect(location).toMatch(/^\/api\/intake\/thank-you\/project-proposals\?locale=nl&reference=CB-/);
    expect(html).toContain('Bedankt, we hebben je project ontvangen');
    const reference = new URL(location, cms.url).searchParams.get('reference') ?? '';
    const [stored] = await cms.strapi.documents('api::project-proposal.project-proposal').findMany({ filters: { reference }, populate: '*' });
    expect(stored).toMatchObject({ projectTitle: 'Soep op zondag', requestedAmount: 2500 });
    expect(JSON.stringify(stored?.budgetLines)).toContain('Potten en pannen');
    expect(JSON.stringify(stored?.attachments)).toContain('application/pdf');
  });

  it('posted twice with the same files (a double click) is stored once', async () => {
    const form = () => proposalForm({ projectTitle: 'Twee keer geklikt' });
    const first = (await postForm('project-proposals', form(), 'nl')).headers.get('location');
    const second = (await postForm('project-proposals', form(), 'nl')).headers.get('location');
    expect(first).toContain('reference=CB-');
    expect(second).toBe(first);
    expect(await cms.strapi.documents('api::project-proposal.project-proposal').count({ filters: { projectTitle: 'Twee keer geklikt' } })).toBe(1);
  });

  it('that needs another look comes back with the budget lines kept and a word that files must be added again', async () => {
    const { html } = await follow(await postForm('project-proposals', proposalForm({ requestedAmount: '9000', 'budgetLines[1][amount]': 'veel' }), 'nl'));
    expect(html).toContain('De bestanden die je toevoegde, konden we niet bewaren. Voeg ze opnieuw toe.');
    expect(html).toContain('value="Potten en pannen"');
    expect(html).toContain('value="veel"');
    expect(html).toContain('href="#project-proposal-budgetLines-1-amount"');
    expect(html).toMatch(/id="project-proposal-budgetLines-1-amount" name="budgetLines\[1\]\[amount\]" value="veel" inputmode="decimal" aria-invalid="true"/);
    expect(html).toContain('enctype="multipart/form-data"');
    expect(html).toContain(`name="projectCallDocumentId" value="${openCall}"`);
  });

  it('with a file over 10 MB comes back with the values kept and a word about the size, never a bare error', async () => {
    const body = proposalForm();
    body.append('attachments', new Blob([new Uint8Array(11 * 1024 * 1024)], { type: 'application/pdf' }), 'te-groot.pdf');
    const { page, html } = await follow(await postForm('project-proposals', body, 'nl'));
    expect(page.status).toBe(200);
    expect(html).toContain('De bijlagen zijn te groot. Stuur hoogstens 5 bestanden van elk hoogstens 10 MB (30 MB samen).');
    expect(html).toContain('href="#project-proposal-attachments"');
    expect(html).toContain('value="Soep op zondag"');
  });
});
