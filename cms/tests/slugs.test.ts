/* eslint-disable no-restricted-syntax -- written beside the cast ban for cms/tests (merged the same day): its casts still go to readJson/records helpers (tests/helpers/http.ts, records.ts). */
import type { UID } from '@strapi/strapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMadeSlug, wantedSlug } from '../src/content-model/slugs';
import { startCms, type TestCms } from './helpers/cms';

/**
 * Slugs come from each locale's own title (or name) and stay unique per type and locale, for every
 * content type with a slug, whatever the admin's form sends: its placeholder ("story"), a slug filled
 * in from another locale, or the slug of a title since changed. Through the document service, which
 * the content manager uses too; the admin itself is driven in editor-content-manager.test.ts.
 */

let cms: TestCms;
beforeAll(async () => {
  cms = await startCms();
}, 120_000);
afterAll(async () => {
  await cms?.stop();
});

const blocks = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

interface SluggedType {
  uid: UID.ContentType;
  /** The type's placeholder slug, as the admin's UID field proposes it before a title is typed. */
  placeholder: string;
  titleField: 'title' | 'name';
  required: Record<string, unknown>;
}

/** Every slugged type has draft & publish; the union of their document services does not say so. */
interface Publishing {
  publish(params: { documentId: string; locale: string }): Promise<unknown>;
}

let pageKeys = 0;
const SLUGGED: SluggedType[] = [
  { uid: 'api::story.story', placeholder: 'story', titleField: 'title', required: { summary: 'Kort.', body: blocks('Tekst.'), storyDate: '2026-11-20' } },
  {
    uid: 'api::initiative.initiative',
    placeholder: 'initiative',
    titleField: 'title',
    required: { summary: 'Samen.', description: blocks('Elke dinsdag.'), howToJoin: 'Kom langs.' },
  },
  { uid: 'api::organisation.organisation', placeholder: 'organisation', titleField: 'name', required: { summary: 'Een vereniging.' } },
  { uid: 'api::page.page', placeholder: 'page', titleField: 'title', required: { body: blocks('Tekst.') } },
  {
    uid: 'api::project-call.project-call',
    placeholder: 'project-call',
    titleField: 'title',
    required: {
      summary: 'Een oproep.',
      body: blocks('Tekst.'),
      totalBudget: 1000,
      maxPerProject: 500,
      opensOn: '2026-12-01',
      deadline: '2027-01-31T12:00:00.000Z',
    },
  },
];

function dataOf(type: SluggedType, title: string, slug?: string): Record<string, unknown> {
  const key = type.uid === 'api::page.page' ? { key: ['about', 'privacy', 'accessibility', 'contact'][pageKeys++ % 4] } : {};
  return { ...type.required, ...key, [type.titleField]: title, ...(slug === undefined ? {} : { slug }) };
}

async function slugOf(type: SluggedType, documentId: string, locale: string, status: 'draft' | 'published' = 'draft'): Promise<string | undefined> {
  const document = (await cms.strapi.documents(type.uid).findOne({ documentId, locale, status })) as { slug?: string } | null;
  return document?.slug;
}

