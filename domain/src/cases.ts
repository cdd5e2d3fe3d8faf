import { MATCH_STATUSES } from './intake.js';
import type {
  URGENCIES,
  HELP_OFFER_STATUSES,
  HELP_REQUEST_STATUSES,
  MATCH_KINDS,
  OFFER_AS,
  PROJECT_PROPOSAL_STATUSES,
  STORY_SUBMISSION_STATUSES,
} from './intake.js';

/**
 * The rules of the back office's cases, each stated once: who may work on them, which statuses
 * count as open or closed, how many matches an offer carries, and how a request and an offer move
 * with their match. The CMS (workflow, suggestions, retention, mails, staff roles) and the
 * back-office pages read them from here.
 */

export type RequestStatus = (typeof HELP_REQUEST_STATUSES)[number];
export type OfferStatus = (typeof HELP_OFFER_STATUSES)[number];
export type MatchStatus = (typeof MATCH_STATUSES)[number];
export type MatchKind = (typeof MATCH_KINDS)[number];
export type OfferAs = (typeof OFFER_AS)[number];
export type Urgency = (typeof URGENCIES)[number];
export type ProposalStatus = (typeof PROJECT_PROPOSAL_STATUSES)[number];
export type StorySubmissionStatus = (typeof STORY_SUBMISSION_STATUSES)[number];

/** The plugin that is the staff's workspace, and the one permission that opens it. */
export const BACK_OFFICE_PLUGIN = 'back-office';
export const BACK_OFFICE_USE_ACTION = 'use';
export const BACK_OFFICE_PERMISSION = `plugin::${BACK_OFFICE_PLUGIN}.${BACK_OFFICE_USE_ACTION}`;
/** Reading and scoring the project proposals assigned to one (the review committee). */
export const REVIEW_PROPOSALS_ACTION = 'review-proposals';
export const REVIEW_PROPOSALS_PERMISSION = `plugin::${BACK_OFFICE_PLUGIN}.${REVIEW_PROPOSALS_ACTION}`;
/** Running the call's review: assigning reviewers, reading every review, deciding. */
export const DECIDE_PROPOSALS_ACTION = 'decide-proposals';
export const DECIDE_PROPOSALS_PERMISSION = `plugin::${BACK_OFFICE_PLUGIN}.${DECIDE_PROPOSALS_ACTION}`;

/** A match in one of these still needs staff attention and keeps the offer occupied. */
export const OPEN_MATCH_STATUSES = ['proposed', 'contacted', 'active'] as const satisfies readonly MatchStatus[];
/** The rest: the match is over, and retention may anonymise it after a while. */
export const CLOSED_MATCH_STATUSES = MATCH_STATUSES.filter((status) => !isOpenMatch(status));

export function isOpenMatch(status: string): boolean {
  return (OPEN_MATCH_STATUSES as readonly string[]).includes(status);
}

/** Requests that still need someone: the queue shows these unless staff ask for another status. */
export const OPEN_REQUEST_STATUSES = ['new', 'in-progress'] as const satisfies readonly RequestStatus[];
/** A closed request takes no new match or referral; retention may anonymise it after a while. */
export const CLOSED_REQUEST_STATUSES = ['closed'] as const satisfies readonly RequestStatus[];

export function requestCanTakeMatch(status: string): boolean {
  return !(CLOSED_REQUEST_STATUSES as readonly string[]).includes(status);
}

/** Staff's own decisions about an offer: the workflow never changes them. */
export const OFFER_STATUSES_SET_BY_STAFF = ['paused', 'closed'] as const satisfies readonly OfferStatus[];
/** An offer in one of these takes no new match (busy: it carries all it can, or staff said so). */
export const OFFER_STATUSES_TAKING_NO_MATCH = ['busy', ...OFFER_STATUSES_SET_BY_STAFF] as const satisfies readonly OfferStatus[];
export const CLOSED_OFFER_STATUSES = ['closed'] as const satisfies readonly OfferStatus[];

/**
 * How many people an offer helps at once: the volunteer says so on the form (1 to MAX_CAPACITY);
 * when they did not (an older offer, a phone intake left empty) a person helps one, an organisation ten.
 */
export const DEFAULT_CAPACITY = { person: 1, organisation: 10 } as const satisfies Record<OfferAs, number>;
export const MAX_CAPACITY = 10;
/** The choices the offer form gives for its capacity, as posted. */
export const CAPACITY_CHOICES = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'] as const satisfies readonly `${number}`[];

/** What decides whether an offer can take one more match. */
export interface OfferLoad {
  caseStatus: string;
  offerAs: OfferAs;
  /** How many people the volunteer said they can help at once; none: not said (DEFAULT_CAPACITY). */
  capacity: number | null;
  /** Matches in an open status (OPEN_MATCH_STATUSES). */
  openMatches: number;
  /** The person asked to be forgotten (or retention wiped the record): never matched again. */
  anonymised: boolean;
}

