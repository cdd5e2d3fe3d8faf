import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMadeSlug, wantedSlug } from '../../src/content-model/slugs';
import { sharedCms, type TestCms } from '../helpers/cms';
import type { RecordInput } from '../helpers/records';

/**
 * Slugs come from each locale's own title (or name) and stay unique per type and locale, for every
 * content type with a slug, whatever the admin's form sends: its placeholder ("story"), a slug filled
 * in from another locale, or the slug of a title since changed. Through the document service, which
 * the content manager uses too; the admin itself is driven in editor-content-manager.test.ts.
 */

let cms: TestCms;
beforeAll(async () => {
  cms = await sharedCms();
}, 120_000);
afterAll(async () => {
  await cms?.stop();
});

const blocks = (text: string) => [{ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] }];

type SluggedUid = 'api::story.story' | 'api::initiative.initiative' | 'api::organisation.organisation' | 'api::page.page' | 'api::project-call.project-call';

interface SluggedType<Uid extends SluggedUid> {
  uid: Uid;
  /** The type's placeholder slug, as the admin's UID field proposes it before a title is typed. */
  placeholder: string;
  /** A document with this title (or name) and the type's required fields, without a slug. */
  titled(title: string): Omit<RecordInput<Uid>, 'slug'>;
  /** Only the title (or name), as a form that changes it sends it. */
  retitled(title: string): Partial<RecordInput<Uid>>;
}

/** One slugged type, its fields checked against its own generated input. */
const slugged = <Uid extends SluggedUid>(type: SluggedType<Uid>) => type;

const PAGE_KEYS = ['about', 'privacy', 'accessibility', 'contact'] as const;
let pageKeys = 0;
const SLUGGED = [
  slugged({
    uid: 'api::story.story',
    placeholder: 'story',
    titled: (title) => ({ title, summary: 'Kort.', body: blocks('Tekst.'), storyDate: '2026-11-20' }),
    retitled: (title) => ({ title }),
  }),
  slugged({
    uid: 'api::initiative.initiative',
    placeholder: 'initiative',
    titled: (title) => ({ title, summary: 'Samen.', description: blocks('Elke dinsdag.'), howToJoin: 'Kom langs.' }),
    retitled: (title) => ({ title }),
  }),
  slugged({
    uid: 'api::organisation.organisation',
    placeholder: 'organisation',
    titled: (name) => ({ name, summary: 'Een vereniging.' }),
    retitled: (name) => ({ name }),
  }),
  slugged({
    uid: 'api::page.page',
    placeholder: 'page',
    titled: (title) => ({ title, body: blocks('Tekst.'), key: PAGE_KEYS[pageKeys++ % PAGE_KEYS.length] }),
    retitled: (title) => ({ title }),
  }),
  slugged({
    uid: 'api::project-call.project-call',
    placeholder: 'project-call',
    titled: (title) => ({
      title,
      summary: 'Een oproep.',
      body: blocks('Tekst.'),
      totalBudget: 1000,
      maxPerProject: 500,
      opensOn: '2026-12-01',
      deadline: '2027-01-31T12:00:00.000Z',
    }),
    retitled: (title) => ({ title }),
  }),
];
type AnySluggedType = (typeof SLUGGED)[number];

/** The fields as the admin's form sends them: the slug only when it has one. */
function dataOf(type: AnySluggedType, title: string, slug?: string) {
  return { ...type.titled(title), ...(slug === undefined ? {} : { slug }) };
}

async function slugOf(type: AnySluggedType, documentId: string, locale: string, status: 'draft' | 'published' = 'draft') {
  const document = await cms.strapi.documents(type.uid).findOne({ documentId, locale, status });
  return document?.slug ?? undefined;
}

/**
 * A new document's fields without a slug. The generated input asks for every uid field, but the CMS
 * makes a slug from the title when none is sent, which is what the tests that send none check.
 */
function withoutSlug<Uid extends SluggedUid>(fields: Omit<RecordInput<Uid>, 'slug'>): RecordInput<Uid> {
  return fields as RecordInput<Uid>;
}

describe.each(SLUGGED)('the slug of $uid', (type) => {
  const documents = () => cms.strapi.documents(type.uid);
  const create = async (locale: string, title: string, slug?: string) => {
    const data = slug === undefined ? withoutSlug(type.titled(title)) : { ...type.titled(title), slug };
    return (await documents().create({ locale, data })).documentId;
  };

  it('is made from the title when the admin sends its placeholder, in every locale, including one filled in from another', async () => {
    const documentId = await create('nl', `Samen koken in Laken ${type.placeholder}`, type.placeholder);
    expect(await slugOf(type, documentId, 'nl')).toBe(`samen-koken-in-laken-${type.placeholder}`);

    // "Fill in from another locale": the French form arrives with the Dutch slug; the French title is typed over.
    const copied = await slugOf(type, documentId, 'nl');
    await documents().update({ documentId, locale: 'fr', data: dataOf(type, `Cuisiner ensemble à Laeken ${type.placeholder}`, copied) });
    expect(await slugOf(type, documentId, 'fr')).toBe(`cuisiner-ensemble-a-laeken-${type.placeholder}`);

    // A new locale whose form kept the placeholder.
    await documents().update({ documentId, locale: 'en', data: dataOf(type, `Cooking together in Laeken ${type.placeholder}`, type.placeholder) });
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
      data: { ...type.retitled(`Betere titel ${type.placeholder}`), slug: `eerste-titel-${type.placeholder}` },
    });
    expect(await slugOf(type, documentId, 'nl')).toBe(`betere-titel-${type.placeholder}`);

    await documents().publish({ documentId, locale: 'nl' });
    await documents().update({ documentId, locale: 'nl', data: type.retitled(`Nog een titel ${type.placeholder}`) });
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
    await documents().update({ documentId: second, locale: 'nl', data: { summary: 'Anders.', ...type.retitled(title) } });
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