describe.each(SLUGGED)('the slug of $uid', (type) => {
  const documents = () => cms.strapi.documents(type.uid);
  const create = async (locale: string, title: string, slug?: string) =>
    ((await documents().create({ locale, data: dataOf(type, title, slug) as never })) as { documentId: string }).documentId;

  it('is made from the title when the admin sends its placeholder, in every locale, including one filled in from another', async () => {
    const documentId = await create('nl', `Samen koken in Laken ${type.placeholder}`, type.placeholder);
    expect(await slugOf(type, documentId, 'nl')).toBe(`samen-koken-in-laken-${type.placeholder}`);

    // "Fill in from another locale": the French form arrives with the Dutch slug; the French title is typed over.
    const copied = await slugOf(type, documentId, 'nl');
    await documents().update({ documentId, locale: 'fr', data: dataOf(type, `Cuisiner ensemble à Laeken ${type.placeholder}`, copied) as never });
    expect(await slugOf(type, documentId, 'fr')).toBe(`cuisiner-ensemble-a-laeken-${type.placeholder}`);

    // A new locale whose form kept the placeholder.
    await documents().update({ documentId, locale: 'en', data: dataOf(type, `Cooking together in Laeken ${type.placeholder}`, type.placeholder) as never });
    expect(await slugOf(type, documentId, 'en')).toBe(`cooking-together-in-laeken-${type.placeholder}`);
  });

  it('is made from the title when none is sent', async () => {
    const documentId = await create('nl', `Zonder adres ${type.placeholder}`);
    expect(await slugOf(type, documentId, 'nl')).toBe(`zonder-adres-${type.placeholder}`);
  });

  it('follows a title changed before the first publication, then stays once published', async () => {
    const documentId = await create('nl', `Eerste titel ${type.placeholder}`, type.placeholder);
    await documents().update({
      documentId,
      locale: 'nl',
      data: { [type.titleField]: `Betere titel ${type.placeholder}`, slug: `eerste-titel-${type.placeholder}` } as never,
    });
    expect(await slugOf(type, documentId, 'nl')).toBe(`betere-titel-${type.placeholder}`);

    await (documents() as unknown as Publishing).publish({ documentId, locale: 'nl' });
    await documents().update({ documentId, locale: 'nl', data: { [type.titleField]: `Nog een titel ${type.placeholder}` } as never });
    expect(await slugOf(type, documentId, 'nl')).toBe(`betere-titel-${type.placeholder}`);
    expect(await slugOf(type, documentId, 'nl', 'published')).toBe(`betere-titel-${type.placeholder}`);
  });

  it('gets a suffix when another document of the type has it in the same locale, and none in another locale', async () => {
    const title = `Dubbel ${type.placeholder}`;
    const first = await create('nl', title, type.placeholder);
    const second = await create('nl', title, type.placeholder);
    const third = await create('nl', title);
    const french = await create('fr', title, type.placeholder);
    expect(await slugOf(type, first, 'nl')).toBe(`dubbel-${type.placeholder}`);
    expect(await slugOf(type, second, 'nl')).toBe(`dubbel-${type.placeholder}-2`);
    expect(await slugOf(type, third, 'nl')).toBe(`dubbel-${type.placeholder}-3`);
    expect(await slugOf(type, french, 'fr')).toBe(`dubbel-${type.placeholder}`);

    // Saving a document again keeps its own slug: it does not collide with itself.
    await documents().update({ documentId: second, locale: 'nl', data: { summary: 'Anders.', [type.titleField]: title } as never });
    expect(await slugOf(type, second, 'nl')).toBe(`dubbel-${type.placeholder}-2`);
  });

  it('keeps a slug the editor chose, made unique', async () => {
    const documentId = await create('nl', `Een lange titel over buren ${type.placeholder}`, `buren-${type.placeholder}`);
    expect(await slugOf(type, documentId, 'nl')).toBe(`buren-${type.placeholder}`);
    const other = await create('nl', `Iets anders ${type.placeholder}`, `buren-${type.placeholder}`);
    expect(await slugOf(type, other, 'nl')).toBe(`buren-${type.placeholder}-2`);
  });
});

describe('which slugs the CMS makes', () => {
  const situation = { placeholder: 'story', title: 'Mijn verhaal', otherLocaleSlugs: [], published: false };

  it('takes the placeholder, its numbered variants, an earlier title and another locale slug as made, anything else as chosen', () => {
    expect(isMadeSlug({ ...situation, slug: '' })).toBe(true);
    expect(isMadeSlug({ ...situation, slug: 'story' })).toBe(true);
    expect(isMadeSlug({ ...situation, slug: 'story-4' })).toBe(true);
    expect(isMadeSlug({ ...situation, slug: 'oude-titel-2', earlierTitle: 'Oude titel' })).toBe(true);
    expect(isMadeSlug({ ...situation, slug: 'mon-recit', otherLocaleSlugs: ['mon-recit'] })).toBe(true);
    expect(isMadeSlug({ ...situation, slug: 'storytelling' })).toBe(false);
    expect(isMadeSlug({ ...situation, slug: 'eigen-adres', earlierTitle: 'Oude titel' })).toBe(false);
  });

  it('leaves a published slug alone unless it is empty', () => {
    expect(wantedSlug({ ...situation, slug: 'story', published: true })).toBe('story');
    expect(wantedSlug({ ...situation, slug: '', published: true })).toBe('mijn-verhaal');
    expect(wantedSlug({ ...situation, slug: 'story' })).toBe('mijn-verhaal');
  });
});
