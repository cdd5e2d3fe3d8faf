import * as React from 'react';
import { isFetchError, useFetchClient } from '@strapi/strapi/admin';

/** The answers of the plugin's admin routes (cms/src/plugins/back-office/server/routes.ts). */

export interface MatchReason {
  code: string;
  terms?: string[];
}

export interface QueueRow {
  documentId: string;
  reference: string;
  createdAt: string;
  waitingDays: number;
  caseStatus: string;
  urgency: string;
  channel: string;
  forWhom: string;
  contactName: string;
  formLocale: string;
  categories: string[];
  municipality: string | null;
  languages: string[];
}

export interface Queue {
  results: QueueRow[];
  counts: { byStatus: Record<string, number>; total: number };
  pagination: { page: number; pageSize: number; pageCount: number };
}

export interface MatchSummary {
  documentId: string;
  kind: string;
  caseStatus: string;
  followUpOn: string | null;
  notes?: string | null;
  helpOffer: { documentId: string; reference: string; contactName: string } | null;
  initiativeDocumentId?: string | null;
  organisationDocumentId?: string | null;
}

export interface HelpRequestDetails {
  documentId: string;
  reference: string;
  createdAt: string;
  caseStatus: string;
  urgency: string;
  channel: string;
  formLocale: string;
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
  availableTimes: string[] | null;
  availability: string | null;
  matches: MatchSummary[];
}

export interface OfferSuggestion {
  documentId: string;
  reference: string;
  contactName: string;
  organisationName: string | null;
  offerAs: string;
  caseStatus: string;
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
  offers: { documentId: string; reference: string; contactName: string; organisationName: string | null; caseStatus: string }[];
  initiatives: { documentId: string; title: string }[];
}

export interface FollowUp {
  documentId: string;
  kind: string;
  caseStatus: string;
  followUpOn: string;
  helpRequest: { documentId: string; reference: string } | null;
  helpOffer: { documentId: string; reference: string } | null;
}

/** A job the outbox gave up on: no personal data, its label names the kind and the record's reference. */
export interface FailedOutboxJob {
  id: number;
  kind: string;
  label: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface DashboardFigures {
  weeks: { week: string; requests: number; offers: number }[];
  outcomes: Record<string, number>;
  referrals: number;
  daysToFirstContact: { median?: number | null; p90?: number | null; count: number };
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
  criteria: Criterion[];
}

export interface Attachment {
  id: string | number;
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
  caseStatus: string;
  requestedAmount: number;
  grantedAmount: number | null;
  score: number | null;
  reviews: number;
  comments?: { reviewerName: string; comment: string }[];
  attachments: Attachment[];
}

export interface Proposals {
  criteria: Criterion[];
  results: ProposalRow[];
}

/** What went wrong, in words for staff, and the field messages when the server names fields. */
export interface ApiProblem {
  status: number | undefined;
  message: string;
  fields: Record<string, string>;
}

export function problemOf(error: unknown): ApiProblem {
  if (isFetchError(error)) {
    const body = error.response?.data?.error as { message?: string; fields?: Record<string, string>; details?: { fields?: Record<string, string> } } | undefined;
    return {
      status: error.status,
      message: body?.message ?? error.message,
      fields: body?.fields ?? body?.details?.fields ?? {},
    };
  }
  return { status: undefined, message: error instanceof Error ? error.message : 'Something went wrong', fields: {} };
}

interface Loaded<T> {
  data: T | undefined;
  problem: ApiProblem | undefined;
  loading: boolean;
  reload(): void;
}

/** GETs one admin route of the plugin and reloads when the path changes or on demand. */
export function useBackOffice<T>(path: string | undefined): Loaded<T> {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<Omit<Loaded<T>, 'reload'>>({ data: undefined, problem: undefined, loading: true });
  const [round, setRound] = React.useState(0);

  React.useEffect(() => {
    if (!path) return;
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    get<T>(path).then(
      ({ data }) => current && setState({ data, problem: undefined, loading: false }),
      (error: unknown) => current && setState({ data: undefined, problem: problemOf(error), loading: false }),
    );
    return () => {
      current = false;
    };
    // Not `get`: the fetch client's hook hands out a new one on every render; the path is what matters.
  }, [path, round]);

  const reload = React.useCallback(() => setRound((value) => value + 1), []);
  return { ...state, reload };
}

/** A path with its query string, leaving out empty values. */
export function withQuery(path: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(name, String(value));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** Downloads an authenticated admin route (the admin token is a header, so a plain link would be refused). */
export function useDownload() {
  const { get } = useFetchClient();
  return React.useCallback(
    async (path: string, filename: string) => {
      const { data } = await get(path, { responseType: 'blob' });
      const url = URL.createObjectURL(data);
      const link = document.createElement('a');
      link.href = url;
      link.download = filename;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    [get],
  );
}
