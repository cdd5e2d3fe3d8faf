/**
 * What the workspace's routes take and answer, written once: the services return these types (the
 * compiler holds them to it), the validation reads the limits, and the admin pages import both (see
 * admin/tsconfig.json). Nothing here may import at run time: the admin bundle must never pull
 * server code in.
 */
// Types written by the app, in files that import nothing, so the admin can read them too.
import type { MatchReason } from '../../../matching/reasons';
import type { TimelineEntry } from '../../../matching/timeline-entry';
import type { OfferScreeningView } from '../../../matching/screening-view';
import type { FailedJob as FailedOutboxJob } from '../../../outbox/failed-job';
import type {
  AvailableTime,
  CallDashboard,
  LonelinessChangeGroup,
  DecisionBlock,
  DuplicateReason,
  RequestStatus,
  IntakeChannel,
  Locale,
  MatchKind,
  MatchStatus,
  OfferAs,
  OfferStatus,
  ProposalDecision as ProposalDecisionStatus,
  ProposalStatus,
  ScreeningState,
  Urgency,
} from '@cb/domain';

export type { FailedOutboxJob, MatchReason, OfferScreeningView, TimelineEntry };

/** The longest text each input takes (the content types' own maxima where the text is stored). */
export const INPUT_LIMITS = {
  search: 100,
  caseSearch: 100,
  email: 200,
  phone: 40,
  sharedText: 2000,
  notes: 10_000,
  reviewComment: 4000,
  decisionNote: 2000,
  decisionInternalNote: 4000,
  overrideReason: 1000,
  conflictNote: 1000,
  waiverReason: 2000,
} as const;

export interface QueueRow {
  documentId: string;
  reference: string;
  createdAt: string;
  waitingDays: number;
  caseStatus: RequestStatus;
  urgency: string;
  /** A concern about one of its matches waits for staff: the request heads the queue. */
  concernOpen: boolean;
  channel: IntakeChannel;
  forWhom: string;
  contactName: string;
  formLocale: Locale;
  categories: string[];
  municipality: string | null;
  languages: string[];
}

export interface Queue {
  results: QueueRow[];
  counts: { byStatus: Record<RequestStatus, number>; total: number };
  pagination: { page: number; pageSize: number; pageCount: number };
}

/** An offer waiting for its (first or next) screening, as the screening list shows it. */
export interface ScreeningQueueRow {
  documentId: string;
  reference: string;
  /** Never screened, or screened longer ago than the screening holds (@cb/domain's `screeningStateOf`). */
  state: Extract<ScreeningState, 'to-screen' | 'expired'>;
  /** Since when it waits: the offer's arrival, or the day its last screening stopped holding. */
  waitingSince: string;
  waitingDays: number;
  contactName: string;
  offerAs: OfferAs;
  organisationName: string | null;
  formLocale: Locale;
  categories: string[];
  anywhereInBrussels: boolean;
  municipalities: string[];
  languages: string[];
}

/** The offers to screen, the longest waiting first. */
export interface ScreeningQueueCounts {
  toScreen: number;
  expired: number;
  total: number;
}

export interface ScreeningQueue {
  results: ScreeningQueueRow[];
  counts: ScreeningQueueCounts;
  pagination: { page: number; pageSize: number; pageCount: number };
}

export interface MatchSummary {
  documentId: string;
  kind: MatchKind;
  caseStatus: MatchStatus;
  followUpOn: string | null;
  /** Staff paused it (after a concern): no check-in mails meanwhile. */
  paused: boolean;
  helpOffer: { documentId: string; reference: string; contactName: string } | null;
  initiativeDocumentId: string | null;
  organisationDocumentId: string | null;
  /** The initiative or organisation a referral went to, by its name in the request's language when it has one. */
  referredTo: string | null;
}

export interface HelpRequestDetails {
  documentId: string;
  reference: string;
  createdAt: string;
  caseStatus: RequestStatus;
  urgency: string;
  channel: IntakeChannel;
  formLocale: Locale;
  forWhom: string;
  contactName: string;
  phone: string | null;
  email: string | null;
  beneficiaryName: string | null;
  relationToBeneficiary: string | null;
  description: string;
  categories: string[];
  municipality: string | null;
  languages: string[];
  availableTimes: AvailableTime[];
  availability: string | null;
  /** What the person enjoys (INTERESTS codes). */
  interests: string[];
  /** Who the person is, as staff said (audience codes): the suggestions weigh initiatives' audiences against it. */
  audiences: string[];
  matches: MatchSummary[];
  /** Notes and changes, newest first. */
  timeline: TimelineEntry[];
}

