import { LOCALES, routes, type Locale } from '@cb/domain';
import { describe, expect, it } from 'vitest';
import { blocksToPlainText } from '../src/blocks-text.js';
import { parseDocument } from '@cb/domain/cms-api';
import type { CmsDocument, ContentKind } from '../src/content-kinds.js';
import { toSearchDocument, type SearchDocument } from '../src/documents.js';
import { fixtureRow, IDS, PERSONAL_DATA } from './helpers/fixtures.js';

function mapped(kind: ContentKind, row: Record<string, unknown>): SearchDocument {
  const parsed = parseDocument(kind, { id: 1, ...row }, row.locale as Locale);
  if (parsed.problems) throw new Error(parsed.problems.map((problem) => `${problem.field}: ${problem.message}`).join('; '));
  return toSearchDocument({ kind, document: parsed.document } as CmsDocument);
}

const SEARCH_DOCUMENT_KEYS = [
  'id',
  'kind',
  'documentId',
  'locale',
  'url',
  'title',
  'summary',
  'text',
  'forWhom',
  'location',
  'schedule',
  'howToJoin',
  'wordParts',
  'organisationName',
  'remote',
  'categories',
  'categoryNames',
  'municipalities',
  'municipalityNames',
  'places',
  'audiences',
  'audienceNames',
  'languages',
  'languageNames',
  'image',
  'date',
  'deadline',
].sort();

