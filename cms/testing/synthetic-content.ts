import type { Core, UID } from '@strapi/strapi';
import { AUDIENCES, HELP_CATEGORIES, LOCALES, MUNICIPALITIES, SPOKEN_LANGUAGES, type Locale, type Localized } from '@cb/domain';

/**
 * A large, deterministic, trilingual data set for benchmarks: organisations, initiatives and
 * stories built from Brussels vocabulary, written through the Document Service like real content.
 */

export interface SyntheticSize {
  organisations: number;
  initiatives: number;
  stories: number;
}

const ACTIVITIES: Localized<string[]> = {
  nl: [
    'boodschappen doen',
    'wandelen in het park',
    'een warme babbel aan de telefoon',
    'samen koken',
    'hulp met de smartphone',
    'brieven schrijven',
    'voorlezen',
    'papieren invullen',
    'fietsen zonder leeftijd',
    'breien en haken',
    'moestuinieren',
    'naar de dokter begeleiden',
  ],
  fr: [
    'faire les courses',
    'se promener au parc',
    'papoter au téléphone',
    'cuisiner ensemble',
    'aide avec le smartphone',
    'écrire des lettres',
    'faire la lecture',
    'remplir des papiers',
    'balades à vélo',
    'tricot et crochet',
    'potager collectif',
    'accompagner chez le médecin',
  ],
  en: [
    'doing groceries',
    'walking in the park',
    'a warm chat on the phone',
    'cooking together',
    'help with the smartphone',
    'writing letters',
    'reading aloud',
    'filling in forms',
    'bike rides',
    'knitting and crochet',
    'community gardening',
    'going along to the doctor',
  ],
};
const PEOPLE: Localized<string[]> = {
  nl: ['ouderen', 'buren', 'studenten', 'alleenstaanden', 'gezinnen', 'nieuwkomers'],
  fr: ['aînés', 'voisins', 'étudiants', 'personnes seules', 'familles', 'primo-arrivants'],
  en: ['older people', 'neighbours', 'students', 'people living alone', 'families', 'newcomers'],
};
const TEMPLATES: Localized<(activity: string, people: string, place: string, n: number) => string> = {
  nl: (activity, people, place, n) => `${capitalize(activity)} met ${people} in ${place} (${n})`,
  fr: (activity, people, place, n) => `${capitalize(activity)} avec des ${people} à ${place} (${n})`,
  en: (activity, people, place, n) => `${capitalize(activity)} with ${people} in ${place} (${n})`,
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A small deterministic generator, so that two runs build the same data set. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T;
}

function pickSome<T>(next: () => number, items: readonly T[], max: number): T[] {
  const count = 1 + Math.floor(next() * max);
  return [...new Set(Array.from({ length: count }, () => pick(next, items)))];
}

const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

