import { useEffect, useState } from 'react';
import { Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';

/**
 * The last search reconcile on the admin's home page: each index compared with the published
 * content, and what was mended (GET /search-reconcile/status, counts only).
 */

interface IndexCounts {
  expected: number;
  held: number;
  added: number;
  updated: number;
  removed: number;
  failed: number;
}

interface ReconcileRun {
  status: 'running' | 'succeeded' | 'failed';
  startedAt: string;
  finishedAt: string | null;
  report: Record<string, IndexCounts> | null;
  error: string | null;
}

const mended = (counts: IndexCounts) => counts.added + counts.updated + counts.removed;

export function SearchReconcileWidget() {
  const { get } = useFetchClient();
  const [run, setRun] = useState<ReconcileRun | null | undefined>();
  const [unreachable, setUnreachable] = useState(false);

  useEffect(() => {
    get<{ data: ReconcileRun | null }>('/search-reconcile/status')
      .then((response) => setRun(response.data.data))
      .catch(() => setUnreachable(true));
  }, [get]);

  if (unreachable) return <Typography textColor="danger600">The search check could not be read.</Typography>;
  if (run === undefined) return <Typography textColor="neutral600">Reading the last search check…</Typography>;
  if (run === null) return <Typography textColor="neutral600">Search has not been checked yet.</Typography>;
  const when = new Date(run.finishedAt ?? run.startedAt).toLocaleString();
  if (run.status === 'running') return <Typography>Search is being checked against the published content (since {when}).</Typography>;
  const indexes = Object.entries(run.report ?? {});
  return (
    <Flex direction="column" alignItems="stretch" gap={1} data-testid="search-reconcile-status">
      <Typography textColor={run.status === 'failed' ? 'danger600' : undefined}>
        {run.status === 'failed'
          ? `The last search check (${when}) did not finish (${run.error ?? 'unknown error'}); it is tried again within the hour.`
          : `Search was last checked against the published content on ${when}.`}
      </Typography>
      {indexes.map(([index, counts]) => (
        <Typography key={index} variant="pi">
          {index}: {counts.expected} public,{' '}
          {mended(counts) === 0 ? 'nothing to mend' : `${counts.added} added, ${counts.updated} updated, ${counts.removed} removed`}
          {counts.failed > 0 ? `, ${counts.failed} not mended yet` : ''}
        </Typography>
      ))}
    </Flex>
  );
}