describe('toSearchDocument', () => {
  it('maps an initiative in French with the French labels of its taxonomy codes', () => {
    const document = mapped('initiative', fixtureRow('initiative', IDS.groceries, 'fr'));
    expect(document).toEqual({
      id: `initiative-${IDS.groceries}`,
      kind: 'initiative',
      documentId: IDS.groceries,
      locale: 'fr',
      url: '/fr/initiatives/faire-les-courses-ensemble-a-anderlecht/',
      title: 'Faire les courses ensemble à Anderlecht',
      summary: 'Des bénévoles vous accompagnent au supermarché ou livrent vos courses chez vous.',
      text: 'Chaque mardi et vendredi, nous partons ensemble de la maison de quartier.\nSi vous ne pouvez plus vous déplacer, les courses arrivent à domicile.',
      forWhom: 'Personnes âgées et personnes seules qui ont du mal à se déplacer',
      location: 'Maison de quartier De Linde, Anderlecht',
      schedule: 'Mardi et vendredi, de 10 h à 12 h',
      howToJoin: 'Appelez-nous ou passez à la maison de quartier.',
      organisationName: 'Maison de quartier De Linde',
      remote: false,
      categories: ['groceries'],
      categoryNames: ['Courses'],
      municipalities: ['anderlecht'],
      municipalityNames: ['Anderlecht'],
      wordParts: [],
      places: ['Anderlecht', '1070'],
      audiences: ['seniors', 'living-alone'],
      audienceNames: ['Personnes âgées', 'Personnes seules'],
      languages: ['nl', 'fr', 'ar'],
      languageNames: ['Néerlandais', 'Français', 'Arabe'],
      image: { url: '/uploads/groceries.jpg', alt: 'Deux personnes avec un sac de courses' },
      date: '2026-11-20T09:59:00.000Z',
      deadline: null,
    });
  });

  it('indexes the words of Dutch compounds, so "hulp bij boodschappen" finds a "boodschappendienst"', () => {
    const row = { ...fixtureRow('initiative', IDS.groceries, 'nl'), imageAlt: null, summary: 'Een boodschappendienst en een oogstmaaltijd.' };
    expect(mapped('initiative', row).wordParts).toEqual(expect.arrayContaining(['boodschappen', 'dienst', 'oogst', 'maaltijd']));
  });

  it.each(LOCALES)('uses the labels and the url of the locale (%s)', (locale) => {
    const row = fixtureRow('initiative', IDS.digital, locale);
    const document = mapped('initiative', row);
    expect(document.locale).toBe(locale);
    expect(document.url).toBe(routes.initiative(locale, String(row.slug)));
    expect(document.categoryNames).toEqual([{ nl: 'Digitale hulp', fr: 'Aide numérique', en: 'Digital help' }[locale]]);
    expect(document.municipalityNames).toEqual([{ nl: 'Schaarbeek', fr: 'Schaerbeek', en: 'Schaerbeek' }[locale]]);
    expect(document.id).toBe(`initiative-${IDS.digital}`);
  });

  it('lets a municipality be found by its name in every language and its postcodes', () => {
    const document = mapped('initiative', fixtureRow('initiative', IDS.phone, 'en'));
    expect(document.municipalityNames).toEqual(['City of Brussels']);
    expect(document.places).toEqual(expect.arrayContaining(['Brussel', 'Bruxelles', 'City of Brussels', '1000', '1020', '1120', '1130']));
    expect(document.remote).toBe(true);
  });

  it('maps an organisation with its address as location and no contact details', () => {
    const document = mapped('organisation', fixtureRow('organisation', IDS.organisation, 'nl'));
    expect(document).toMatchObject({
      id: `organisation-${IDS.organisation}`,
      kind: 'organisation',
      url: '/nl/organisaties/buurthuis-de-linde/',
      title: 'Buurthuis De Linde',
      location: 'Rue de Fiennes 77, 1070',
      municipalities: ['anderlecht'],
      municipalityNames: ['Anderlecht'],
      categories: [],
      remote: false,
    });
    expect(document.places).toContain('1070');
  });

  it('maps a story with its date and without its author', () => {
    const document = mapped('story', fixtureRow('story', IDS.story, 'en'));
    expect(document).toMatchObject({
      kind: 'story',
      url: '/en/stories/marie-and-ahmed/',
      date: '2026-10-14T00:00:00.000Z',
      municipalities: ['jette'],
      text: 'They met through the walking buddies.',
    });
    expect(JSON.stringify(document)).not.toContain('Dupont');
  });

  it('maps the project call to the one project-call page of the locale', () => {
    const document = mapped('project-call', fixtureRow('project-call', IDS.call, 'nl'));
    expect(document).toMatchObject({
      id: `project-call-${IDS.call}`,
      url: '/nl/projectoproep/',
      date: '2026-12-01T00:00:00.000Z',
      deadline: '2027-02-28T23:59:00.000Z',
    });
  });

  it('maps a funded project to its page, with the organisation that runs it and its municipalities', () => {
    const document = mapped('funded-project', {
      documentId: 'fundedproject0001',
      locale: 'fr',
      slug: 'soupe-du-dimanche',
      title: 'Soupe du dimanche',
      summary: 'Les voisins cuisinent ensemble.',
      description: [{ type: 'paragraph', children: [{ type: 'text', text: 'Chaque dimanche à Jette.' }] }],
      runBy: 'Buurthuis De Linde',
      location: 'Place Reine Astrid',
      howToJoin: 'Appelez-nous.',
      municipalities: [{ code: 'jette' }],
      proposalDocumentId: 'notpublic0001',
      publishedAt: '2027-04-01T10:00:00.000Z',
      updatedAt: '2027-04-01T10:00:00.000Z',
    });
    expect(document).toMatchObject({
      id: 'funded-project-fundedproject0001',
      kind: 'funded-project',
      url: '/fr/projets-soutenus/soupe-du-dimanche/',
      organisationName: 'Buurthuis De Linde',
      howToJoin: 'Appelez-nous.',
      municipalities: ['jette'],
      municipalityNames: ['Jette'],
      text: 'Chaque dimanche à Jette.',
    });
    expect(JSON.stringify(document)).not.toContain('notpublic0001');
  });

  it('builds every kind with the same public fields only, whatever extra fields the CMS sends', () => {
    const extra = {
      email: 'private.person@example.org',
      phone: '+32 499 99 99 99',
      contactName: 'Private Person',
      staffNotes: 'confidential',
      consentVersion: 'v1',
      reference: 'HR-2026-0001',
      idempotencyKey: 'k-1',
      createdBy: { email: 'editor@example.org' },
    };
    const documents = [
      mapped('initiative', { ...fixtureRow('initiative', IDS.groceries, 'nl'), ...extra }),
      mapped('organisation', { ...fixtureRow('organisation', IDS.organisation, 'nl'), ...extra }),
      mapped('story', { ...fixtureRow('story', IDS.story, 'nl'), ...extra }),
      mapped('project-call', { ...fixtureRow('project-call', IDS.call, 'nl'), ...extra }),
    ];
    for (const document of documents) {
      expect(Object.keys(document).sort()).toEqual(SEARCH_DOCUMENT_KEYS);
      const json = JSON.stringify(document);
      for (const secret of [...PERSONAL_DATA, ...Object.values(extra).filter((value) => typeof value === 'string'), 'editor@example.org']) {
        expect(json).not.toContain(secret);
      }
    }
  });

  it('drops repeated taxonomy codes', () => {
    const row = { ...fixtureRow('initiative', IDS.walking, 'nl'), categories: [{ code: 'walking' }, { code: 'walking' }] };
    expect(mapped('initiative', row)).toMatchObject({ categories: ['walking'], categoryNames: ['Wandelbuddy'] });
  });

  it('refuses, by field, a taxonomy code the domain does not know (the site refuses it too)', () => {
    const row = { ...fixtureRow('initiative', IDS.walking, 'nl'), categories: [{ code: 'walking' }, { code: 'karaoke' }] };
    expect(() => mapped('initiative', row)).toThrow(/^categories\[1\]\.code: /);
  });

  it('treats empty optional texts as absent', () => {
    const row = { ...fixtureRow('initiative', IDS.walking, 'nl'), forWhom: '  ', schedule: null, organisation: null, image: null, remote: null };
    expect(mapped('initiative', row)).toMatchObject({ forWhom: null, schedule: null, organisationName: null, image: null, remote: false });
  });
});

describe('blocksToPlainText', () => {
  it('keeps the words of paragraphs, headings, lists, quotes and links, one block per line', () => {
    const blocks = [
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Hoe  werkt het?' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Bel ' },
          { type: 'link', url: 'https://x.example', children: [{ type: 'text', text: 'ons', bold: true }] },
          { type: 'text', text: '.' },
        ],
      },
      {
        type: 'list',
        format: 'unordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'een' }] },
          { type: 'list-item', children: [{ type: 'text', text: 'twee' }] },
        ],
      },
      { type: 'image', image: { url: '/x.jpg', alternativeText: 'alt' }, children: [{ type: 'text', text: '' }] },
      { type: 'quote', children: [{ type: 'text', text: 'Samen!' }] },
    ];
    expect(blocksToPlainText(blocks)).toBe('Hoe werkt het?\nBel ons.\neen\ntwee\nSamen!');
  });

  it('gives an empty string for anything that is not blocks', () => {
    expect(blocksToPlainText(null)).toBe('');
    expect(blocksToPlainText('text')).toBe('');
    expect(blocksToPlainText([null, 3, { type: 'paragraph' }])).toBe('');
  });
});
