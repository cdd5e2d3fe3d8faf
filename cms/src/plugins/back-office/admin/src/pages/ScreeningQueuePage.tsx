import * as React from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Flex, Link, Table, Tbody, Td, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { useBackOffice, withQuery, type ScreeningQueue, type ScreeningQueueRow } from '../api';
import { useLabels } from '../labels';
import { pagePath } from '../pluginId';
import { Loading, PageShell, ProblemAlert } from '../components/PageShell';
import { TableHead } from '../components/TableHead';
import { Pager } from '../components/Pager';

/**
 * The volunteers waiting for screening (never screened, or their screening out of date), the longest
 * waiting first; each links to the offer's page, where staff record the screening.
 */
export function ScreeningQueuePage() {
  const { t } = useLabels();
  const [page, setPage] = React.useState(1);
  const { data, problem, loading } = useBackOffice<ScreeningQueue>(withQuery('/back-office/screening-queue', { page }));
  return (
    <PageShell title={t('screening-queue.title')} subtitle={t('screening-queue.subtitle')}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <ProblemAlert problem={problem} title={t('screening-queue.load-failed')} />
        {data && <Typography tag="p">{t('screening-queue.counts', { toScreen: data.counts.toScreen, expired: data.counts.expired })}</Typography>}
        {loading && !data ? <Loading /> : data && <ScreeningTable rows={data.results} />}
        {data && <Pager page={data.pagination.page} pageCount={data.pagination.pageCount} onPage={setPage} />}
      </Flex>
    </PageShell>
  );
}

function ScreeningTable({ rows }: { rows: ScreeningQueueRow[] }) {
  const { t, categoryName, municipalityName, languageName, list } = useLabels();
  if (rows.length === 0) return <Typography>{t('screening-queue.empty')}</Typography>;
  return (
    <Table colCount={7} rowCount={rows.length + 1}>
      <VisuallyHidden tag="caption">{t('screening-queue.caption')}</VisuallyHidden>
      <TableHead
        headings={[
          t('queue.reference'),
          t('queue.waiting'),
          t('screening.title'),
          t('workspace.name-of-person'),
          t('workspace.category'),
          t('workspace.municipality'),
          t('workspace.languages'),
        ]}
      />
      <Tbody>
        {rows.map((row) => (
          <Tr key={row.documentId}>
            <Td>
              <Link tag={RouterLink} to={pagePath('offers', row.documentId)}>
                {row.reference}
              </Link>
            </Td>
            <Td>
              <Typography>{t('workspace.days', { days: row.waitingDays })}</Typography>
            </Td>
            <Td>
              <Typography>{t(`screening-queue.state.${row.state}`)}</Typography>
            </Td>
            <Td>
              <Typography>{row.organisationName ? `${row.organisationName} · ${row.contactName}` : row.contactName}</Typography>
            </Td>
            <Td>
              <Typography>{list(row.categories.map(categoryName))}</Typography>
            </Td>
            <Td>
              <Typography>{row.anywhereInBrussels ? t('mail.new.anywhere') : list(row.municipalities.map(municipalityName))}</Typography>
            </Td>
            <Td>
              <Typography>{list(row.languages.map(languageName))}</Typography>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