export interface HelpOfferDetails {
  documentId: string;
  reference: string;
  createdAt: string;
  caseStatus: OfferStatus;
  offerAs: OfferAs;
  organisationName: string | null;
  contactName: string;
  phone: string | null;
  email: string | null;
  description: string;
  formLocale: Locale;
  channel: IntakeChannel;
  /** What the volunteer offers and where, in which languages and when (codes, as the form took them). */
  categories: string[];
  anywhereInBrussels: boolean;
  municipalities: string[];
  languages: string[];
  availableTimes: AvailableTime[];
  availability: string | null;
  /** What the volunteer enjoys (INTERESTS codes). */
  interests: string[];
  /** How many people the offer helps at once (what the volunteer said, or the default: @cb/domain capacityOf). */
  capacity: number;
  /** What the volunteer said (1 to MAX_CAPACITY); null: not said, `capacity` is the default. */
  capacityGiven: number | null;
  /** Holiday cover: the first and last day (YYYY-MM-DD) the volunteer is away; null: not away. */
  awayFrom: string | null;
  awayUntil: string | null;
  openMatches: number;
  timeline: TimelineEntry[];
}

/** A request or offer found by reference, name, phone or email: enough to open it, and what matched. */
export interface CaseHit {
  documentId: string;
  reference: string;
  contactName: string;
  caseStatus: RequestStatus | OfferStatus;
  createdAt: string;
  matchedBy: ('reference' | 'name' | 'phone' | 'email')[];
}

export interface CaseSearchResults {
  requests: CaseHit[];
  offers: CaseHit[];
}

export interface CaseChanged {
  documentId: string;
  caseStatus: RequestStatus | OfferStatus;
  urgency?: Urgency;
}

export interface OfferSuggestion {
  documentId: string;
  reference: string;
  contactName: string;
  organisationName: string | null;
  offerAs: OfferAs;
  caseStatus: OfferStatus;
  frequency: string | null;
  score: number;
  reasons: MatchReason[];
}

export interface InitiativeSuggestion {
  documentId: string;
  title: string;
  score: number;
  reasons: MatchReason[];
}

export interface Suggestions {
  offers: OfferSuggestion[];
  initiatives: InitiativeSuggestion[];
}

export interface SearchResults {
  offers: { documentId: string; reference: string; contactName: string; organisationName: string | null; caseStatus: OfferStatus }[];
  initiatives: { documentId: string; title: string }[];
}

export interface Created {
  documentId: string;
}

export interface MatchMoved {
  documentId: string;
  /** True when this change was the first confirmed contact: both people are mailed. */
  confirmed: boolean;
}

export interface FollowUp {
  documentId: string;
  kind: MatchKind;
  caseStatus: MatchStatus;
  followUpOn: string;
  helpRequest: { documentId: string; reference: string } | null;
  helpOffer: { documentId: string; reference: string } | null;
}

export interface FollowUps {
  results: FollowUp[];
}

/** A phone or social-media intake, stored: the reference to read out to the caller. */
export interface Registered {
  reference: string;
}

export interface FailedOutboxJobs {
  results: FailedOutboxJob[];
}

export interface DashboardFigures {
  weeks: { week: string; requests: number; offers: number }[];
  outcomes: Record<string, number>;
  referrals: number;
  /** median and p90 are left out when no match has had its first contact yet. */
  daysToFirstContact: { median?: number | undefined; p90?: number | undefined; count: number };
  byMunicipality: Record<string, number>;
  byCategory: Record<string, number>;
  /** Per month and kind of outcome: how many were measured twice and the mean change, or "fewer than 5". */
  loneliness: LonelinessChangeGroup[];
  /** Open requests no offer that may be matched fits, by language, municipality and kind of help. */
  unmetDemand: { requests: number; byLanguage: Record<string, number>; byMunicipality: Record<string, number>; byCategory: Record<string, number> };
}

/** A criterion of a call, in the staff member's language (or the call's default locale when not translated). */
export interface Criterion {
  title: string;
  description: string | null;
  weight: number | null;
}

export interface ProjectCall {
  documentId: string;
  title: string;
  deadline: string;
  maxPerProject: number;
  criteria: Criterion[];
}

export interface Attachment {
  id: string;
  name: string;
  type: string;
  size: number;
  url: string;
}

export interface ProposalRow {
  documentId: string;
  reference: string;
  projectTitle: string;
  applicant: string;
  municipalities: string[];
  caseStatus: ProposalStatus;
  requestedAmount: number;
  grantedAmount: number | null;
  score: number | null;
  reviews: number;
  comments: { reviewerName: string; comment: string }[];
  attachments: Attachment[];
  /** Whether the score and comments above are shown: to staff who decide, and to a reviewer who gave their own. */
  othersVisible: boolean;
  /** The caller's own part: not on it, to review, reviewed, or a declared conflict. */
  mine: MyReviewState;
  /** Committee members assigned (staff who decide see them; reviewers see an empty list). */
  assignedReviewers: { id: number; name: string; reviewed: boolean; conflict: boolean }[];
  possibleDuplicates: DuplicateOf[];
}

export type MyReviewState = 'none' | 'to-review' | 'reviewed' | 'conflict';

export interface DuplicateOf {
  documentId: string;
  reference: string;
  projectTitle: string;
  reasons: DuplicateReason[];
  similarity: number;
}

