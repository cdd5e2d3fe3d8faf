import { BACK_OFFICE_PERMISSION, DECIDE_PROPOSALS_PERMISSION, INTAKE_TYPES, REVIEW_PROPOSALS_PERMISSION } from '@cb/domain';
import { READS_WHOLE_RECORDS } from './whole-records';

/**
 * The workspace's API, for the admin pages of this plugin only: admin session required, and the
 * plugin's "use" permission, which only the back-office role (and the super admin) holds.
 */
const needs = (permission: string) => ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions: [permission] } }];

const REQUEST = 'api::help-request.help-request';
const OFFER = 'api::help-offer.help-offer';
const MATCH = 'api::match.match';
const PROPOSAL = 'api::project-proposal.project-proposal';
const REVIEW = 'api::proposal-review.proposal-review';
const MILESTONE = 'api::project-milestone.project-milestone';
const TIMELINE = 'api::case-event.case-event';
const ORGANISATION_CHECK = 'api::organisation-check.organisation-check';
const CASES = [REQUEST, OFFER, MATCH, TIMELINE];
const EVERY_INTAKE = INTAKE_TYPES.map((type) => `api::${type}.${type}`);

/**
 * Each route names the intake records it reads, searches or filters: the caller must read them whole.
 * The project call's review has permissions of its own: reviewers (who never see help requests or
 * offers) read and score proposals; staff who decide assign, read every review and decide. A
 * reviewer reads no proposal review whole: the service shows them the others' only after their own.
 */
const routeNeeding = (permission: string) => (method: string, path: string, handler: string, reads: string[]) => ({
  method,
  path,
  handler,
  config: { policies: needs(permission), middlewares: [{ name: READS_WHOLE_RECORDS, config: { uids: reads } }] },
});
const route = routeNeeding(BACK_OFFICE_PERMISSION);
const reviewRoute = routeNeeding(REVIEW_PROPOSALS_PERMISSION);
const decideRoute = routeNeeding(DECIDE_PROPOSALS_PERMISSION);

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
      route('PUT', '/offers/:documentId/availability', 'cases.setAvailability', CASES),
      route('GET', '/screening-queue', 'screening.queue', [...CASES, ORGANISATION_CHECK]),
      route('GET', '/screening-queue/counts', 'screening.counts', [...CASES, ORGANISATION_CHECK]),
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
      reviewRoute('GET', '/project-calls', 'proposals.calls', [PROPOSAL]),
      reviewRoute('GET', '/project-calls/:documentId/proposals', 'proposals.list', [PROPOSAL]),
      reviewRoute('GET', '/proposals/mine', 'proposals.mine', [PROPOSAL]),
      reviewRoute('GET', '/proposals/:documentId', 'proposals.findOne', [PROPOSAL]),
      reviewRoute('POST', '/proposals/:documentId/reviews', 'proposals.review', [PROPOSAL]),
      reviewRoute('POST', '/proposals/:documentId/conflict', 'proposals.declareConflict', [PROPOSAL]),
      decideRoute('GET', '/project-calls/:documentId/decision-sheet', 'proposals.sheet', [PROPOSAL, REVIEW]),
      decideRoute('GET', '/project-calls/:documentId/committee', 'proposals.committee', [PROPOSAL, REVIEW]),
      decideRoute('POST', '/project-calls/:documentId/assignments/spread', 'proposals.spread', [PROPOSAL, REVIEW]),
      decideRoute('POST', '/proposals/:documentId/assignments', 'proposals.assign', [PROPOSAL, REVIEW]),
      decideRoute('DELETE', '/proposals/:documentId/assignments/:reviewerId', 'proposals.unassign', [PROPOSAL, REVIEW]),
      decideRoute('PUT', '/proposals/:documentId/decision', 'proposals.decide', [PROPOSAL, REVIEW]),
      decideRoute('GET', '/proposals/:documentId/decision/preview', 'proposals.preview', [PROPOSAL, REVIEW]),
      decideRoute('POST', '/proposals/:documentId/decision/confirm', 'proposals.confirm', [PROPOSAL, REVIEW]),
      decideRoute('GET', '/proposals/:documentId/milestones', 'proposals.milestones', [PROPOSAL, MILESTONE]),
      decideRoute('PUT', '/proposals/:documentId/milestones', 'proposals.planMilestones', [PROPOSAL, MILESTONE]),
      decideRoute('GET', '/project-calls/:documentId/dashboard', 'proposals.dashboard', [PROPOSAL, REVIEW]),
      route('POST', '/people/export', 'people.export', EVERY_INTAKE),
      route('POST', '/people/erase', 'people.erase', EVERY_INTAKE),
      // Labels name the form and reference of every kind of record.
      route('GET', '/outbox/failed', 'outbox.failed', EVERY_INTAKE),
    ],
  },
};
