import { LOCALES, type Locale, type Localized } from './locales.js';

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

export const HELP_CATEGORY_CODES = ['chat', 'walking', 'groceries', 'meals', 'digital', 'paperwork', 'accompaniment', 'letters', 'activities'] as const;
export type HelpCategoryCode = (typeof HELP_CATEGORY_CODES)[number];

export const AUDIENCE_CODES = ['seniors', 'young-adults', 'living-alone', 'families', 'newcomers', 'disability', 'women', 'everyone'] as const;
export type AudienceCode = (typeof AUDIENCE_CODES)[number];

/** Languages people speak; codes are ISO 639-1 where one exists. */
export const SPOKEN_LANGUAGE_CODES = ['nl', 'fr', 'en', 'ar', 'tr', 'es', 'pt', 'it', 'pl', 'ro', 'de', 'ber', 'vgt', 'lsfb'] as const;
export type SpokenLanguageCode = (typeof SPOKEN_LANGUAGE_CODES)[number];

export const MUNICIPALITY_CODES = [
  'anderlecht',
  'auderghem',
  'berchem-sainte-agathe',
  'brussels',
  'etterbeek',
  'evere',
  'forest',
  'ganshoren',
  'ixelles',
  'jette',
  'koekelberg',
  'molenbeek',
  'saint-gilles',
  'saint-josse',
  'schaerbeek',
  'uccle',
  'watermael-boitsfort',
  'woluwe-saint-lambert',
  'woluwe-saint-pierre',
] as const;
export type MunicipalityCode = (typeof MUNICIPALITY_CODES)[number];

/**
 * The names of the terms, one object per language (see `Localized` in locales.ts): each must name
 * every code, so a term without a name in one language fails the typecheck. The municipalities
 * keep their official Dutch and French names.
 */
interface TermNames {
  helpCategories: Record<HelpCategoryCode, string>;
  audiences: Record<AudienceCode, string>;
  spokenLanguages: Record<SpokenLanguageCode, string>;
  municipalities: Record<MunicipalityCode, string>;
}

const en: TermNames = {
  helpCategories: {
    chat: 'A warm chat',
    walking: 'Walking buddy',
    groceries: 'Groceries and errands',
    meals: 'Meals',
    digital: 'Digital help',
    paperwork: 'Help with paperwork',
    accompaniment: 'Going along to appointments',
    letters: 'Letters and drawings',
    activities: 'Doing things together',
  },
  audiences: {
    seniors: 'Older people',
    'young-adults': 'Young adults and students',
    'living-alone': 'People living alone',
    families: 'Families',
    newcomers: 'Newcomers and expats',
    disability: 'People with a disability',
    women: 'Women',
    everyone: 'Everyone',
  },
  spokenLanguages: {
    nl: 'Dutch',
    fr: 'French',
    en: 'English',
    ar: 'Arabic',
    tr: 'Turkish',
    es: 'Spanish',
    pt: 'Portuguese',
    it: 'Italian',
    pl: 'Polish',
    ro: 'Romanian',
    de: 'German',
    ber: 'Berber',
    vgt: 'Flemish Sign Language',
    lsfb: 'French Belgian Sign Language',
  },
  municipalities: {
    anderlecht: 'Anderlecht',
    auderghem: 'Auderghem',
    'berchem-sainte-agathe': 'Berchem-Sainte-Agathe',
    brussels: 'City of Brussels',
    etterbeek: 'Etterbeek',
    evere: 'Evere',
    forest: 'Forest',
    ganshoren: 'Ganshoren',
    ixelles: 'Ixelles',
    jette: 'Jette',
    koekelberg: 'Koekelberg',
    molenbeek: 'Molenbeek',
    'saint-gilles': 'Saint-Gilles',
    'saint-josse': 'Saint-Josse',
    schaerbeek: 'Schaerbeek',
    uccle: 'Uccle',
    'watermael-boitsfort': 'Watermael-Boitsfort',
    'woluwe-saint-lambert': 'Woluwe-Saint-Lambert',
    'woluwe-saint-pierre': 'Woluwe-Saint-Pierre',
  },
};