export interface CommitteeReview {
  reviewerName: string;
  scores: { criterion: number; score: number }[];
  score: number | null;
  comment: string | null;
  reviewedAt: string | null;
}

/** The whole proposal, for reading (and printing) in the back office. */
export interface ProposalReading {
  documentId: string;
  reference: string;
  receivedAt: string;
  formLocale: Locale;
  channel: IntakeChannel;
  caseStatus: ProposalStatus;
  call: ProjectCall;
  applicant: {
    applicantType: string;
    organisationName: string | null;
    enterpriseNumber: string | null;
    contactName: string;
    email: string | null;
    phone: string | null;
  };
  project: {
    title: string;
    description: string;
    targetGroup: string;
    municipalities: string[];
    startDate: string;
    endDate: string;
  };
  budget: {
    lines: { label: string; amount: number }[];
    total: number;
    requested: number;
    maximum: number;
    requestedAboveMaximum: boolean;
    linesDifferFromRequested: boolean;
  };
  attachments: Attachment[];
  possibleDuplicates: DuplicateOf[];
  mine: {
    state: MyReviewState;
    scores: { criterion: number; score: number }[];
    comment: string | null;
    conflictDeclaredAt: string | null;
  };
  reviews: {
    /** False for a reviewer who has not given their own complete review yet: the others stay hidden. */
    othersVisible: boolean;
    score: number | null;
    complete: number;
    results: CommitteeReview[];
    /** Declared conflicts of interest (staff who decide). */
    conflicts: { reviewerName: string; declaredAt: string; note: string | null }[];
    assigned: { id: number; name: string; reviewed: boolean; conflict: boolean }[];
  };
  decision: DecisionState | null;
}

export interface DecisionDraftView {
  status: ProposalDecisionStatus;
  grantedAmount: number | null;
  applicantText: string | null;
  internalNote: string | null;
  override: { blocks: DecisionBlock[]; reason: string } | null;
  draftedByName: string;
  draftedAt: string;
}

// A type, not an interface: it is stored as JSON, which needs an index signature.
export type DecisionOverrideRecord = {
  blocks: DecisionBlock[];
  reason: string;
  byId: number;
  byName: string;
  at: string;
  completeReviews: number;
  minimumReviews: number;
  deadline: string;
};

/** Where the decision stands (staff who decide only). */
export interface DecisionState {
  /** What stands in the way of deciding now (an override with a reason lifts it). */
  blocks: DecisionBlock[];
  minimumReviews: number;
  decidedAt: string | null;
  grantedAmount: number | null;
  applicantText: string | null;
  internalNote: string | null;
  override: DecisionOverrideRecord | null;
  draft: DecisionDraftView | null;
}

export interface MailPreview {
  locale: Locale;
  subject: string;
  text: string;
  html: string;
}

export interface DecisionDrafted {
  documentId: string;
  caseStatus: ProposalStatus;
  draft: DecisionDraftView;
  preview: MailPreview | null;
}

export interface MyReviews {
  /** The caller runs the review (assigns, reads every review, decides). */
  decides: boolean;
  /** Complete reviews a proposal needs before a decision (PROJECT_REVIEW_MIN_REVIEWS). */
  minimumReviews: number;
  assigned: number;
  reviewed: number;
  conflicts: number;
  left: number;
  results: {
    documentId: string;
    reference: string;
    projectTitle: string;
    callDocumentId: string;
    callTitle: string;
    deadline: string;
    state: Exclude<MyReviewState, 'none'>;
  }[];
}

export interface CommitteeMember {
  id: number;
  name: string;
  /** Proposals of this call assigned to them, reviewed by them, and declared conflicts. */
  assigned: number;
  reviewed: number;
  conflicts: number;
}

export interface Spread {
  added: number;
  /** Proposals that still have fewer reviewers than asked (too few free committee members). */
  short: number;
}

export interface Proposals {
  criteria: Criterion[];
  results: ProposalRow[];
}

export interface ProposalDecided {
  documentId: string;
  caseStatus: ProposalStatus;
}

/** How many records of each type were anonymised. */
export type Erased = Record<string, number>;

/** Every error of the workspace: `fields` names each field that needs another look. */
export interface ErrorBody {
  error: { status: number; name: string; message: string; fields?: Record<string, string> };
}

/** One milestone of a granted proposal, as staff see it (the applicant's files as download paths). */
export interface MilestoneView {
  documentId: string;
  plannedOn: string;
  what: string;
  done: boolean;
  late: boolean;
  report: string | null;
  reportedAt: string | null;
  files: { name: string; type: string; size: number; downloadPath: string }[];
}

/** A granted proposal's milestones and whether the applicant agreed to a public page. */
export interface MilestonesView {
  milestones: MilestoneView[];
  publicationConsentAt: string | null;
}

/** The dashboard of a project call (staff who decide only): the domain's figures under the call's title. */
export interface CallDashboardView extends CallDashboard {
  callTitle: string;
}
