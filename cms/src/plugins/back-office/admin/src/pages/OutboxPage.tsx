import { Table, Tbody, Td, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { useBackOffice, type FailedOutboxJob } from '../api';
import { useLabels } from '../labels';
import { isStaffTextId } from '../../../../../staff-texts';
import { Loading, PageShell, ProblemAlert } from '../components/PageShell';
import { TableHead } from '../components/TableHead';

/**
 * What the platform promised after a write and could not do even after days of retries (a mail server
 * refusing an address, a search update): staff call the person instead, or reindex. References only.
 */
export function OutboxPage() {
  const { t, date, number } = useLabels();
  /** The job's kind in words, with what it was about (a reference or a day) taken from its label. */
  const what = (job: FailedOutboxJob) => {
    const kind = `outbox.kind.${job.kind}`;
    if (!isStaffTextId(kind)) return job.label;
    const about = /\b(?:CB-[A-Z0-9-]+|\d{4}-\d{2}-\d{2})\b/.exec(job.label)?.[0];
    return about ? t('outbox.about', { what: t(kind), about }) : t(kind);
  };
  const { data, problem, loading } = useBackOffice<{ results: FailedOutboxJob[] }>('/back-office/outbox/failed');
  const rows = data?.results ?? [];
  return (
    <PageShell title={t('outbox.title')} subtitle={t('outbox.subtitle')}>
      <ProblemAlert problem={problem} title={t('outbox.load-failed')} />
      {loading && !data && <Loading />}
      {data && rows.length === 0 && <Typography>{t('outbox.empty')}</Typography>}
      {rows.length > 0 && (
        <Table colCount={4} rowCount={rows.length + 1}>
          <VisuallyHidden tag="caption">{t('outbox.caption')}</VisuallyHidden>
          <TableHead headings={[t('outbox.what'), t('outbox.attempts'), t('outbox.last-error'), t('outbox.given-up-on')]} />
          <Tbody>
            {rows.map((row) => (
              <Tr key={row.id}>
                <Td>
                  <Typography>{what(row)}</Typography>
                </Td>
                <Td>
                  <Typography>{number(row.attempts)}</Typography>
                </Td>
                <Td>
                  <Typography>{row.lastError ?? '—'}</Typography>
                </Td>
                <Td>
                  <Typography>{date(row.finishedAt)}</Typography>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
    </PageShell>
  );
}
