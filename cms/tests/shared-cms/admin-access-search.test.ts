import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedCms, type TestCms } from '../helpers/cms';
import { customRoleToken } from '../helpers/admin-roles';
import { staffFetch, staffToken, superAdminToken } from '../helpers/staff';
import { MATCH_DEFAULTS, OFFER_DEFAULTS, REQUEST_DEFAULTS, STORY_SUBMISSION_DEFAULTS } from '../helpers/records';
import { parseJson } from '../helpers/http';

/**
 * Issue 10, item 1: search, sort and filter run only over fields the caller may read. An editor
 * reads story submissions without contact details; whatever they ask, a right guess of a hidden
 * value gets exactly the answer a wrong guess gets.
 */

const STORY = 'api::story-submission.story-submission';
const REQUEST = 'api::help-request.help-request';
const OFFER = 'api::help-offer.help-offer';
const MATCH = 'api::match.match';

const HIDDEN = { contactName: 'Zoë Verborgen', email: 'zoe.verborgen@example.org', phone: '+32 2 555 12 34' };
const OTHER = { contactName: 'Adam Ander', email: 'adam.ander@example.org', phone: '+32 2 555 98 76' };
/** Guesses about the hidden story's contact details: whole values and parts. */
const RIGHT_GUESSES = [HIDDEN.email, 'zoe.verborgen', 'verborgen@', HIDDEN.phone, '555 12', 'Zoë', 'Verborgen'];
const WRONG_GUESSES = ['nobody@example.org', 'qqq.wrong', 'wrong@', '+32 2 000 00 00', '000 00', 'Xavier', 'Onbekend'];

let cms: TestCms;
const tokens = { editor: '', backOffice: '', superAdmin: '', matchReader: '', workspaceOnly: '' };
const refs = { hidden: '', other: '', request: '' };

const base = `/content-manager/collection-types/${STORY}`;
/** The shared CMS holds other files' story submissions too: a list whose results are compared holds only this file's. */
const OWN_ONLY = 'filters[reference][$startsWith]=CB-SRCH-';
const ownStories = (params: string) => `${base}?${OWN_ONLY}&${params}`;
const ownSearch = (term: string) => ownStories(new URLSearchParams({ _q: term }).toString());

beforeAll(async () => {
  cms = await sharedCms();
  const consent = { consentVersion: '2026-11', consentedAt: new Date().toISOString() };
  for (const [key, contact, title] of [
    ['hidden', HIDDEN, 'Soep in de gang'],
    ['other', OTHER, 'Tuin op het dak'],
  ] as const) {
    refs[key] = `CB-SRCH-${key === 'hidden' ? 'A' : 'B'}`;
    await cms.strapi
      .documents(STORY)
      .create({ data: { ...STORY_SUBMISSION_DEFAULTS, reference: refs[key], ...consent, ...contact, title, text: 'Een verhaal uit de buurt.' } });
  }
  const request = await cms.strapi.documents(REQUEST).create({
    data: { ...REQUEST_DEFAULTS, reference: 'CB-SRCH-R', ...consent, ...HIDDEN, description: 'Boodschappen doen.' },
  });
  refs.request = request.documentId;
  await cms.strapi.documents(OFFER).create({ data: { ...OFFER_DEFAULTS, reference: 'CB-SRCH-O', ...consent, ...OTHER, description: 'Ik help graag.' } });
  await cms.strapi.documents(MATCH).create({ data: { ...MATCH_DEFAULTS, helpRequest: request.documentId } });

  tokens.editor = await staffToken(cms, 'editor');
  tokens.backOffice = await staffToken(cms, 'backOffice');
  tokens.superAdmin = await superAdminToken(cms);
  // Roles an administrator could make: matches whole, requests without contact details.
  tokens.matchReader = await customRoleToken(cms, 'match-reader', [{ uid: MATCH }, { uid: REQUEST, fields: ['reference', 'caseStatus', 'description'] }]);
  tokens.workspaceOnly = await customRoleToken(
    cms,
    'workspace-only',
    [
      { uid: OFFER, fields: ['reference', 'caseStatus'] },
      { uid: REQUEST, fields: ['reference'] },
    ],
    ['plugin::back-office.use'],
  );
});
afterAll(async () => cms?.stop());

