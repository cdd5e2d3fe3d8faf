import type { Localized } from './locales.js';
import type { Term } from './taxonomies.js';

/**
 * What people like to do, asked on the offer form and (optionally) on the ask-for-help form: shared
 * interests make a better match (see the CMS's scoring). One list, with its words in NL, FR and EN;
 * codes are what the records store.
 */
export const INTEREST_CODES = [
  'walking',
  'cooking',
  'reading',
  'music',
  'games',
  'gardening',
  'languages',
  'digital-help',
  'crafts',
  'films',
  'sport',
  'culture',
] as const;
export type InterestCode = (typeof INTEREST_CODES)[number];

const en = {
  walking: 'Walking',
  cooking: 'Cooking',
  reading: 'Reading',
  music: 'Music',
  games: 'Board and card games',
  gardening: 'Gardening',
  languages: 'Languages',
  'digital-help': 'Digital help (computer, smartphone)',
  crafts: 'Crafts and handiwork',
  films: 'Films',
  sport: 'Sport',
  culture: 'Culture (museums, exhibitions)',
} satisfies Record<InterestCode, string>;

const nl: Record<InterestCode, string> = {
  walking: 'Wandelen',
  cooking: 'Koken',
  reading: 'Lezen',
  music: 'Muziek',
  games: 'Gezelschapsspelen en kaarten',
  gardening: 'Tuinieren',
  languages: 'Talen',
  'digital-help': 'Digitale hulp (computer, smartphone)',
  crafts: 'Handwerk en knutselen',
  films: 'Films',
  sport: 'Sport',
  culture: 'Cultuur (musea, tentoonstellingen)',
};

const fr: Record<InterestCode, string> = {
  walking: 'Balades',
  cooking: 'Cuisine',
  reading: 'Lecture',
  music: 'Musique',
  games: 'Jeux de société et de cartes',
  gardening: 'Jardinage',
  languages: 'Langues',
  'digital-help': 'Aide numérique (ordinateur, smartphone)',
  crafts: 'Bricolage et travaux manuels',
  films: 'Cinéma',
  sport: 'Sport',
  culture: 'Culture (musées, expositions)',
};

const NAMES: Localized<Record<InterestCode, string>> = { nl, fr, en };

export const INTERESTS: readonly Term<InterestCode>[] = /* @__PURE__ */ INTEREST_CODES.map((code) => ({
  code,
  name: { nl: NAMES.nl[code], fr: NAMES.fr[code], en: NAMES.en[code] },
}));

export function isInterestCode(value: unknown): value is InterestCode {
  return (INTEREST_CODES as readonly unknown[]).includes(value);
}

/** The interests a stored record holds (a JSON list), each once; anything else in it is dropped. */
export function interestCodesOf(value: unknown): InterestCode[] {
  return Array.isArray(value) ? [...new Set(value.filter(isInterestCode))] : [];
}
