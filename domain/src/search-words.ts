import type { Locale, Localized } from './locales.js';

/**
 * The words of search, once, for the site's search page and island and for the CMS's page of results
 * without JavaScript (cms/src/api/site-search/), so both say the same. Plain data, no functions: the
 * island gets them as props in the browser and fills in the `{placeholders}` itself.
 */

/** A text completed with a number: `{count}` becomes the count. */
type WithCount = `${string}{count}${string}`;
type WithCountAndQuery = `${string}{count}${string}{query}${string}` | `${string}{query}${string}{count}${string}`;
/** The forms Intl.PluralRules picks from in nl, fr and en (French puts 0 and 1 under "one"). */
type PluralForms<Text extends string> = Record<'one' | 'other', Text>;

/** What a search result can be (the search indexes' `kind`). */
export type SearchResultKind = 'initiative' | 'organisation' | 'story' | 'project-call' | 'funded-project';
/** The facets shown as lists to choose from (the search indexes' filterable lists). */
export type SearchListFacet = 'categories' | 'municipalities' | 'audiences' | 'languages' | 'kind';

export interface SearchIslandStrings {
  resultCount: PluralForms<WithCount>;
  resultCountFor: PluralForms<WithCountAndQuery>;
  noResults: string;
  noResultsFor: `${string}{query}${string}`;
  noResultsHelp: string;
  searching: string;
  unavailable: string;
  filters: string;
  activeFilters: PluralForms<WithCount>;
  clearFilters: string;
  /** The legend of each list of filters. */
  facets: Record<SearchListFacet, string>;
  remoteHeading: string;
  remoteOption: string;
  kinds: Record<SearchResultKind, string>;
  pageOf: `${string}{page}${string}{total}${string}`;
  /** On a phone, under the open filters: closes them and goes to the results. */
  showResults: PluralForms<WithCount>;
}

export interface SearchWords {
  title: string;
  intro: string;
  label: string;
  button: string;
  /** Above the static filter pages, when the page has no search island (no JavaScript, or search not configured). */
  browseInstead: string;
  browseByCategory: string;
  browseByMunicipality: string;
  island: SearchIslandStrings;
  /** The links between pages of a list. */
  pages: { label: string; previous: string; next: string };
  /** Only on the page of results answered without JavaScript. */
  page: {
    shortened: `${string}{max}${string}`;
    /** After a filter that is on, for whoever cannot see its tick. */
    filterOn: string;
    /** The link from the count of results down to the filters. */
    toFilters: string;
    /** The link to the site's search page, which searches as one types (with JavaScript). */
    searchPage: string;
    /** Past the searches one address may make per window (429): how many minutes to wait; the words stay in the box. */
    rateLimited: PluralForms<WithCount>;
  };
}

