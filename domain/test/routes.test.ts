import { describe, expect, it } from 'vitest';
import { FORM_KEYS, HELP_CATEGORIES, LOCALES, MUNICIPALITIES, PAGE_KEYS, absoluteUrl, categorySlug, municipalitySlug, routes, slugify } from '../src/index.js';

describe('the route map', () => {
  it('gives every section a localized segment', () => {
    expect(routes.stories('nl')).toBe('/nl/verhalen/');
    expect(routes.stories('fr')).toBe('/fr/recits/');
    expect(routes.stories('en')).toBe('/en/stories/');
    expect(routes.initiatives('nl')).toBe('/nl/initiatieven/');
    expect(routes.organisations('fr')).toBe('/fr/organisations/');
    expect(routes.projectCall('fr')).toBe('/fr/appel-a-projets/');
    expect(routes.search('nl')).toBe('/nl/zoeken/');
  });

  it('puts documents under their section with their slug of that locale', () => {
    expect(routes.story('fr', 'fernand-et-sofie')).toBe('/fr/recits/fernand-et-sofie/');
    expect(routes.initiative('en', 'phone-chain')).toBe('/en/initiatives/phone-chain/');
    expect(routes.organisation('nl', 'de-molenwiek')).toBe('/nl/organisaties/de-molenwiek/');
  });

  it('numbers pages from 2 on; page 1 is the list itself', () => {
    expect(routes.stories('nl', 1)).toBe('/nl/verhalen/');
    expect(routes.stories('nl', 2)).toBe('/nl/verhalen/pagina/2/');
    expect(routes.initiativesByCategory('en', 'groceries', 3)).toBe('/en/initiatives/kind-of-help/groceries-and-errands/page/3/');
  });

  it('names filter pages after the category or municipality in the reader’s language', () => {
    expect(routes.initiativesByCategory('nl', 'walking')).toBe('/nl/initiatieven/soort-hulp/wandelbuddy/');
    expect(routes.initiativesByMunicipality('nl', 'schaerbeek')).toBe('/nl/initiatieven/gemeente/schaarbeek/');
    expect(routes.initiativesByMunicipality('fr', 'schaerbeek')).toBe('/fr/initiatives/commune/schaerbeek/');
  });

  it('gives each category and municipality a distinct slug in every locale', () => {
    for (const locale of LOCALES) {
      const categories = HELP_CATEGORIES.map((category) => categorySlug(locale, category.code));
      const municipalities = MUNICIPALITIES.map((municipality) => municipalitySlug(locale, municipality.code));
      expect(new Set(categories).size).toBe(HELP_CATEGORIES.length);
      expect(new Set(municipalities).size).toBe(MUNICIPALITIES.length);
    }
  });

  it('gives the static pages and the forms fixed URLs that differ per locale', () => {
    for (const locale of LOCALES) {
      const paths = [...PAGE_KEYS.map((key) => routes.page(locale, key)), ...FORM_KEYS.map((form) => routes.form(locale, form))];
      expect(new Set(paths).size).toBe(paths.length);
      expect(paths.every((path) => path.startsWith(`/${locale}/`) && path.endsWith('/'))).toBe(true);
    }
    expect(routes.page('fr', 'privacy')).toBe('/fr/vie-privee/');
    expect(routes.form('nl', 'ask-for-help')).toBe('/nl/hulp-vragen/');
  });

  it('ends page paths with a slash; the feed is a file', () => {
    expect(routes.home('en')).toBe('/en/');
    expect(routes.storiesFeed('fr')).toBe('/fr/recits/rss.xml');
    expect(routes.landing()).toBe('/');
  });

  it('puts the coming activities and their calendar feeds under one localized segment, everywhere or per municipality', () => {
    expect(routes.activities('nl', 'week')).toBe('/nl/activiteiten/');
    expect(routes.activities('fr', 'month')).toBe('/fr/activites/ce-mois-ci/');
    expect(routes.activities('en', 'month', 'saint-gilles')).toBe('/en/activities/municipality/saint-gilles/this-month/');
    expect(routes.activities('nl', 'week', 'saint-gilles')).toBe('/nl/activiteiten/gemeente/sint-gillis/');
    expect(routes.activitiesFeed('fr')).toBe('/fr/activites/agenda.ics');
    expect(routes.activitiesFeed('nl', 'jette')).toBe('/nl/activiteiten/gemeente/jette/agenda.ics');
    expect(routes.initiativeFeed('en', 'knitting-cafe')).toBe('/en/initiatives/knitting-cafe/calendar.ics');
    expect(routes.municipalities('fr')).toBe('/fr/communes/');
  });

  it("puts each municipality's printable leaflet and its PDF under the map, named after the municipality", () => {
    expect(routes.leaflet('nl', 'ixelles')).toBe('/nl/gemeenten/elsene/folder/');
    expect(routes.leaflet('fr', 'saint-gilles')).toBe('/fr/communes/saint-gilles/depliant/');
    expect(routes.leafletPdf('nl', 'ixelles')).toBe('/nl/gemeenten/elsene/folder-elsene.pdf');
    expect(routes.leafletPdf('en', 'woluwe-saint-lambert')).toBe('/en/municipalities/woluwe-saint-lambert/leaflet-woluwe-saint-lambert.pdf');
  });

  it('makes absolute URLs on the public site', () => {
    expect(absoluteUrl('/nl/', 'https://connecting.brussels')).toBe('https://connecting.brussels/nl/');
    expect(absoluteUrl('/nl/', 'https://connecting.brussels/')).toBe('https://connecting.brussels/nl/');
  });
});

describe('slugify', () => {
  it('keeps letters and digits, drops accents and joins words with hyphens', () => {
    expect(slugify('Sint-Agatha-Berchem')).toBe('sint-agatha-berchem');
    expect(slugify('Accompagnement aux rendez-vous')).toBe('accompagnement-aux-rendez-vous');
    expect(slugify('Type d’aide')).toBe('type-d-aide');
  });

  it('writes out letters that are no accented letter instead of dropping them', () => {
    expect(slugify('Les Restos du Cœur')).toBe('les-restos-du-coeur');
    expect(slugify('ŒUVRE ÆTERNA Straße')).toBe('oeuvre-aeterna-strasse');
  });
});
