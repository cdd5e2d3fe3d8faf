/**
 * The public door of intake: forms post here, as JSON from the island or as a plain form post
 * without JavaScript, and the pages that answer a plain post live here too. Nothing here reads
 * intake records: they are only ever created, and only staff see them in the admin.
 */
export default {
  routes: [
    { method: 'POST', path: '/intake/:form', handler: 'intake.submit', config: { auth: false } },
    { method: 'GET', path: '/intake/openapi.json', handler: 'intake.openApi', config: { auth: false } },
    { method: 'GET', path: '/intake/thank-you/:form', handler: 'intake.thankYou', config: { auth: false } },
    { method: 'GET', path: '/intake/:form/attempts/:token', handler: 'intake.attempt', config: { auth: false } },
  ],
};
