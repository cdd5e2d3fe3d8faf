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
import type { AvailableTime, RequestStatus, IntakeChannel, Locale, MatchKind, MatchStatus, OfferAs, OfferStatus, ProposalStatus, Urgency } from '@cb/domain';

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
  /** What the volunteer enjoys (INTERESTS codes). */
  interests: string[];
  /** How many people the offer helps at once (what the volunteer said, or the default: @cb/domain capacityOf). */
  capacity: number;
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
}

export interface Criterion {
  title: string;
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
