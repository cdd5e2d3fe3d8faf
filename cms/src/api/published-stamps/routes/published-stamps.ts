/**
 * The version of every published document of a public collection in one locale, for the site build's
 * incremental content load (see the controller). Public: it says no more than the public REST API.
 */
export default {
  routes: [{ method: 'GET', path: '/published-stamps/:type', handler: 'published-stamps.list', config: { auth: false } }],
};
