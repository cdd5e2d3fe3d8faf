/**
 * Search without JavaScript: the site's search forms are plain GET forms to this route, answered with a
 * page of results ranked as the island ranks them. Reads the search index only, with the search-only key.
 */
export default {
  routes: [{ method: 'GET', path: '/search', handler: 'site-search.results', config: { auth: false } }],
};