interface Answer {
  status: number;
  text: string;
}

async function ask(who: keyof typeof tokens, path: string, init: { method?: string; body?: unknown } = {}): Promise<Answer> {
  const response = await staffFetch(cms, tokens[who])(path, init);
  return { status: response.status, text: await response.text() };
}

const referencesIn = (answer: Answer) =>
  parseJson(answer.text, z.looseObject({ results: z.array(z.looseObject({ reference: z.string() })) })).results.map((row) => row.reference);
const query = (params: Record<string, string>) => `?${new URLSearchParams(params).toString()}`;

/** The answers to a right and a wrong guess are the same, byte for byte, and neither repeats the guess. */
async function expectNoOracle(who: keyof typeof tokens, pathOf: (guess: string) => string, right: string, wrong: string): Promise<Answer> {
  const [rightAnswer, wrongAnswer] = [await ask(who, pathOf(right)), await ask(who, pathOf(wrong))];
  expect(rightAnswer.status, pathOf(right)).toBeLessThan(500);
  expect(rightAnswer, pathOf(right)).toEqual({ ...wrongAnswer });
  expect(rightAnswer.text).not.toContain(right);
  return rightAnswer;
}

describe('an editor searching story submissions', () => {
  it('finds them by what editors read (title, text, reference)', async () => {
    expect(referencesIn(await ask('editor', ownSearch('soep')))).toEqual([refs.hidden]);
    expect(referencesIn(await ask('editor', ownSearch('Tuin op')))).toEqual([refs.other]);
    expect(referencesIn(await ask('editor', ownSearch('CB-SRCH-A')))).toEqual([refs.hidden]);
  });

  it('learns nothing from a search for a contact detail: a right guess answers like a wrong one', async () => {
    for (const [index, right] of RIGHT_GUESSES.entries()) {
      const answer = await expectNoOracle('editor', ownSearch, right, WRONG_GUESSES[index]!);
      expect(referencesIn(answer)).toEqual([]);
    }
  });
});

describe('an editor sorting story submissions', () => {
  const hiddenSorts = ['email', 'phone', 'contactName', 'idempotencyKey', 'staffNotes', 'consentVersion'].flatMap((field) => [
    `sort=${field}:asc`,
    `sort=${field}:desc`,
    `sort=${field}`,
    `sort=title:asc,${field}:desc`,
    `sort[0]=${field}:desc`,
    `sort[0]=title:asc&sort[1]=${field}:DESC`,
    `sort[${field}]=desc`,
    `sort[0][${field}]=asc`,
    `sort=${encodeURIComponent(` ${field} : asc `)}`,
  ]);

  it('cannot sort by a hidden field in any shape: refused, the same answer either way', async () => {
    for (const sort of hiddenSorts) {
      const ascending = await ask('editor', `${base}?${sort}`);
      expect(ascending.status, sort).toBe(400);
      expect(ascending.text).toContain('Search, sort and filter only on fields you may read');
      expect(await ask('editor', `${base}?${sort.replace(/asc/gi, 'desc')}`)).toEqual(ascending);
    }
  });

  it('cannot sort through the bulk validation route either', async () => {
    const documentIds = (await cms.strapi.db.query(STORY).findMany({ select: ['documentId'], where: { reference: { $startsWith: 'CB-SRCH-' } } })).map(
      (row: { documentId: string }) => row.documentId,
    );
    for (const sort of ['email:asc', 'email:desc', ['phone:asc'], { contactName: 'desc' }]) {
      const answer = await ask('editor', `${base}/actions/bulkFindForValidation`, { method: 'POST', body: { documentIds, sort } });
      expect(answer.status, JSON.stringify(sort)).toBe(400);
      expect(answer.text).not.toContain(HIDDEN.email);
    }
  });

  it('still sorts by the fields editors read', async () => {
    expect(referencesIn(await ask('editor', ownStories('sort=title:desc')))).toEqual([refs.other, refs.hidden]);
    expect(referencesIn(await ask('editor', ownStories('sort[0]=title:asc')))).toEqual([refs.hidden, refs.other]);
  });
});

