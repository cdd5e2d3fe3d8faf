import { useEffect, useState } from 'react';
import { Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { formatDateTime } from '@cb/domain';
import { useStaffTexts } from '../plugins/back-office/admin/src/i18n';

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
  const { t, locale } = useStaffTexts();
  const { get } = useFetchClient();
  const [run, setRun] = useState<ReconcileRun | null | undefined>();
  const [unreachable, setUnreachable] = useState(false);

  useEffect(() => {
    get<{ data: ReconcileRun | null }>('/search-reconcile/status')
      .then((response) => setRun(response.data.data))
      .catch(() => setUnreachable(true));
  }, [get]);

  if (unreachable) return <Typography textColor="danger600">{t('widgets.search.unreachable')}</Typography>;
  if (run === undefined) return <Typography textColor="neutral600">{t('widgets.search.reading')}</Typography>;
  if (run === null) return <Typography textColor="neutral600">{t('widgets.search.never')}</Typography>;
  const when = formatDateTime(locale, run.finishedAt ?? run.startedAt, 'medium');
  if (run.status === 'running') return <Typography>{t('widgets.search.running', { when })}</Typography>;
  const indexes = Object.entries(run.report ?? {});
  return (
    <Flex direction="column" alignItems="stretch" gap={1} data-testid="search-reconcile-status">
      <Typography textColor={run.status === 'failed' ? 'danger600' : undefined}>
        {run.status === 'failed'
          ? t('widgets.search.failed', { when, error: run.error ?? t('widgets.search.unknown-error') })
          : t('widgets.search.ok', { when })}
      </Typography>
      {indexes.map(([index, counts]) => (
        <Typography key={index} variant="pi">
          {mended(counts) === 0
            ? t('widgets.search.index-clean', { index, expected: counts.expected })
            : t('widgets.search.index-mended', { index, expected: counts.expected, added: counts.added, updated: counts.updated, removed: counts.removed })}
          {counts.failed > 0 ? `, ${t('widgets.search.index-failed', { failed: counts.failed })}` : ''}
        </Typography>
      ))}
    </Flex>
  );
}