const nl: TermNames = {
  helpCategories: {
    chat: 'Een warme babbel',
    walking: 'Wandelbuddy',
    groceries: 'Boodschappen',
    meals: 'Maaltijden',
    digital: 'Digitale hulp',
    paperwork: 'Hulp bij papierwerk',
    accompaniment: 'Begeleiding naar afspraken',
    letters: 'Brieven en tekeningen',
    activities: 'Samen iets doen',
  },
  audiences: {
    seniors: 'Ouderen',
    'young-adults': 'Jongvolwassenen en studenten',
    'living-alone': 'Alleenstaanden',
    families: 'Gezinnen',
    newcomers: 'Nieuwkomers en expats',
    disability: 'Mensen met een beperking',
    women: 'Vrouwen',
    everyone: 'Iedereen',
  },
  spokenLanguages: {
    nl: 'Nederlands',
    fr: 'Frans',
    en: 'Engels',
    ar: 'Arabisch',
    tr: 'Turks',
    es: 'Spaans',
    pt: 'Portugees',
    it: 'Italiaans',
    pl: 'Pools',
    ro: 'Roemeens',
    de: 'Duits',
    ber: 'Berbers',
    vgt: 'Vlaamse Gebarentaal',
    lsfb: 'Franstalige Belgische Gebarentaal',
  },
  municipalities: {
    anderlecht: 'Anderlecht',
    auderghem: 'Oudergem',
    'berchem-sainte-agathe': 'Sint-Agatha-Berchem',
    brussels: 'Brussel',
    etterbeek: 'Etterbeek',
    evere: 'Evere',
    forest: 'Vorst',
    ganshoren: 'Ganshoren',
    ixelles: 'Elsene',
    jette: 'Jette',
    koekelberg: 'Koekelberg',
    molenbeek: 'Sint-Jans-Molenbeek',
    'saint-gilles': 'Sint-Gillis',
    'saint-josse': 'Sint-Joost-ten-Node',
    schaerbeek: 'Schaarbeek',
    uccle: 'Ukkel',
    'watermael-boitsfort': 'Watermaal-Bosvoorde',
    'woluwe-saint-lambert': 'Sint-Lambrechts-Woluwe',
    'woluwe-saint-pierre': 'Sint-Pieters-Woluwe',
  },
};

const fr: TermNames = {
  helpCategories: {
    chat: 'Un brin de causette',
    walking: 'Compagnon de promenade',
    groceries: 'Courses',
    meals: 'Repas',
    digital: 'Aide numérique',
    paperwork: 'Aide administrative',
    accompaniment: 'Accompagnement aux rendez-vous',
    letters: 'Lettres et dessins',
    activities: 'Activités ensemble',
  },
  audiences: {
    seniors: 'Personnes âgées',
    'young-adults': 'Jeunes adultes et étudiants',
    'living-alone': 'Personnes seules',
    families: 'Familles',
    newcomers: 'Primo-arrivants et expats',
    disability: 'Personnes en situation de handicap',
    women: 'Femmes',
    everyone: 'Tout le monde',
  },
  spokenLanguages: {
    nl: 'Néerlandais',
    fr: 'Français',
    en: 'Anglais',
    ar: 'Arabe',
    tr: 'Turc',
    es: 'Espagnol',
    pt: 'Portugais',
    it: 'Italien',
    pl: 'Polonais',
    ro: 'Roumain',
    de: 'Allemand',
    ber: 'Berbère',
    vgt: 'Langue des signes flamande',
    lsfb: 'Langue des signes de Belgique francophone',
  },
  municipalities: {
    anderlecht: 'Anderlecht',
    auderghem: 'Auderghem',
    'berchem-sainte-agathe': 'Berchem-Sainte-Agathe',
    brussels: 'Bruxelles',
    etterbeek: 'Etterbeek',
    evere: 'Evere',
    forest: 'Forest',
    ganshoren: 'Ganshoren',
    ixelles: 'Ixelles',
    jette: 'Jette',
    koekelberg: 'Koekelberg',
    molenbeek: 'Molenbeek-Saint-Jean',
    'saint-gilles': 'Saint-Gilles',
    'saint-josse': 'Saint-Josse-ten-Noode',
    schaerbeek: 'Schaerbeek',
    uccle: 'Uccle',
    'watermael-boitsfort': 'Watermael-Boitsfort',
    'woluwe-saint-lambert': 'Woluwe-Saint-Lambert',
    'woluwe-saint-pierre': 'Woluwe-Saint-Pierre',
  },
};

