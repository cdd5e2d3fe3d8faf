import { describe, expect, it } from 'vitest';
import { CmsApiError, cmsActivityTimeSchema, documentStamp, fieldPath, parseDocument, populateParams, publishedStamps } from '../src/cms-api/index.js';

const organisation = {
  id: 7,
  documentId: 'org1',
  locale: 'fr',
  publishedAt: '2026-10-01T10:00:00.000Z',
  updatedAt: '2026-10-01T10:00:00.000Z',
  name: 'Maison de quartier',
  slug: 'maison-de-quartier',
  summary: 'Un café, une causette.',
  description: [],
  municipality: { code: 'jette' },
  email: 'info@maison.example',
};

describe('the CMS API client, its pure parts', () => {
  it('asks for every relation a reader uses, and only the fields it reads', () => {
    expect(populateParams('initiative')).toEqual(
      expect.arrayContaining([
        ['populate[organisation][fields][0]', 'name'],
        ['populate[organisation][fields][1]', 'slug'],
        ['populate[image][fields][3]', 'mime'],
        ['populate[categories][fields][0]', 'code'],
      ]),
    );
    expect(populateParams('project-call')).toEqual([
      ['populate[criteria]', 'true'],
      ['populate[faq]', 'true'],
    ]);
    expect(populateParams('page')).toEqual([]);
  });

  it('parses a document into what readers use: codes for terms, unknown keys dropped', () => {
    const parsed = parseDocument('organisation', { ...organisation, staffNotes: 'private' }, 'fr');
    expect(parsed.problems).toBeUndefined();
    expect(parsed.document).toMatchObject({ documentId: 'org1', municipality: 'jette', email: 'info@maison.example' });
    expect(parsed.document).not.toHaveProperty('staffNotes');
  });

  it('names the field of each problem, never its value, and refuses a document of another locale', () => {
    const invalid = parseDocument('organisation', { ...organisation, email: 'marie@@example.org', municipality: { code: 'atlantis' } }, 'fr');
    expect(invalid.problems?.map((problem) => problem.field)).toEqual(['municipality.code', 'email']);
    expect(JSON.stringify(invalid.problems)).not.toContain('marie');
    expect(JSON.stringify(invalid.problems)).not.toContain('atlantis');
    expect(parseDocument('organisation', organisation, 'nl').problems).toEqual([
      { type: 'organisation', documentId: 'org1', slug: 'maison-de-quartier', locale: 'nl', field: 'locale', message: 'is "fr", expected "nl"', rule: 'other' },
    ]);
  });

  it('lists the problems of many documents in one error', () => {
    const error = CmsApiError.invalidContent([
      { type: 'story', documentId: 'abc', slug: 'soupe', locale: 'fr', field: 'body[2].children[0].url', message: 'is not a link', rule: 'link' },
      { type: 'story', documentId: undefined, locale: 'nl', field: fieldPath([]), message: 'is missing', rule: 'required' },
    ]);
    expect(error.failure).toBe('invalid-content');
    expect(error.message).toBe(
      'The CMS sent content the site cannot use (2 problems):\n  - story "abc" (fr), field "body[2].children[0].url": is not a link (slug "soupe")\n  - story without a documentId (nl), field "(the whole document)": is missing',
    );
  });

  it("reads an initiative's dates and hours as Strapi sends them, and names what is wrong in them", () => {
    const sent = { id: 3, repeats: 'monthly', date: '2027-01-01', until: null, weekday: 'monday', weekOfMonth: 'first', everyWeeks: null };
    const parsed = cmsActivityTimeSchema.safeParse({
      ...sent,
      startTime: '14:00:00.000',
      endTime: '16:30:00.000',
      skipHolidays: null,
      skipDates: '24/12/2027',
    });
    expect(parsed.data).toEqual({
      repeats: 'monthly',
      date: '2027-01-01',
      weekday: 'monday',
      weekOfMonth: 'first',
      everyWeeks: 1,
      startTime: '14:00',
      endTime: '16:30',
      skipHolidays: true,
      skipDays: ['2027-12-24'],
    });
    const wrong = cmsActivityTimeSchema.safeParse({ ...sent, weekday: null, startTime: '14:00:00.000', endTime: '09:00:00.000', skipDates: 'Christmas' });
    expect(wrong.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['skipDates', 'weekday', 'endTime']);
    expect(populateParams('initiative')).toContainEqual(['populate[times]', 'true']);
  });
});

describe('the published stamps', () => {
  it('write a row id and an ISO time, whichever way the database gave the time', () => {
    const iso = '2026-10-01T10:00:00.000Z';
    expect(documentStamp(12, new Date(iso))).toBe(`12@${iso}`);
    expect(documentStamp(12, Date.parse(iso))).toBe(`12@${iso}`);
    expect(documentStamp(12, iso)).toBe(`12@${iso}`);
    expect(documentStamp(12, null)).toBe('12@');
  });

  it('are asked for in one request per type and locale, under the CMS path', async () => {
    const asked: string[] = [];
    const fetchStub: typeof fetch = async (url) => {
      asked.push(String(url));
      return Response.json({ data: { abc: '3@2026-10-01T10:00:00.000Z' } });
    };
    const stamps = await publishedStamps({ url: 'https://example.org/cms', fetch: fetchStub }, 'project-call', 'fr');
    expect(asked).toEqual(['https://example.org/cms/api/published-stamps/project-call?locale=fr']);
    expect([...stamps]).toEqual([['abc', '3@2026-10-01T10:00:00.000Z']]);
  });

  it('refuse an answer that is not a map of stamps, naming the request', async () => {
    const fetchStub: typeof fetch = async () => Response.json({ data: [{ documentId: 'abc' }] });
    const reading = publishedStamps({ url: 'https://example.org', fetch: fetchStub }, 'story', 'nl');
    await expect(reading).rejects.toThrow(CmsApiError);
    await expect(reading).rejects.toThrow('GET /api/published-stamps/story (locale nl)');
  });
});
