import { LOCALES } from '@cb/domain';
import { describe, expect, it } from 'vitest';
import { planSite, STORIES_PER_PAGE, type SitePage } from '../../src/lib/site-plan.ts';
import { routes } from '@cb/domain';
import { initiative, organisation, page, projectCall, siteContent, story } from '../support/content-fixtures.ts';

const NOW = new Date('2026-11-26T12:00:00Z');
const find = (pages: SitePage[], path: string) => {
  const found = pages.find((candidate) => candidate.path === path);
  if (!found) throw new Error(`no page ${path}`);
  return found;
};

describe('the site plan', () => {
  it('builds every fixed page in every locale even without content', () => {
    const pages = planSite(siteContent(), NOW);
    for (const locale of LOCALES) {
      for (const kind of ['home', 'stories', 'initiatives', 'organisations', 'projectCall', 'page', 'form', 'search', 'requestStatus', 'notFound']) {
        expect(
          pages.some((candidate) => candidate.locale === locale && candidate.kind === kind),
          `${locale} ${kind}`,
        ).toBe(true);
      }
    }
  });

  it('gives every page a unique path and only alternates that are planned pages', () => {
    const pages = planSite(
      siteContent({ stories: [story('s1', 'nl'), story('s1', 'fr'), story('s2', 'en')], initiatives: [initiative('i1', 'nl'), initiative('i1', 'en')] }),
      NOW,
    );
    const paths = new Set(pages.map((candidate) => candidate.path));
    expect(paths.size).toBe(pages.length);
    for (const candidate of pages) {
      for (const alternate of Object.values(candidate.alternates)) expect(paths.has(alternate), `${candidate.path} → ${alternate}`).toBe(true);
      for (const link of candidate.languageLinks) expect(paths.has(link.path), `${candidate.path} → ${link.path}`).toBe(true);
    }
  });

  describe('a document translated in some locales only', () => {
    const pages = planSite(siteContent({ stories: [story('s1', 'nl', { slug: 'fernand-wandelt' }), story('s1', 'fr', { slug: 'fernand-marche' })] }), NOW);

    it('has a page in each locale it exists in, under that locale’s slug', () => {
      expect(pages.filter((candidate) => candidate.kind === 'story').map((candidate) => candidate.path)).toEqual([
        '/nl/verhalen/fernand-wandelt/',
        '/fr/recits/fernand-marche/',
      ]);
    });

    it('lists those versions as alternates, both ways', () => {
      expect(find(pages, '/nl/verhalen/fernand-wandelt/').alternates).toEqual({ nl: '/nl/verhalen/fernand-wandelt/', fr: '/fr/recits/fernand-marche/' });
      expect(find(pages, '/fr/recits/fernand-marche/').alternates).toEqual({ nl: '/nl/verhalen/fernand-wandelt/', fr: '/fr/recits/fernand-marche/' });
    });

    it('switches to the same story in French, and says English is missing, going to the English stories', () => {
      expect(find(pages, '/nl/verhalen/fernand-wandelt/').languageLinks).toEqual([
        { locale: 'fr', path: '/fr/recits/fernand-marche/', translated: true },
        { locale: 'en', path: '/en/stories/', translated: false, destination: 'stories' },
      ]);
    });
  });

  describe('a static page missing in a locale', () => {
    const pages = planSite(siteContent({ pages: [page('p1', 'nl', 'privacy'), page('p1', 'fr', 'privacy')] }), NOW);

    it('still exists there, showing another locale’s text, kept out of search engines', () => {
      const english = find(pages, routes.page('en', 'privacy'));
      expect(english.kind === 'page' && english.page?.locale).toBe('nl');
      expect(english.indexable).toBe(false);
    });

    it('is not an hreflang alternate, and the switcher says it is not translated', () => {
      const dutch = find(pages, routes.page('nl', 'privacy'));
      expect(dutch.alternates).toEqual({ nl: '/nl/privacy/', fr: '/fr/vie-privee/' });
      expect(dutch.languageLinks.find((link) => link.locale === 'en')).toEqual({ locale: 'en', path: '/en/privacy/', translated: false });
    });
  });

  describe('paginated lists', () => {
    const dutch = Array.from({ length: STORIES_PER_PAGE + 1 }, (_, index) =>
      story(`s${index}`, 'nl', { storyDate: `2026-09-${String(index + 1).padStart(2, '0')}` }),
    );
    const pages = planSite(siteContent({ stories: [...dutch, story('s0', 'fr')] }), NOW);

    it('puts the newest stories first', () => {
      const first = find(pages, '/nl/verhalen/');
      expect(first.kind === 'stories' && first.stories[0]?.documentId).toBe(`s${STORIES_PER_PAGE}`);
      expect(first.kind === 'stories' && first.pagination).toEqual({ page: 1, paths: ['/nl/verhalen/', '/nl/verhalen/pagina/2/'] });
    });

    it('links page 2 to the other locales’ first page when they have no page 2', () => {
      const second = find(pages, '/nl/verhalen/pagina/2/');
      expect(second.alternates).toEqual({ nl: '/nl/verhalen/pagina/2/' });
      expect(second.languageLinks[0]).toEqual({ locale: 'fr', path: '/fr/recits/', translated: false, destination: 'stories' });
    });
  });

  describe('initiative filters', () => {
    const pages = planSite(
      siteContent({
        initiatives: [
          initiative('i1', 'nl', { categories: ['groceries'], municipalities: ['anderlecht'] }),
          initiative('i2', 'nl', { categories: ['groceries', 'chat'], municipalities: ['jette'] }),
        ],
      }),
      NOW,
    );

    it('have a static page per category, per municipality and per pair of both that has initiatives, in every locale', () => {
      const filterPages = pages.filter((candidate) => candidate.kind === 'initiatives' && candidate.filter.by !== 'all');
      // Pairs: groceries × Anderlecht, groceries × Jette, chat × Jette.
      expect(filterPages).toHaveLength(3 * (9 + 19 + 3));
      expect(pages.some((candidate) => candidate.path === routes.initiativesByCategoryAndMunicipality('nl', 'chat', 'anderlecht'))).toBe(false);
    });

    it('combine a kind of help with a municipality, with its language alternates, and count each list within the other filter', () => {
      const groceriesInJette = find(pages, routes.initiativesByCategoryAndMunicipality('nl', 'groceries', 'jette'));
      expect(groceriesInJette.path).toBe('/nl/initiatieven/soort-hulp/boodschappen/gemeente/jette/');
      expect(groceriesInJette.kind === 'initiatives' && groceriesInJette.initiatives.map((item) => item.documentId)).toEqual(['i2']);
      expect(Object.keys(groceriesInJette.alternates)).toEqual([...LOCALES]);
      expect(find(pages, routes.initiativesByCategoryAndMunicipality('fr', 'groceries', 'jette')).indexable).toBe(false);
      const jette = find(pages, routes.initiativesByMunicipality('nl', 'jette'));
      expect(jette.kind === 'initiatives' && jette.narrowed.categories).toEqual({ groceries: 1, chat: 1 });
      const groceries = find(pages, routes.initiativesByCategory('nl', 'groceries'));
      expect(groceries.kind === 'initiatives' && groceries.narrowed.municipalities).toEqual({ anderlecht: 1, jette: 1 });
    });

    it('list what matches, with counts for the filter menu', () => {
      const groceries = find(pages, routes.initiativesByCategory('nl', 'groceries'));
      expect(groceries.kind === 'initiatives' && groceries.initiatives.map((item) => item.documentId)).toEqual(['i1', 'i2']);
      expect(groceries.kind === 'initiatives' && groceries.facets.categories).toEqual({ groceries: 2, chat: 1 });
      expect(groceries.indexable).toBe(true);
    });

    it('keep empty filter pages out of search engines', () => {
      expect(find(pages, routes.initiativesByMunicipality('nl', 'evere')).indexable).toBe(false);
    });
  });

  describe('the coming activities', () => {
    const weekly = (weekday: 'thursday' | 'monday') => ({
      repeats: 'weekly' as const,
      date: '2026-01-01',
      weekday,
      everyWeeks: 1,
      startTime: '14:00',
      endTime: '16:00',
      skipHolidays: true,
      skipDays: [],
    });
    const pages = planSite(
      siteContent({
        initiatives: [
          initiative('knit', 'nl', { title: 'Breicafé', municipalities: ['jette'], times: [weekly('thursday')] }),
          initiative('walk', 'nl', {
            title: 'Wandelen',
            municipalities: ['uccle'],
            times: [weekly('monday'), { ...weekly('monday'), repeats: 'monthly', weekOfMonth: 'first', startTime: '09:00' }],
          }),
          initiative('call', 'nl', { title: 'Telefoon', municipalities: ['jette'] }),
        ],
      }),
      NOW,
    );
    const activities = (path: string) => {
      const found = find(pages, path);
      if (found.kind !== 'activities') throw new Error(`${path} is a ${found.kind} page`);
      return found;
    };

    it('has this week and this month, everywhere and per municipality, in every locale', () => {
      expect(pages.filter((candidate) => candidate.kind === 'activities')).toHaveLength(3 * 2 * 20);
    });

    it('lists the next 7 days from the build day in Brussels, day by day, in order of time', () => {
      const week = activities(routes.activities('nl', 'week'));
      expect([week.from, week.to]).toEqual(['2026-11-26', '2026-12-02']);
      expect(week.days.map((day) => [day.day, day.items.map((item) => `${item.occurrence.startTime} ${item.initiative.documentId}`)])).toEqual([
        ['2026-11-26', ['14:00 knit']],
        ['2026-11-30', ['14:00 walk']],
      ]);
      const month = activities(routes.activities('nl', 'month'));
      expect(month.to).toBe('2026-12-26');
      expect(month.days.find((day) => day.day === '2026-12-07')?.items.map((item) => item.occurrence.startTime)).toEqual(['09:00', '14:00']);
    });

    it('lists only a municipality’s own activities, and keeps pages with none out of search engines', () => {
      const jette = activities(routes.activities('nl', 'week', 'jette'));
      expect(jette.days.flatMap((day) => day.items.map((item) => item.initiative.documentId))).toEqual(['knit']);
      expect(jette.municipalitiesWithActivities).toEqual(['jette', 'uccle']);
      expect(activities(routes.activities('nl', 'week', 'evere')).indexable).toBe(false);
      expect(activities(routes.activities('fr', 'week')).days).toEqual([]);
    });

    it("gives each municipality a leaflet in every locale: its initiatives by title, this month's activities, its page for the QR code", () => {
      expect(pages.filter((candidate) => candidate.kind === 'leaflet')).toHaveLength(3 * 19);
      const jette = find(pages, routes.leaflet('nl', 'jette'));
      if (jette.kind !== 'leaflet') throw new Error(`a ${jette.kind} page`);
      expect(jette.initiatives.map((item) => item.title)).toEqual(['Breicafé', 'Telefoon']);
      expect([jette.from, jette.to]).toEqual(['2026-11-26', '2026-12-26']);
      expect(jette.days.map((day) => day.day)).toEqual(['2026-11-26', '2026-12-03', '2026-12-10', '2026-12-17', '2026-12-24']);
      expect(jette.municipalityPath).toBe(routes.initiativesByMunicipality('nl', 'jette'));
      expect(jette.pdfPath).toBe(routes.leafletPdf('nl', 'jette'));
      expect(jette.indexable).toBe(false);
      expect(jette.alternates).toEqual({ nl: routes.leaflet('nl', 'jette'), fr: routes.leaflet('fr', 'jette'), en: routes.leaflet('en', 'jette') });
    });

    it('gives an initiative page its next dates', () => {
      const walk = find(pages, routes.initiative('nl', 'walk-nl'));
      expect(walk.kind === 'initiative' && walk.upcoming.map((occurrence) => `${occurrence.day} ${occurrence.startTime}`)).toEqual([
        '2026-11-30 14:00',
        '2026-12-07 09:00',
        '2026-12-07 14:00',
        '2026-12-14 14:00',
      ]);
    });
  });

  describe('the project call', () => {
    it('shows the open call, and applications are open', () => {
      const pages = planSite(siteContent({ projectCalls: LOCALES.map((locale) => projectCall('c1', locale)) }), NOW);
      const call = find(pages, routes.projectCall('fr'));
      expect(call.kind === 'projectCall' && [call.call?.documentId, call.status]).toEqual(['c1', 'open']);
      const apply = find(pages, routes.form('fr', 'apply'));
      expect(apply.kind === 'form' && apply.applicationsOpen).toBe(true);
    });

    it('gives an earlier call its own page, listed from the current one', () => {
      const earlier = (locale: (typeof LOCALES)[number]) =>
        projectCall('old', locale, { opensOn: '2025-10-01', deadline: '2026-01-31T23:59:00+01:00', slug: `old-${locale}` });
      const pages = planSite(siteContent({ projectCalls: [...LOCALES.map((locale) => projectCall('c1', locale)), ...LOCALES.map(earlier)] }), NOW);
      const current = find(pages, routes.projectCall('nl'));
      expect(current.kind === 'projectCall' && current.otherCalls).toEqual([{ title: 'old nl', path: '/nl/projectoproep/old-nl/', status: 'closed' }]);
      expect(find(pages, '/nl/projectoproep/old-nl/').kind).toBe('projectCall');
    });

    it('says there is none when there is none, and applications are closed', () => {
      const pages = planSite(siteContent(), NOW);
      const call = find(pages, routes.projectCall('en'));
      expect(call.kind === 'projectCall' && call.call).toBeUndefined();
      const apply = find(pages, routes.form('en', 'apply'));
      expect(apply.kind === 'form' && apply.applicationsOpen).toBe(false);
    });
  });

  describe('the home page', () => {
    it('features the editors’ stories in their order, where translated', () => {
      const pages = planSite(siteContent({ stories: [story('a', 'nl'), story('b', 'nl'), story('c', 'nl')], featuredStoryIds: ['c', 'a', 'missing'] }), NOW);
      const home = find(pages, '/nl/');
      expect(home.kind === 'home' && home.featuredStories.map((item) => item.documentId)).toEqual(['c', 'a']);
    });

    it('features the newest stories when the editors chose none', () => {
      const pages = planSite(siteContent({ stories: [story('old', 'en', { storyDate: '2025-01-01' }), story('new', 'en', { storyDate: '2026-11-01' })] }), NOW);
      const home = find(pages, '/en/');
      expect(home.kind === 'home' && home.featuredStories.map((item) => item.documentId)).toEqual(['new', 'old']);
    });
  });

  it('gives organisations their initiatives, in the same locale', () => {
    const pages = planSite(
      siteContent({
        organisations: [organisation('o1', 'nl')],
        initiatives: [initiative('i1', 'nl', { organisationId: 'o1' }), initiative('i2', 'fr', { organisationId: 'o1' })],
      }),
      NOW,
    );
    const org = pages.find((candidate) => candidate.kind === 'organisation');
    expect(org?.kind === 'organisation' && org.initiatives.map((item) => `${item.documentId}/${item.locale}`)).toEqual(['i1/nl']);
  });

  it('refuses two documents with the same URL, naming it', () => {
    expect(() => planSite(siteContent({ stories: [story('a', 'nl', { slug: 'same' }), story('b', 'nl', { slug: 'same' })] }), NOW)).toThrow(
      '/nl/verhalen/same/ (story and story)',
    );
  });

  it('keeps the 404 pages out of search engines and sends their switcher to the other homes', () => {
    const notFound = find(planSite(siteContent(), NOW), routes.notFound('fr'));
    expect(notFound.indexable).toBe(false);
    expect(notFound.languageLinks.map((link) => link.path)).toEqual(['/nl/', '/en/']);
  });
});