/** How many open matches the offer can carry: what its volunteer said, or the default for a person or an organisation. */
export function capacityOf(offer: Pick<OfferLoad, 'offerAs' | 'capacity'>): number {
  const said = offer.capacity;
  return typeof said === 'number' && Number.isInteger(said) && said >= 1 ? Math.min(said, MAX_CAPACITY) : DEFAULT_CAPACITY[offer.offerAs];
}

/** The offer carries as many open matches as its volunteer can take: the one capacity rule ("busy" is the status that says so). */
export function offerIsFull(offer: Pick<OfferLoad, 'offerAs' | 'capacity' | 'openMatches'>): boolean {
  return offer.openMatches >= capacityOf(offer);
}

/**
 * An offer can take a match when its person is still on record, its status lets it (not busy,
 * paused or closed) and it carries fewer open matches than its capacity (`capacityOf`).
 * Suggestions, the match workflow and the offer's own status all follow this one rule.
 */
export function offerCanTakeMatch(offer: OfferLoad): boolean {
  if (offer.anonymised) return false;
  if ((OFFER_STATUSES_TAKING_NO_MATCH as readonly string[]).includes(offer.caseStatus)) return false;
  return !offerIsFull(offer);
}

/** Paused and closed are staff decisions; otherwise an offer is busy while it carries all it can. */
export function offerStatusFor(current: OfferStatus, offer: Pick<OfferLoad, 'offerAs' | 'capacity' | 'openMatches'>): OfferStatus {
  if ((OFFER_STATUSES_SET_BY_STAFF as readonly string[]).includes(current)) return current;
  return offerIsFull(offer) ? 'busy' : 'available';
}

/**
 * Where the request stands once its match or referral has this status. Someone is found once contact
 * is confirmed: both people have then been mailed so ("we found someone"), and the status page says the same.
 */
export function requestStatusFor(kind: MatchKind, status: MatchStatus): RequestStatus {
  if (status === 'ended') return 'closed';
  if (status === 'did-not-work-out') return 'in-progress';
  if (kind === 'referral') return 'referred';
  return status === 'contacted' || status === 'active' ? 'matched' : 'in-progress';
}

/** A decided proposal: the applicant is told, and retention may anonymise the person behind it. */
export const DECIDED_PROPOSAL_STATUSES = ['approved', 'rejected'] as const satisfies readonly ProposalStatus[];
export type ProposalDecision = (typeof DECIDED_PROPOSAL_STATUSES)[number];

export function isDecidedProposal(status: unknown): status is ProposalDecision {
  return (DECIDED_PROPOSAL_STATUSES as readonly unknown[]).includes(status);
}

/** A story submission that staff have dealt with. */
export const CLOSED_STORY_SUBMISSION_STATUSES = ['turned-into-story', 'declined'] as const satisfies readonly StorySubmissionStatus[];

/** Why staff close a request by hand: the timeline records the reason. */
export const REQUEST_CLOSE_REASONS = ['solved-elsewhere', 'no-longer-needed', 'unreachable', 'not-for-us'] as const;
export type RequestCloseReason = (typeof REQUEST_CLOSE_REASONS)[number];

/** The statuses staff may set by hand; matched and referred follow a match or referral, closed needs a reason. */
export const REQUEST_STATUSES_SET_BY_HAND = ['new', 'in-progress'] as const satisfies readonly RequestStatus[];

/** What staff do to a request beyond matching. */
export type RequestAction =
  | { action: 'set-status'; status: (typeof REQUEST_STATUSES_SET_BY_HAND)[number] }
  | { action: 'mark-urgent' }
  | { action: 'unmark-urgent' }
  | { action: 'close'; reason: RequestCloseReason }
  | { action: 'reopen' };
export type RequestActionName = RequestAction['action'];
export const REQUEST_ACTIONS = ['set-status', 'mark-urgent', 'unmark-urgent', 'close', 'reopen'] as const satisfies readonly RequestActionName[];

/** What staff do to an offer: pause it, let it take matches again, or close it. */
export const OFFER_ACTIONS = ['pause', 'resume', 'close'] as const;
export type OfferAction = (typeof OFFER_ACTIONS)[number];

/** Why a change is refused, in codes the back office puts in words. */
export const CASE_REFUSALS = [
  'case-closed',
  'case-not-closed',
  'same-status',
  'already-urgent',
  'not-urgent',
  'open-matches',
  'anonymised',
  'not-paused',
  'already-paused',
] as const;
export type CaseRefusal = (typeof CASE_REFUSALS)[number];

export interface RequestState {
  caseStatus: RequestStatus;
  urgency: Urgency;
  openMatches: number;
  anonymised: boolean;
}

export type Transition<Change> = { ok: true; change: Change } | { ok: false; refusal: CaseRefusal };

const refuse = (refusal: CaseRefusal) => ({ ok: false, refusal }) as const;

/**
 * Which changes staff may make to a request. A closed request only reopens (to in progress); an open
 * one closes with a reason once none of its matches is still open; urgency marks an open request.
 * A forgotten person's request stays as it is.
 */