const OPERATORS: [string, (guess: string) => Record<string, string>][] = [
  ...[
    '$eq',
    '$eqi',
    '$ne',
    '$nei',
    '$lt',
    '$lte',
    '$gt',
    '$gte',
    '$contains',
    '$notContains',
    '$containsi',
    '$notContainsi',
    '$startsWith',
    '$startsWithi',
    '$endsWith',
    '$endsWithi',
  ].map((operator): [string, (guess: string) => Record<string, string>] => [operator, (guess) => ({ [`[${operator}]`]: guess })]),
  ['$in', (guess) => ({ '[$in][0]': guess })],
  ['$notIn', (guess) => ({ '[$notIn][0]': guess })],
  ['$between', (guess) => ({ '[$between][0]': guess, '[$between][1]': `${guess}z` })],
  ['$null', (guess) => ({ '[$null]': guess === HIDDEN.email ? 'true' : 'false' })],
  ['$notNull', (guess) => ({ '[$notNull]': guess === HIDDEN.email ? 'true' : 'false' })],
  ['plain value', (guess) => ({ '': guess })],
];

/** Where a condition on a field can sit in a filter. */
const NESTINGS: [string, (field: string) => string][] = [
  ['top level', (field) => `filters[${field}]`],
  ['$or', (field) => `filters[$or][0][${field}]`],
  ['$and in $or', (field) => `filters[$and][0][$or][1][${field}]`],
  ['$not', (field) => `filters[$not][${field}]`],
  ['$not on the field', (field) => `filters[${field}][$not]`],
  ['beside a readable field', (field) => `filters[$and][0][title][$notNull]=true&filters[$and][1][${field}]`],
];

function filterQuery(nesting: (field: string) => string, field: string, condition: Record<string, string>): string {
  const prefix = nesting(field);
  return Object.entries(condition)
    .map(([suffix, value]) => `${prefix}${suffix}=${encodeURIComponent(value)}`)
    .join('&');
}

describe('an editor filtering story submissions', () => {
  it('cannot filter on a hidden field with any operator or nesting: refused, the same answer for a right and a wrong guess', async () => {
    for (const field of ['email', 'phone', 'contactName']) {
      const right = HIDDEN[field as keyof typeof HIDDEN];
      for (const [operator, condition] of OPERATORS) {
        for (const [where, nesting] of NESTINGS) {
          const answer = await expectNoOracle('editor', (guess) => `${base}?${filterQuery(nesting, field, condition(guess))}`, right, `${right}-wrong`);
          expect(answer.status, `${field} ${operator} ${where}`).toBe(400);
        }
      }
    }
  });

  it('still filters on the fields editors read', async () => {
    expect(referencesIn(await ask('editor', ownStories('filters[title][$containsi]=soep')))).toEqual([refs.hidden]);
    expect(referencesIn(await ask('editor', ownStories('filters[$or][0][title][$eq]=Tuin%20op%20het%20dak&filters[$or][1][reference][$eq]=nothing')))).toEqual([
      refs.other,
    ]);
  });
});

describe('an editor filtering by who created or changed a record', () => {
  const hiddenCreatorFields = ['password', 'resetPasswordToken', 'registrationToken'];
  const creatorNestings: [string, (creator: string, field: string) => string][] = [
    ['$or', (creator, field) => `filters[${creator}][$or][0][${field}][$startsWith]=$2`],
    ['$and in $or', (creator, field) => `filters[${creator}][$and][0][$or][1][${field}][$notNull]=true`],
    ['$not in $and', (creator, field) => `filters[${creator}][$and][0][$not][${field}][$null]=false`],
    ['$or beside a shown field', (creator, field) => `filters[${creator}][$or][0][firstname][$eq]=x&filters[${creator}][$or][1][${field}][$startsWith]=$2`],
  ];

  it("cannot reach a staff member's hidden fields through $or, $and or $not: refused with 400", async () => {
    for (const creator of ['createdBy', 'updatedBy']) {
      for (const field of hiddenCreatorFields) {
        for (const [where, nesting] of creatorNestings) {
          const answer = await ask('editor', `${base}?${nesting(creator, field)}`);
          expect(answer.status, `${creator} ${field} ${where}`).toBe(400);
          expect(answer.text).not.toContain('$2');
        }
      }
    }
  });

  it("still filters by the creator's shown fields inside $or", async () => {
    const answer = await ask('editor', `${base}?filters[createdBy][$or][0][firstname][$eq]=nobody&filters[createdBy][$or][1][id][$null]=true`);
    expect(answer.status, answer.text.slice(0, 300)).toBe(200);
  });
});

