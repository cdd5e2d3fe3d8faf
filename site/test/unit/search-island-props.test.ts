import { LOCALES, MUNICIPALITIES, routes } from '@cb/domain';
import { describe, expect, it } from 'vitest';
import { searchIslandProps } from '../../src/search/island-props.ts';

const service = { url: 'http://127.0.0.1:7700', searchKey: 'search-only' };

describe('what the search page hands the island', () => {
  it.each(LOCALES)('in %s is plain data that survives the trip to the browser unchanged', (locale) => {
    const props = searchIslandProps(locale, service);
    expect(JSON.parse(JSON.stringify(props))).toEqual(props);
    expect(props.searchPath).toBe(routes.search(locale));
  });

  it('labels facet values from @cb/domain in the page’s language', () => {
    const { options } = searchIslandProps('fr', service);
    expect(options.categories.find((option) => option.code === 'groceries')?.label).toBe('Courses');
    expect(options.languages.find((option) => option.code === 'nl')?.label).toBe('Néerlandais');
    expect(options.kind.map((option) => option.label)).toEqual(['Initiative', 'Organisation', 'Récit', 'Appel à projets', 'Projet soutenu']);
  });

  it('lists every municipality, alphabetically in the page’s language', () => {
    const labels = searchIslandProps('nl', service).options.municipalities.map((option) => option.label);
    expect(labels).toHaveLength(MUNICIPALITIES.length);
    expect(labels.slice(0, 3)).toEqual(['Anderlecht', 'Brussel', 'Elsene']);
  });
});
