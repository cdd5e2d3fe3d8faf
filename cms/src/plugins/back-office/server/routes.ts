import { BACK_OFFICE_PERMISSION, INTAKE_TYPES } from '@cb/domain';
import { READS_WHOLE_RECORDS } from './whole-records';

/**
 * The workspace's API, for the admin pages of this plugin only: admin session required, and the
 * plugin's "use" permission, which only the back-office role (and the super admin) holds.
 */
const policies = ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [BACK_OFFICE_PERMISSION] } }];

const REQUEST = 'api::help-request.help-request';
const OFFER = 'api::help-offer.help-offer';
const MATCH = 'api::match.match';
const PROPOSAL = 'api::project-proposal.project-proposal';
const REVIEW = 'api::proposal-review.proposal-review';
const TIMELINE = 'api::case-event.case-event';
const ORGANISATION_CHECK = 'api::organisation-check.organisation-check';
const CASES = [REQUEST, OFFER, MATCH, TIMELINE];
const EVERY_INTAKE = INTAKE_TYPES.map((type) => `api::${type}.${type}`);

/** Each route names the intake records it reads, searches or filters: the caller must read them whole. */
const route = (method: string, path: string, handler: string, reads: string[]) => ({
  method,
  path,
  handler,
  config: { policies, middlewares: [{ name: READS_WHOLE_RECORDS, config: { uids: reads } }] },
});

export const routes = {
  admin: {
    type: 'admin',
    routes: [
      route('GET', '/requests', 'requests.queue', CASES),
      route('GET', '/requests/:documentId', 'requests.findOne', CASES),
      route('GET', '/requests/:documentId/suggestions', 'requests.suggestions', CASES),
      route('GET', '/search', 'requests.search', CASES),
      route('POST', '/cases/find', 'cases.find', CASES),
      route('POST', '/requests/:documentId/notes', 'cases.addRequestNote', CASES),
      route('POST', '/requests/:documentId/actions', 'cases.actOnRequest', CASES),
      route('PUT', '/requests/:documentId/audiences', 'cases.setAudiences', CASES),
      route('GET', '/offers/:documentId', 'cases.offer', CASES),
      route('POST', '/offers/:documentId/notes', 'cases.addOfferNote', CASES),
      route('POST', '/offers/:documentId/actions', 'cases.actOnOffer', CASES),
      route('GET', '/offers/:documentId/screening', 'screening.show', [...CASES, ORGANISATION_CHECK]),
      route('POST', '/offers/:documentId/screening', 'screening.record', [...CASES, ORGANISATION_CHECK]),
      route('POST', '/offers/:documentId/organisation-check', 'screening.checkOrganisation', [...CASES, ORGANISATION_CHECK]),
      route('POST', '/matches', 'matches.createMatch', CASES),
      route('POST', '/referrals', 'matches.createReferral', CASES),
      route('PUT', '/matches/:documentId', 'matches.move', CASES),
      route('GET', '/follow-ups', 'matches.followUps', CASES),
      route('POST', '/matches/:documentId/concerns', 'checkIns.recordConcern', CASES),
      route('PUT', '/matches/:documentId/pause', 'checkIns.pause', CASES),
      route('POST', '/intake/:form', 'intake.register', [REQUEST, OFFER]),
      route('GET', '/dashboard', 'dashboard.figures', CASES),
      route('GET', '/project-calls', 'proposals.calls', [PROPOSAL, REVIEW]),
      route('GET', '/project-calls/:documentId/proposals', 'proposals.list', [PROPOSAL, REVIEW]),
      route('GET', '/project-calls/:documentId/decision-sheet', 'proposals.sheet', [PROPOSAL, REVIEW]),
      route('POST', '/proposals/:documentId/reviews', 'proposals.review', [PROPOSAL, REVIEW]),
      route('PUT', '/proposals/:documentId/decision', 'proposals.decide', [PROPOSAL, REVIEW]),
      route('POST', '/people/export', 'people.export', EVERY_INTAKE),
      route('POST', '/people/erase', 'people.erase', EVERY_INTAKE),
      // Labels name the form and reference of every kind of record.
      route('GET', '/outbox/failed', 'outbox.failed', EVERY_INTAKE),
    ],
  },
};