describe('staff who may read every field', () => {
  it.each(['backOffice', 'superAdmin'] as const)('%s still searches, sorts and filters on contact details', async (who) => {
    expect(referencesIn(await ask(who, ownSearch(HIDDEN.email)))).toEqual([refs.hidden]);
    expect(referencesIn(await ask(who, ownStories('sort=email:asc')))).toEqual([refs.other, refs.hidden]);
    expect(referencesIn(await ask(who, ownStories('sort[0][email]=desc')))).toEqual([refs.hidden, refs.other]);
    expect(referencesIn(await ask(who, ownStories('filters[$or][0][phone][$contains]=555%2012')))).toEqual([refs.hidden]);
  });
});

describe('a role that reads matches but not the requester’s contact details', () => {
  const matches = `/content-manager/collection-types/${MATCH}`;

  it('cannot filter, sort or populate matches by the requester’s hidden fields', async () => {
    const paths = [
      (guess: string) => `${matches}?filters[helpRequest][email][$eq]=${encodeURIComponent(guess)}`,
      (guess: string) => `${matches}?filters[$or][0][helpRequest][phone][$startsWith]=${encodeURIComponent(guess)}`,
      (guess: string) => `${matches}?filters[helpRequest][$and][0][contactName][$eqi]=${encodeURIComponent(guess)}`,
      (guess: string) => `${matches}?populate[helpRequest][filters][email][$eq]=${encodeURIComponent(guess)}`,
      (guess: string) => `${matches}?sort=helpRequest.email:asc&x=${encodeURIComponent(guess)}`,
      (guess: string) => `${matches}?sort[helpRequest][email]=asc&x=${encodeURIComponent(guess)}`,
      (guess: string) => `/content-manager/relations/${MATCH}/helpRequest?filters[email][$eq]=${encodeURIComponent(guess)}`,
      (guess: string) => `/content-manager/relations/${MATCH}/helpRequest?sort=phone:asc&x=${encodeURIComponent(guess)}`,
    ];
    for (const pathOf of paths) {
      const answer = await expectNoOracle('matchReader', pathOf, HIDDEN.email, 'nobody@example.org');
      expect(answer.status, pathOf('')).toBe(400);
    }
  });

  it('gets the same answer from the relation search for a right and a wrong guess', async () => {
    for (const [right, wrong] of [
      [HIDDEN.email, 'nobody@example.org'],
      ['Zoë', 'Xavier'],
    ] as const) {
      await expectNoOracle('matchReader', (guess) => `/content-manager/relations/${MATCH}/helpRequest${query({ _q: guess })}`, right, wrong);
    }
  });

  it('still filters matches by what it reads of the request', async () => {
    const answer = await ask('matchReader', `${matches}?filters[helpRequest][reference][$eq]=CB-SRCH-R`);
    expect(answer.status).toBe(200);
    expect(parseJson(answer.text, z.looseObject({ pagination: z.looseObject({ total: z.number() }) })).pagination.total).toBe(1);
  });
});

describe('the back-office workspace', () => {
  it('searches offers by name for the back office', async () => {
    const answer = await ask('backOffice', `/back-office/search${query({ q: 'Adam' })}`);
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('CB-SRCH-O');
  });

  it('refuses a role given the workspace but not the whole records it searches and filters', async () => {
    for (const path of [
      '/back-office/search?q=Adam',
      '/back-office/search?q=nobody',
      '/back-office/requests',
      '/back-office/requests?status=new',
      `/back-office/requests/${refs.request}`,
    ]) {
      const answer = await ask('workspaceOnly', path);
      expect(answer.status, path).toBe(403);
      expect(answer.text).not.toContain('CB-SRCH');
    }
  });
});
