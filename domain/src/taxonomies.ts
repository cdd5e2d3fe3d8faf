import type { Localized } from './locales.js';

/** A term of a taxonomy: a stable code (stored everywhere) and its name in each locale. */
export interface Term<Code extends string = string> {
  readonly code: Code;
  readonly name: Localized;
}

export interface Municipality extends Term<MunicipalityCode> {
  /** Postcodes that belong (mainly) to the municipality; the first is its main one. */
  readonly postcodes: readonly string[];
  /** Municipalities that share a border with it, used to suggest help nearby. */
  readonly neighbours: readonly MunicipalityCode[];
}

export const HELP_CATEGORIES = [
  { code: 'chat', name: { nl: 'Een warme babbel', fr: 'Un brin de causette', en: 'A warm chat' } },
  { code: 'walking', name: { nl: 'Wandelbuddy', fr: 'Compagnon de promenade', en: 'Walking buddy' } },
  { code: 'groceries', name: { nl: 'Boodschappen', fr: 'Courses', en: 'Groceries and errands' } },
  { code: 'meals', name: { nl: 'Maaltijden', fr: 'Repas', en: 'Meals' } },
  { code: 'digital', name: { nl: 'Digitale hulp', fr: 'Aide numérique', en: 'Digital help' } },
  { code: 'paperwork', name: { nl: 'Hulp bij papierwerk', fr: 'Aide administrative', en: 'Help with paperwork' } },
  {
    code: 'accompaniment',
    name: { nl: 'Begeleiding naar afspraken', fr: 'Accompagnement aux rendez-vous', en: 'Going along to appointments' },
  },
  { code: 'letters', name: { nl: 'Brieven en tekeningen', fr: 'Lettres et dessins', en: 'Letters and drawings' } },
  { code: 'activities', name: { nl: 'Samen iets doen', fr: 'Activités ensemble', en: 'Doing things together' } },
] as const satisfies readonly Term[];
export type HelpCategoryCode = (typeof HELP_CATEGORIES)[number]['code'];

export const AUDIENCES = [
  { code: 'seniors', name: { nl: 'Ouderen', fr: 'Personnes âgées', en: 'Older people' } },
  { code: 'young-adults', name: { nl: 'Jongvolwassenen en studenten', fr: 'Jeunes adultes et étudiants', en: 'Young adults and students' } },
  { code: 'living-alone', name: { nl: 'Alleenstaanden', fr: 'Personnes seules', en: 'People living alone' } },
  { code: 'families', name: { nl: 'Gezinnen', fr: 'Familles', en: 'Families' } },
  { code: 'newcomers', name: { nl: 'Nieuwkomers en expats', fr: 'Primo-arrivants et expats', en: 'Newcomers and expats' } },
  { code: 'disability', name: { nl: 'Mensen met een beperking', fr: 'Personnes en situation de handicap', en: 'People with a disability' } },
  { code: 'everyone', name: { nl: 'Iedereen', fr: 'Tout le monde', en: 'Everyone' } },
] as const satisfies readonly Term[];
export type AudienceCode = (typeof AUDIENCES)[number]['code'];

/** Languages people speak; codes are ISO 639-1 where one exists. */
export const SPOKEN_LANGUAGES = [
  { code: 'nl', name: { nl: 'Nederlands', fr: 'Néerlandais', en: 'Dutch' } },
  { code: 'fr', name: { nl: 'Frans', fr: 'Français', en: 'French' } },
  { code: 'en', name: { nl: 'Engels', fr: 'Anglais', en: 'English' } },
  { code: 'ar', name: { nl: 'Arabisch', fr: 'Arabe', en: 'Arabic' } },
  { code: 'tr', name: { nl: 'Turks', fr: 'Turc', en: 'Turkish' } },
  { code: 'es', name: { nl: 'Spaans', fr: 'Espagnol', en: 'Spanish' } },
  { code: 'pt', name: { nl: 'Portugees', fr: 'Portugais', en: 'Portuguese' } },
  { code: 'it', name: { nl: 'Italiaans', fr: 'Italien', en: 'Italian' } },
  { code: 'pl', name: { nl: 'Pools', fr: 'Polonais', en: 'Polish' } },
  { code: 'ro', name: { nl: 'Roemeens', fr: 'Roumain', en: 'Romanian' } },
  { code: 'de', name: { nl: 'Duits', fr: 'Allemand', en: 'German' } },
  { code: 'ber', name: { nl: 'Berbers', fr: 'Berbère', en: 'Berber' } },
  { code: 'vgt', name: { nl: 'Vlaamse Gebarentaal', fr: 'Langue des signes flamande', en: 'Flemish Sign Language' } },
  { code: 'lsfb', name: { nl: 'Franstalige Belgische Gebarentaal', fr: 'Langue des signes de Belgique francophone', en: 'French Belgian Sign Language' } },
] as const satisfies readonly Term[];
export type SpokenLanguageCode = (typeof SPOKEN_LANGUAGES)[number]['code'];

