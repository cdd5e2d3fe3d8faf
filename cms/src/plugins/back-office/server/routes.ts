/**
 * The workspace's API, for the admin pages of this plugin only: admin session required, and the
 * plugin's "use" permission, which only the back-office role (and the super admin) holds.
 */
const staffOnly = {
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: ['plugin::back-office.use'] } }],
};

const route = (method: string, path: string, handler: string) => ({ method, path, handler, config: staffOnly });

export const routes = {
  admin: {
    type: 'admin',
    routes: [
      route('GET', '/requests', 'requests.queue'),
      route('GET', '/requests/:documentId', 'requests.findOne'),
      route('GET', '/requests/:documentId/suggestions', 'requests.suggestions'),
      route('GET', '/search', 'requests.search'),
      route('POST', '/matches', 'matches.createMatch'),
      route('POST', '/referrals', 'matches.createReferral'),
      route('PUT', '/matches/:documentId', 'matches.move'),
      route('GET', '/follow-ups', 'matches.followUps'),
      route('POST', '/intake/:form', 'intake.register'),
      route('GET', '/dashboard', 'dashboard.figures'),
      route('GET', '/project-calls', 'proposals.calls'),
      route('GET', '/project-calls/:documentId/proposals', 'proposals.list'),
      route('GET', '/project-calls/:documentId/decision-sheet', 'proposals.sheet'),
      route('POST', '/proposals/:documentId/reviews', 'proposals.review'),
      route('PUT', '/proposals/:documentId/decision', 'proposals.decide'),
      route('POST', '/people/export', 'people.export'),
      route('POST', '/people/erase', 'people.erase'),
      route('GET', '/outbox/failed', 'outbox.failed'),
    ],
  },
};