const TERM_NAMES: Localized<TermNames> = { nl, fr, en };

function nameIn<Code extends string>(code: Code, namesOf: (names: TermNames) => Record<Code, string>): Localized {
  return { nl: namesOf(TERM_NAMES.nl)[code], fr: namesOf(TERM_NAMES.fr)[code], en: namesOf(TERM_NAMES.en)[code] };
}

function termsOf<Code extends string>(codes: readonly Code[], namesOf: (names: TermNames) => Record<Code, string>): Term<Code>[] {
  return codes.map((code) => ({ code, name: nameIn(code, namesOf) }));
}

export const HELP_CATEGORIES: readonly Term<HelpCategoryCode>[] = /* @__PURE__ */ termsOf(HELP_CATEGORY_CODES, (names) => names.helpCategories);
export const AUDIENCES: readonly Term<AudienceCode>[] = /* @__PURE__ */ termsOf(AUDIENCE_CODES, (names) => names.audiences);
export const SPOKEN_LANGUAGES: readonly Term<SpokenLanguageCode>[] = /* @__PURE__ */ termsOf(SPOKEN_LANGUAGE_CODES, (names) => names.spokenLanguages);

/** Where the 19 municipalities of the Brussels-Capital Region lie: their postcodes and their neighbours. */
const PLACES: readonly Omit<Municipality, 'name'>[] = [
  { code: 'anderlecht', postcodes: ['1070'], neighbours: ['molenbeek', 'brussels', 'saint-gilles', 'forest'] },
  { code: 'auderghem', postcodes: ['1160'], neighbours: ['watermael-boitsfort', 'ixelles', 'etterbeek', 'woluwe-saint-pierre', 'woluwe-saint-lambert'] },
  { code: 'berchem-sainte-agathe', postcodes: ['1082'], neighbours: ['ganshoren', 'koekelberg', 'molenbeek'] },
  {
    code: 'brussels',
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
  { code: 'etterbeek', postcodes: ['1040'], neighbours: ['brussels', 'ixelles', 'auderghem', 'woluwe-saint-pierre', 'woluwe-saint-lambert', 'schaerbeek'] },
  { code: 'evere', postcodes: ['1140'], neighbours: ['schaerbeek', 'brussels', 'woluwe-saint-lambert'] },
  { code: 'forest', postcodes: ['1190'], neighbours: ['anderlecht', 'saint-gilles', 'uccle'] },
  { code: 'ganshoren', postcodes: ['1083'], neighbours: ['berchem-sainte-agathe', 'koekelberg', 'jette', 'brussels'] },
  { code: 'ixelles', postcodes: ['1050'], neighbours: ['brussels', 'saint-gilles', 'uccle', 'watermael-boitsfort', 'auderghem', 'etterbeek'] },
  { code: 'jette', postcodes: ['1090'], neighbours: ['ganshoren', 'koekelberg', 'brussels'] },
  { code: 'koekelberg', postcodes: ['1081'], neighbours: ['berchem-sainte-agathe', 'ganshoren', 'jette', 'brussels', 'molenbeek'] },
  { code: 'molenbeek', postcodes: ['1080'], neighbours: ['anderlecht', 'berchem-sainte-agathe', 'koekelberg', 'brussels'] },
  { code: 'saint-gilles', postcodes: ['1060'], neighbours: ['anderlecht', 'forest', 'uccle', 'ixelles', 'brussels'] },
  { code: 'saint-josse', postcodes: ['1210'], neighbours: ['brussels', 'schaerbeek'] },
  { code: 'schaerbeek', postcodes: ['1030'], neighbours: ['brussels', 'saint-josse', 'evere', 'woluwe-saint-lambert', 'etterbeek'] },
  { code: 'uccle', postcodes: ['1180'], neighbours: ['forest', 'saint-gilles', 'ixelles', 'watermael-boitsfort', 'brussels'] },
  { code: 'watermael-boitsfort', postcodes: ['1170'], neighbours: ['uccle', 'ixelles', 'auderghem', 'brussels'] },
  { code: 'woluwe-saint-lambert', postcodes: ['1200'], neighbours: ['woluwe-saint-pierre', 'etterbeek', 'schaerbeek', 'evere', 'auderghem'] },
  { code: 'woluwe-saint-pierre', postcodes: ['1150'], neighbours: ['woluwe-saint-lambert', 'etterbeek', 'auderghem'] },
];

/** The 19 municipalities of the Brussels-Capital Region, with their official NL and FR names. */
export const MUNICIPALITIES: readonly Municipality[] = /* @__PURE__ */ PLACES.map(({ code, postcodes, neighbours }) => ({
  code,
  name: nameIn(code, (names) => names.municipalities),
  postcodes,
  neighbours,
}));

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

/**
 * The languages in which a taxonomy's names are common nouns, written lowercase inside a sentence
 * ("Bedoeld voor ouderen", "Parle français", "Same kind of help: walking buddy"). The others are
 * proper names and keep their capitals: municipalities everywhere, languages in Dutch and English.
 */
const COMMON_NOUNS_IN: Record<TaxonomyName, readonly Locale[]> = {
  'help-category': LOCALES,
  audience: LOCALES,
  'spoken-language': ['fr'],
  municipality: [],
};

/** A term's name as it is written inside a sentence of that language (see COMMON_NOUNS_IN). */
export function termNameInSentence(taxonomy: TaxonomyName, code: string, locale: Locale): string | undefined {
  const name = termName(TAXONOMIES[taxonomy], code, locale);
  return name !== undefined && COMMON_NOUNS_IN[taxonomy].includes(locale) ? inSentence(name, locale) : name;
}

/** A label (a term's or an answer's name, capitalised to stand alone) as it reads inside a sentence; an acronym ("NGO") stays as it is. */
export function inSentence(label: string, locale: Locale): string {
  const [first = '', second = ''] = label;
  const acronym = second !== second.toLocaleLowerCase(locale) && second === second.toLocaleUpperCase(locale);
  return acronym ? label : first.toLocaleLowerCase(locale) + label.slice(1);
}

export function municipalityByPostcode(postcode: string): Municipality | undefined {
  return MUNICIPALITIES.find((municipality) => municipality.postcodes.includes(postcode));
}

export function codesOf(terms: readonly Term[]): [string, ...string[]] {
  const codes = terms.map((term) => term.code);
  if (codes.length === 0) throw new Error('A taxonomy has at least one term');
  return codes as [string, ...string[]];
}

/**
 * Spoken languages in the order a reader of `locale` looks for them: the page's language, the site's two
 * other languages (Brussels' official ones and English), then the rest in the reader's alphabetical order.
 * Every list of languages to choose from uses it (the forms with and without JavaScript, the CMS's form again).
 */
export function inSpokenLanguageOrder<Item>(items: readonly Item[], locale: Locale, codeOf: (item: Item) => string, nameOf: (item: Item) => string): Item[] {
  const siteLanguages: readonly string[] = [locale, ...LOCALES.filter((other) => other !== locale)];
  const rank = (item: Item) => {
    const at = siteLanguages.indexOf(codeOf(item));
    return at === -1 ? siteLanguages.length : at;
  };
  return [...items].sort((a, b) => rank(a) - rank(b) || nameOf(a).localeCompare(nameOf(b), locale));
}
