/**
 * The one door from the back office into the rest of the CMS. Data flows one way: the workspace
 * reads and writes cases through the app's modules named here (matching, privacy, mails, the
 * outbox, the figures, the proposal review, the public intake's store), and nothing in the app
 * imports the plugin. These modules stay in the app because the app's own jobs use them too
 * (the follow-up digest, retention, the outbox, the public forms).
 */
export {
  clearedField,
  createMatch,
  createReferral,
  dueFollowUps,
  MatchRefused,
  moveMatch,
  WorkflowError,
  type NewMatch,
  type NewReferral,
} from '../../../matching/workflow';
export { initiativeProfiles, offerProfiles, requestProfile } from '../../../matching/profiles';
export { rankInitiatives, rankOffers, type Suggestion } from '../../../matching/scoring';
export { actOnOffer, actOnRequest, addNote, CaseRefused } from '../../../matching/case-actions';
export { setAvailability, type Availability, type AvailabilityChange } from '../../../holiday-cover';
export { authorOf, timelineOf, type Author } from '../../../matching/timeline';
export {
  checkOrganisation,
  offerScreeningOf,
  recordScreening,
  SCREENING_FIELDS,
  SCREENING_POPULATE,
  screeningOf,
  screeningPolicy,
  ScreeningRefused,
  type NewScreening,
} from '../../../matching/screening';
export { phoneDigits } from '../../../privacy/subject-requests';
export { staffText, type StaffTextId, type StaffTextValues } from '../../../staff-texts';
export { notifyMatchConfirmed, notifyMilestonesPlanned, notifyProposalDecision, previewProposalDecision } from '../../../notifications/back-office';
export { milestonesOf, planMilestones, type Milestone } from '../../../milestones';
export { pauseMatch, recordConcern, scheduleCheckIns } from '../../../check-ins';
export { configOf } from '../../../config';
export { erasePersonalData, exportPersonalData, type PersonalDataExport, type PersonLookup } from '../../../privacy/subject-requests';
export { computeFigures, loadFacts } from '../../../dashboard/figures';
export { lonelinessFigures, unmetDemand } from '../../../dashboard/outcomes';
export { outboxOf } from '../../../outbox';
export { decisionSheet, type SheetRow } from '../../../proposal-review/decision-sheet';
export { MAX_CRITERION_SCORE, parseScores, proposalScore, reviewScore, type CriterionScore } from '../../../proposal-review/scores';
export { attachmentDownloadPath, milestoneFileDownloadPath } from '../../../api/intake/attachments/download-route';
export { READ, fieldAccess, refuse, type GuardedContext } from '../../../access/content-manager-guard';
export { readsWholeRecord } from '../../../access/intake-queries';
export type { default as intakeService } from '../../../api/intake/services/intake';
export { COMMITTEE_ROLE_CODES } from '../../../access/staff-roles';