export function requestTransition(state: RequestState, request: RequestAction): Transition<{ caseStatus?: RequestStatus; urgency?: Urgency }> {
  if (state.anonymised) return refuse('anonymised');
  const closed = !requestCanTakeMatch(state.caseStatus);
  if (request.action === 'reopen') return closed ? { ok: true, change: { caseStatus: 'in-progress' } } : refuse('case-not-closed');
  if (closed) return refuse('case-closed');
  switch (request.action) {
    case 'set-status':
      return request.status === state.caseStatus ? refuse('same-status') : { ok: true, change: { caseStatus: request.status } };
    case 'mark-urgent':
      return state.urgency === 'urgent' ? refuse('already-urgent') : { ok: true, change: { urgency: 'urgent' } };
    case 'unmark-urgent':
      return state.urgency === 'urgent' ? { ok: true, change: { urgency: 'normal' } } : refuse('not-urgent');
    case 'close':
      return state.openMatches > 0 ? refuse('open-matches') : { ok: true, change: { caseStatus: 'closed' } };
  }
}

export interface OfferState {
  caseStatus: OfferStatus;
  offerAs: OfferAs;
  capacity: number | null;
  openMatches: number;
  anonymised: boolean;
}

/**
 * Which changes staff may make to an offer. Paused takes no new match and keeps the ones running;
 * resume gives back the status its load implies (available or busy); close needs every match of
 * the offer to be over. A closed offer stays closed: the volunteer offers again with a new form.
 */
export function offerTransition(state: OfferState, action: OfferAction): Transition<{ caseStatus: OfferStatus }> {
  if (state.anonymised) return refuse('anonymised');
  if ((CLOSED_OFFER_STATUSES as readonly string[]).includes(state.caseStatus)) return refuse('case-closed');
  switch (action) {
    case 'pause':
      return state.caseStatus === 'paused' ? refuse('already-paused') : { ok: true, change: { caseStatus: 'paused' } };
    case 'resume':
      return state.caseStatus === 'paused' ? { ok: true, change: { caseStatus: offerStatusFor('available', state) } } : refuse('not-paused');
    case 'close':
      return state.openMatches > 0 ? refuse('open-matches') : { ok: true, change: { caseStatus: 'closed' } };
  }
}

/** What a case's timeline records: notes, and every change staff made (who did what when). */
export const TIMELINE_KINDS = [
  'note',
  'status-changed',
  'marked-urgent',
  'unmarked-urgent',
  'closed',
  'reopened',
  'paused',
  'resumed',
  'match-created',
  'referral-created',
  'match-moved',
  'screened',
  'organisation-checked',
  'check-in-going-well',
  'check-in-not-met-yet',
  'check-in-not-working',
  'check-in-call-me',
  'check-in-unanswered',
  'concern',
  'concern-call-me',
  'match-paused',
  'match-resumed',
  'availability-changed',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];

/** What the timeline records for each action. */
export const REQUEST_ACTION_KINDS = {
  'set-status': 'status-changed',
  'mark-urgent': 'marked-urgent',
  'unmark-urgent': 'unmarked-urgent',
  close: 'closed',
  reopen: 'reopened',
} as const satisfies Record<RequestActionName, TimelineKind>;
export const OFFER_ACTION_KINDS = { pause: 'paused', resume: 'resumed', close: 'closed' } as const satisfies Record<OfferAction, TimelineKind>;

/** The content type that holds every case's timeline (notes and changes), private like the cases. */
export const CASE_TIMELINE_TYPE = 'case-event';
/** The content type of organisations staff checked (see screening.ts), private like the cases. */
export const ORGANISATION_CHECK_TYPE = 'organisation-check';

/** The one-click answers of a check-in mail after a match. */
export const CHECK_IN_ANSWERS = ['going-well', 'not-met-yet', 'not-working', 'call-me'] as const;
export type CheckInAnswer = (typeof CHECK_IN_ANSWERS)[number];
/** Answers that put the case in the urgent queue. */
export const URGENT_CHECK_IN_ANSWERS = ['not-working', 'call-me'] as const satisfies readonly CheckInAnswer[];

export function isCheckInAnswer(value: unknown): value is CheckInAnswer {
  return (CHECK_IN_ANSWERS as readonly unknown[]).includes(value);
}

export function isUrgentCheckInAnswer(answer: CheckInAnswer): boolean {
  return (URGENT_CHECK_IN_ANSWERS as readonly string[]).includes(answer);
}

/** What the timeline records for each answer. */
export const CHECK_IN_ANSWER_KINDS = {
  'going-well': 'check-in-going-well',
  'not-met-yet': 'check-in-not-met-yet',
  'not-working': 'check-in-not-working',
  'call-me': 'check-in-call-me',
} as const satisfies Record<CheckInAnswer, TimelineKind>;

/** The two people of a match, as check-ins and concerns name them (never by their data). */
export const MATCH_PEOPLE = ['requester', 'volunteer'] as const;
export type MatchPerson = (typeof MATCH_PEOPLE)[number];