export const SEARCH_WORDS: Localized<SearchWords> = {
  nl: {
    title: 'Zoeken',
    intro: 'Zoek een initiatief, een organisatie of een verhaal.',
    label: 'Waar zoek je naar?',
    button: 'Zoeken',
    browseInstead: 'Je kunt ook bladeren per soort hulp of per gemeente.',
    browseByCategory: 'Per soort hulp',
    browseByMunicipality: 'Per gemeente',
    island: {
      resultCount: { one: '{count} resultaat', other: '{count} resultaten' },
      resultCountFor: { one: '{count} resultaat voor “{query}”', other: '{count} resultaten voor “{query}”' },
      noResults: 'Geen resultaten.',
      noResultsFor: 'Geen resultaten voor “{query}”.',
      noResultsHelp: 'Kijk de spelling na, gebruik minder woorden of zet filters uit. Je kunt ook hieronder bladeren per soort hulp of per gemeente.',
      searching: 'Even zoeken…',
      unavailable: 'Zoeken lukt nu even niet. Probeer het straks opnieuw, of blader hieronder per soort hulp of per gemeente.',
      filters: 'Filters',
      activeFilters: { one: '{count} filter aan', other: '{count} filters aan' },
      clearFilters: 'Alle filters wissen',
      facets: { categories: 'Soort hulp', municipalities: 'Gemeente', audiences: 'Voor wie', languages: 'Gesproken taal', kind: 'Soort resultaat' },
      remoteHeading: 'Vanuit huis',
      remoteOption: 'Per telefoon of online',
      kinds: { initiative: 'Initiatief', organisation: 'Organisatie', story: 'Verhaal', 'project-call': 'Projectoproep', 'funded-project': 'Gesteund project' },
      pageOf: 'Pagina {page} van {total}',
      showResults: { one: 'Toon {count} resultaat', other: 'Toon {count} resultaten' },
    },
    pages: {
      label: 'Pagina’s',
      previous: 'Vorige pagina',
      next: 'Volgende pagina',
    },
    page: {
      shortened: 'Je zoekopdracht was lang: alleen de eerste {max} tekens zijn gebruikt.',
      filterOn: '(aan, tik om uit te zetten)',
      toFilters: 'Resultaten verfijnen',
      searchPage: 'Zoeken terwijl je typt',
      rateLimited: {
        one: 'We kregen net veel zoekopdrachten van dit adres. Wacht {count} minuut en zoek dan opnieuw: je woorden staan nog in het vak. Je kunt ook hieronder bladeren per soort hulp of per gemeente.',
        other:
          'We kregen net veel zoekopdrachten van dit adres. Wacht {count} minuten en zoek dan opnieuw: je woorden staan nog in het vak. Je kunt ook hieronder bladeren per soort hulp of per gemeente.',
      },
    },
  },
  fr: {
    title: 'Rechercher',
    intro: 'Cherchez une initiative, une organisation ou un récit.',
    label: 'Que cherchez-vous\u00a0?',
    button: 'Rechercher',
    browseInstead: 'Vous pouvez aussi parcourir par type d’aide ou par commune.',
    browseByCategory: 'Par type d’aide',
    browseByMunicipality: 'Par commune',
    island: {
      resultCount: { one: '{count} résultat', other: '{count} résultats' },
      resultCountFor: { one: '{count} résultat pour « {query} »', other: '{count} résultats pour « {query} »' },
      noResults: 'Aucun résultat.',
      noResultsFor: 'Aucun résultat pour « {query} ».',
      noResultsHelp:
        'Vérifiez l’orthographe, utilisez moins de mots ou retirez des filtres. Vous pouvez aussi parcourir ci-dessous par type d’aide ou par commune.',
      searching: 'Recherche en cours…',
      unavailable: 'La recherche ne fonctionne pas pour le moment. Réessayez plus tard, ou parcourez ci-dessous par type d’aide ou par commune.',
      filters: 'Filtres',
      activeFilters: { one: '{count} filtre actif', other: '{count} filtres actifs' },
      clearFilters: 'Effacer tous les filtres',
      facets: { categories: 'Type d’aide', municipalities: 'Commune', audiences: 'Pour qui', languages: 'Langue parlée', kind: 'Type de résultat' },
      remoteHeading: 'Depuis chez vous',
      remoteOption: 'Par téléphone ou en ligne',
      kinds: { initiative: 'Initiative', organisation: 'Organisation', story: 'Récit', 'project-call': 'Appel à projets', 'funded-project': 'Projet soutenu' },
      pageOf: 'Page {page} sur {total}',
      showResults: { one: 'Voir {count} résultat', other: 'Voir {count} résultats' },
    },
    pages: {
      label: 'Pages',
      previous: 'Page précédente',
      next: 'Page suivante',
    },
    page: {
      shortened: 'Votre recherche était longue\u00a0: seuls ses {max} premiers caractères ont été utilisés.',
      filterOn: '(actif, touchez pour le retirer)',
      toFilters: 'Affiner les résultats',
      searchPage: 'Rechercher pendant la frappe',
      rateLimited: {
        one: 'Nous venons de recevoir beaucoup de recherches depuis cette adresse. Attendez {count} minute, puis relancez la recherche\u00a0: vos mots sont toujours dans le champ. Vous pouvez aussi parcourir ci-dessous par type d’aide ou par commune.',
        other:
          'Nous venons de recevoir beaucoup de recherches depuis cette adresse. Attendez {count} minutes, puis relancez la recherche\u00a0: vos mots sont toujours dans le champ. Vous pouvez aussi parcourir ci-dessous par type d’aide ou par commune.',
      },
    },
  },
  en: {
    title: 'Search',
    intro: 'Find an initiative, an organisation or a story.',
    label: 'What are you looking for?',
    button: 'Search',
    browseInstead: 'You can also browse by kind of help or by municipality.',
    browseByCategory: 'By kind of help',
    browseByMunicipality: 'By municipality',
    island: {
      resultCount: { one: '{count} result', other: '{count} results' },
      resultCountFor: { one: '{count} result for “{query}”', other: '{count} results for “{query}”' },
      noResults: 'No results.',
      noResultsFor: 'No results for “{query}”.',
      noResultsHelp: 'Check the spelling, use fewer words or remove filters. You can also browse by kind of help or by municipality below.',
      searching: 'Searching…',
      unavailable: 'Search is not working right now. Try again later, or browse by kind of help or by municipality below.',
      filters: 'Filters',
      activeFilters: { one: '{count} filter on', other: '{count} filters on' },
      clearFilters: 'Clear all filters',
      facets: { categories: 'Kind of help', municipalities: 'Municipality', audiences: 'For whom', languages: 'Language spoken', kind: 'Kind of result' },
      remoteHeading: 'From home',
      remoteOption: 'By phone or online',
      kinds: { initiative: 'Initiative', organisation: 'Organisation', story: 'Story', 'project-call': 'Project call', 'funded-project': 'Funded project' },
      pageOf: 'Page {page} of {total}',
      showResults: { one: 'Show {count} result', other: 'Show {count} results' },
    },
    pages: {
      label: 'Pages',
      previous: 'Previous page',
      next: 'Next page',
    },
    page: {
      shortened: 'Your search was long: only its first {max} characters were used.',
      filterOn: '(on, tap to turn it off)',
      toFilters: 'Narrow down the results',
      searchPage: 'Search as you type',
      rateLimited: {
        one: 'We just received many searches from this address. Please wait {count} minute, then search again: your words are still in the box. You can also browse by kind of help or by municipality below.',
        other:
          'We just received many searches from this address. Please wait {count} minutes, then search again: your words are still in the box. You can also browse by kind of help or by municipality below.',
      },
    },
  },
};

export function searchWords(locale: Locale): SearchWords {
  return SEARCH_WORDS[locale];
}

/**
 * Where a search goes without JavaScript: a plain GET form (`?locale=nl&q=…`) answered by the CMS with a
 * page of results, on the site's own origin (the web server passes this one path on).
 */
export const SEARCH_RESULTS_PATH = '/api/search';