export type MunicipalityCode =
  | 'anderlecht'
  | 'auderghem'
  | 'berchem-sainte-agathe'
  | 'brussels'
  | 'etterbeek'
  | 'evere'
  | 'forest'
  | 'ganshoren'
  | 'ixelles'
  | 'jette'
  | 'koekelberg'
  | 'molenbeek'
  | 'saint-gilles'
  | 'saint-josse'
  | 'schaerbeek'
  | 'uccle'
  | 'watermael-boitsfort'
  | 'woluwe-saint-lambert'
  | 'woluwe-saint-pierre';

/** The 19 municipalities of the Brussels-Capital Region, with their official NL and FR names. */
export const MUNICIPALITIES: readonly Municipality[] = [
  {
    code: 'anderlecht',
    name: { nl: 'Anderlecht', fr: 'Anderlecht', en: 'Anderlecht' },
    postcodes: ['1070'],
    neighbours: ['molenbeek', 'brussels', 'saint-gilles', 'forest'],
  },
  {
    code: 'auderghem',
    name: { nl: 'Oudergem', fr: 'Auderghem', en: 'Auderghem' },
    postcodes: ['1160'],
    neighbours: ['watermael-boitsfort', 'ixelles', 'etterbeek', 'woluwe-saint-pierre', 'woluwe-saint-lambert'],
  },
  {
    code: 'berchem-sainte-agathe',
    name: { nl: 'Sint-Agatha-Berchem', fr: 'Berchem-Sainte-Agathe', en: 'Berchem-Sainte-Agathe' },
    postcodes: ['1082'],
    neighbours: ['ganshoren', 'koekelberg', 'molenbeek'],
  },
  {
    code: 'brussels',
    name: { nl: 'Brussel', fr: 'Bruxelles', en: 'City of Brussels' },
    postcodes: ['1000', '1020', '1120', '1130'],
    neighbours: [
      'anderlecht',
      'molenbeek',
      'koekelberg',
      'jette',
      'ganshoren',
      'schaerbeek',
      'evere',
      'saint-josse',
      'etterbeek',
      'ixelles',
      'saint-gilles',
      'uccle',
      'watermael-boitsfort',
    ],
  },
  {
    code: 'etterbeek',
    name: { nl: 'Etterbeek', fr: 'Etterbeek', en: 'Etterbeek' },
    postcodes: ['1040'],
    neighbours: ['brussels', 'ixelles', 'auderghem', 'woluwe-saint-pierre', 'woluwe-saint-lambert', 'schaerbeek'],
  },
  {
    code: 'evere',
    name: { nl: 'Evere', fr: 'Evere', en: 'Evere' },
    postcodes: ['1140'],
    neighbours: ['schaerbeek', 'brussels', 'woluwe-saint-lambert'],
  },
  {
    code: 'forest',
    name: { nl: 'Vorst', fr: 'Forest', en: 'Forest' },
    postcodes: ['1190'],
    neighbours: ['anderlecht', 'saint-gilles', 'uccle'],
  },
  {
    code: 'ganshoren',
    name: { nl: 'Ganshoren', fr: 'Ganshoren', en: 'Ganshoren' },
    postcodes: ['1083'],
    neighbours: ['berchem-sainte-agathe', 'koekelberg', 'jette', 'brussels'],
  },
  {
    code: 'ixelles',
    name: { nl: 'Elsene', fr: 'Ixelles', en: 'Ixelles' },
    postcodes: ['1050'],
    neighbours: ['brussels', 'saint-gilles', 'uccle', 'watermael-boitsfort', 'auderghem', 'etterbeek'],
  },
  {
    code: 'jette',
    name: { nl: 'Jette', fr: 'Jette', en: 'Jette' },
    postcodes: ['1090'],
    neighbours: ['ganshoren', 'koekelberg', 'brussels'],
  },
  {
    code: 'koekelberg',
    name: { nl: 'Koekelberg', fr: 'Koekelberg', en: 'Koekelberg' },
    postcodes: ['1081'],
    neighbours: ['berchem-sainte-agathe', 'ganshoren', 'jette', 'brussels', 'molenbeek'],
  },
  {
    code: 'molenbeek',
    name: { nl: 'Sint-Jans-Molenbeek', fr: 'Molenbeek-Saint-Jean', en: 'Molenbeek' },
    postcodes: ['1080'],
    neighbours: ['anderlecht', 'berchem-sainte-agathe', 'koekelberg', 'brussels'],
  },
  {
    code: 'saint-gilles',
    name: { nl: 'Sint-Gillis', fr: 'Saint-Gilles', en: 'Saint-Gilles' },
    postcodes: ['1060'],
    neighbours: ['anderlecht', 'forest', 'uccle', 'ixelles', 'brussels'],
  },
  {
    code: 'saint-josse',
    name: { nl: 'Sint-Joost-ten-Node', fr: 'Saint-Josse-ten-Noode', en: 'Saint-Josse' },
    postcodes: ['1210'],
    neighbours: ['brussels', 'schaerbeek'],
  },
  {
    code: 'schaerbeek',
    name: { nl: 'Schaarbeek', fr: 'Schaerbeek', en: 'Schaerbeek' },
    postcodes: ['1030'],
    neighbours: ['brussels', 'saint-josse', 'evere', 'woluwe-saint-lambert', 'etterbeek'],
  },
  {
    code: 'uccle',
    name: { nl: 'Ukkel', fr: 'Uccle', en: 'Uccle' },
    postcodes: ['1180'],
    neighbours: ['forest', 'saint-gilles', 'ixelles', 'watermael-boitsfort', 'brussels'],
  },
  {
    code: 'watermael-boitsfort',
    name: { nl: 'Watermaal-Bosvoorde', fr: 'Watermael-Boitsfort', en: 'Watermael-Boitsfort' },
    postcodes: ['1170'],
    neighbours: ['uccle', 'ixelles', 'auderghem', 'brussels'],
  },
  {
    code: 'woluwe-saint-lambert',
    name: { nl: 'Sint-Lambrechts-Woluwe', fr: 'Woluwe-Saint-Lambert', en: 'Woluwe-Saint-Lambert' },
    postcodes: ['1200'],
    neighbours: ['woluwe-saint-pierre', 'etterbeek', 'schaerbeek', 'evere', 'auderghem'],
  },
  {
    code: 'woluwe-saint-pierre',
    name: { nl: 'Sint-Pieters-Woluwe', fr: 'Woluwe-Saint-Pierre', en: 'Woluwe-Saint-Pierre' },
    postcodes: ['1150'],
    neighbours: ['woluwe-saint-lambert', 'etterbeek', 'auderghem'],
  },
];

/** Every taxonomy, keyed the way the CMS names its taxonomy collection types. */
export const TAXONOMIES = {
  'help-category': HELP_CATEGORIES,
  municipality: MUNICIPALITIES,
  audience: AUDIENCES,
  'spoken-language': SPOKEN_LANGUAGES,
} as const satisfies Record<string, readonly Term[]>;
export type TaxonomyName = keyof typeof TAXONOMIES;

export function termName(terms: readonly Term[], code: string, locale: keyof Localized): string | undefined {
  return terms.find((term) => term.code === code)?.name[locale];
}

export function municipalityByPostcode(postcode: string): Municipality | undefined {
  return MUNICIPALITIES.find((municipality) => municipality.postcodes.includes(postcode));
}

export function codesOf(terms: readonly Term[]): [string, ...string[]] {
  const codes = terms.map((term) => term.code);
  if (codes.length === 0) throw new Error('A taxonomy has at least one term');
  return codes as [string, ...string[]];
}
