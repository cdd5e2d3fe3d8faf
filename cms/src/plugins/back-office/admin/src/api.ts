import * as React from 'react';
import { isFetchError, useFetchClient } from '@strapi/strapi/admin';

/** The answers of the plugin's admin routes, as the server writes them (type-only: no server code in the bundle). */
export type {
  Attachment,
  Criterion,
  DashboardFigures,
  ErrorBody,
  FailedOutboxJob,
  FailedOutboxJobs,
  FollowUp,
  FollowUps,
  HelpRequestDetails,
  InitiativeSuggestion,
  MatchReason,
  MatchSummary,
  OfferSuggestion,
  ProjectCall,
  ProposalRow,
  Proposals,
  Queue,
  QueueRow,
  Registered,
  ScreeningQueue,
  ScreeningQueueRow,
  SearchResults,
  Suggestions,
} from '../../server/contracts';
import type { ErrorBody } from '../../server/contracts';

/** What went wrong, in words for staff, and the field messages when the server names fields. */
export interface ApiProblem {
  status: number | undefined;
  message: string;
  fields: Record<string, string>;
}

export function problemOf(error: unknown): ApiProblem {
  if (isFetchError(error)) {
    const body: Partial<ErrorBody['error']> | undefined = error.response?.data?.error;
    return {
      status: error.status,
      // The server says why in the staff member's language; a bare HTTP or network error has only English words, so the alert's title speaks alone.
      message: body?.message ?? '',
      fields: body?.fields ?? {},
    };
  }
  return { status: undefined, message: '', fields: {} };
}

interface Loaded<T> {
  data: T | undefined;
  problem: ApiProblem | undefined;
  loading: boolean;
  reload(): void;
}

interface Fetched<T> extends Omit<Loaded<T>, 'reload'> {
  /** The path `data` came from. */
  dataPath: string | undefined;
}

/**
 * GETs one admin route of the plugin and reloads when the path changes or on demand. A reload that
 * fails keeps the page it reloads on screen (with the problem): what staff were typing there stays.
 */
export function useBackOffice<T>(path: string | undefined): Loaded<T> {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<Fetched<T>>({ data: undefined, dataPath: undefined, problem: undefined, loading: true });
  const [round, setRound] = React.useState(0);

  React.useEffect(() => {
    if (!path) return;
    let current = true;
    setState((previous) => ({ ...previous, loading: true }));
    get<T>(path).then(
      ({ data }) => current && setState({ data, dataPath: path, problem: undefined, loading: false }),
      (error: unknown) =>
        current &&
        setState((previous) => {
          const reloaded = previous.dataPath === path;
          return { data: reloaded ? previous.data : undefined, dataPath: reloaded ? path : undefined, problem: problemOf(error), loading: false };
        }),
    );
    return () => {
      current = false;
    };
    // Not `get`: the fetch client's hook hands out a new one on every render; the path is what matters.
  }, [path, round]);

  const reload = React.useCallback(() => setRound((value) => value + 1), []);
  const { data, problem, loading } = state;
  return { data, problem, loading, reload };
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