export async function generateSyntheticContent(strapi: Core.Strapi, size: SyntheticSize, onProgress?: (done: number, total: number) => void): Promise<void> {
  const next = random(20261126);
  const terms = await termIds(strapi);
  const total = size.organisations + size.initiatives + size.stories;
  let done = 0;
  const tick = () => onProgress?.(++done, total);

  const organisationIds: string[] = [];
  for (let n = 1; n <= size.organisations; n++) {
    const municipality = pick(next, MUNICIPALITIES);
    const activity = Math.floor(next() * ACTIVITIES.nl.length);
    organisationIds.push(
      await createInAllLocales(strapi, 'organisation', (locale) => ({
        name: `${capitalize(ACTIVITIES[locale][activity] ?? '')} ${municipality.name[locale]} ${n}`,
        slug: `synthetic-organisation-${locale}-${n}`,
        summary: `${capitalize(ACTIVITIES[locale][activity] ?? '')} — ${municipality.name[locale]}.`,
        description: paragraph(`${capitalize(ACTIVITIES[locale][activity] ?? '')}, ${municipality.name[locale]}, ${municipality.postcodes[0]}.`),
        postcode: municipality.postcodes[0],
        municipality: terms.municipality.get(municipality.code),
      })),
    );
    tick();
  }

  const initiativeIds: string[] = [];
  for (let n = 1; n <= size.initiatives; n++) {
    const activity = Math.floor(next() * ACTIVITIES.nl.length);
    const people = Math.floor(next() * PEOPLE.nl.length);
    const municipalities = pickSome(next, MUNICIPALITIES, 2);
    const place = municipalities[0]!;
    const categories = pickSome(next, HELP_CATEGORIES, 2);
    const audiences = pickSome(next, AUDIENCES, 2);
    const languages = pickSome(next, SPOKEN_LANGUAGES.slice(0, 6), 3);
    const organisation = organisationIds.length ? pick(next, organisationIds) : undefined;
    const remote = next() < 0.2;
    initiativeIds.push(
      await createInAllLocales(strapi, 'initiative', (locale) => {
        const title = TEMPLATES[locale](ACTIVITIES[locale][activity] ?? '', PEOPLE[locale][people] ?? '', place.name[locale], n);
        return {
          title,
          slug: `synthetic-initiative-${locale}-${n}`,
          summary: `${title}. ${categories.map((category) => category.name[locale]).join(', ')}.`,
          description: paragraph(`${title}. ${audiences.map((audience) => audience.name[locale]).join(', ')}.`),
          howToJoin: '+32 2 555 00 00',
          remote,
          organisation,
          categories: categories.map((category) => terms['help-category'].get(category.code)),
          municipalities: municipalities.map((municipality) => terms.municipality.get(municipality.code)),
          audiences: audiences.map((audience) => terms.audience.get(audience.code)),
          languages: languages.map((language) => terms['spoken-language'].get(language.code)),
        };
      }),
    );
    tick();
  }

  for (let n = 1; n <= size.stories; n++) {
    const activity = Math.floor(next() * ACTIVITIES.nl.length);
    const municipality = pick(next, MUNICIPALITIES);
    const related = initiativeIds.length ? [pick(next, initiativeIds)] : [];
    const day = String(1 + (n % 28)).padStart(2, '0');
    await createInAllLocales(strapi, 'story', (locale) => ({
      title: `${capitalize(ACTIVITIES[locale][activity] ?? '')} — ${municipality.name[locale]} ${n}`,
      slug: `synthetic-story-${locale}-${n}`,
      summary: `${capitalize(ACTIVITIES[locale][activity] ?? '')}, ${municipality.name[locale]}.`,
      body: paragraph(`${capitalize(ACTIVITIES[locale][activity] ?? '')}, ${municipality.name[locale]}.`),
      storyDate: `2026-${String(1 + (n % 11)).padStart(2, '0')}-${day}`,
      municipality: terms.municipality.get(municipality.code),
      initiatives: related,
    }));
    tick();
  }
}

async function createInAllLocales(strapi: Core.Strapi, type: string, dataFor: (locale: Locale) => Record<string, unknown>): Promise<string> {
  const documents = strapi.documents(`api::${type}.${type}` as UID.ContentType);
  const [first, ...others] = LOCALES;
  const created = await documents.create({ locale: first, data: dataFor(first) as never, status: 'published' });
  for (const locale of others) await documents.update({ documentId: created.documentId, locale, data: dataFor(locale) as never, status: 'published' });
  return created.documentId;
}

async function termIds(strapi: Core.Strapi): Promise<Record<'municipality' | 'help-category' | 'audience' | 'spoken-language', Map<string, string>>> {
  const load = async (name: string) => {
    const terms = await strapi.documents(`api::${name}.${name}` as UID.ContentType).findMany({ limit: 1000 } as never);
    return new Map(terms.map((term) => [String((term as Record<string, unknown>).code), term.documentId]));
  };
  return {
    municipality: await load('municipality'),
    'help-category': await load('help-category'),
    audience: await load('audience'),
    'spoken-language': await load('spoken-language'),
  };
}
