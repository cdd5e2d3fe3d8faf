/**
 * The status page's one route: a plain form post (no JavaScript needed) answered with a page that
 * says where a help request stands, or that nothing can be said. Nothing here writes a record.
 */
export default {
  routes: [{ method: 'POST', path: '/request-status', handler: 'request-status.lookUp', config: { auth: false } }],
};
