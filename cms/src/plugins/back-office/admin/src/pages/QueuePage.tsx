import * as React from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Badge, Box, Flex, Grid, Link, Table, Tbody, Td, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { HELP_CATEGORIES, HELP_REQUEST_STATUSES, INTAKE_CHANNELS, MUNICIPALITIES, OPEN_REQUEST_STATUSES, SPOKEN_LANGUAGES } from '@cb/domain';
import { useBackOffice, withQuery, type Queue, type QueueRow } from '../api';
import { useLabels, type Labels } from '../labels';
import { pagePath } from '../pluginId';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { Loading, PageShell, ProblemAlert } from '../components/PageShell';
import { TableHead } from '../components/TableHead';
import { Pager } from '../components/Pager';
import { CaseSearch } from '../components/CaseSearch';

type Filters = Partial<Record<'status' | 'category' | 'municipality' | 'language' | 'channel', string>>;

function filtersOf(labels: Labels): { name: keyof Filters; label: string; choices: { value: string; label: string }[] }[] {
  const { t, statusLabel, categoryName, municipalityName, languageName, channelLabel } = labels;
  return [
    { name: 'status', label: t('workspace.status'), choices: HELP_REQUEST_STATUSES.map((code) => ({ value: code, label: statusLabel(code) })) },
    { name: 'category', label: t('workspace.category'), choices: HELP_CATEGORIES.map(({ code }) => ({ value: code, label: categoryName(code) })) },
    { name: 'municipality', label: t('workspace.municipality'), choices: MUNICIPALITIES.map(({ code }) => ({ value: code, label: municipalityName(code) })) },
    { name: 'language', label: t('workspace.language'), choices: SPOKEN_LANGUAGES.map(({ code }) => ({ value: code, label: languageName(code) })) },
    { name: 'channel', label: t('workspace.channel'), choices: INTAKE_CHANNELS.map((code) => ({ value: code, label: channelLabel(code) })) },
  ];
}

/** What the queue shows when staff pick no status: the open requests, by their statuses' names. */
const openStatusesPlaceholder = ({ t, list, statusLabel }: Labels) =>
  t('queue.open-statuses', { statuses: list(OPEN_REQUEST_STATUSES.map((status) => statusLabel(status).toLowerCase())) });

/** Open help requests, urgent first, then those waiting longest. */
export function QueuePage() {
  const labels = useLabels();
  const { t } = labels;
  const [filters, setFilters] = React.useState<Filters>({});
  const [page, setPage] = React.useState(1);
  const { data, problem, loading } = useBackOffice<Queue>(withQuery('/back-office/requests', { ...filters, page }));

  const setFilter = (name: keyof Filters, value: string | undefined) => {
    setFilters((current) => ({ ...current, [name]: value }));
    setPage(1);
  };

  return (
    <PageShell title={t('queue.title')} subtitle={data ? queueSubtitle(labels, data, filters.status) : t('queue.subtitle')}>
      <Flex direction="column" alignItems="stretch" gap={6}>
        <CaseSearch />
        <Box tag="section" aria-labelledby="queue-filters" background="neutral0" padding={6} shadow="filterShadow" hasRadius>
          <Typography tag="h2" id="queue-filters" variant="delta">
            {t('queue.filters')}
          </Typography>
          <Grid.Root gap={4} paddingTop={4}>
            {filtersOf(labels).map((filter) => (
              <Grid.Item key={filter.name} col={4} s={12} direction="column" alignItems="stretch">
                <ChoiceSelect
                  name={`queue-${filter.name}`}
                  label={filter.label}
                  value={filters[filter.name]}
                  choices={filter.choices}
                  placeholder={filter.name === 'status' ? openStatusesPlaceholder(labels) : t('queue.any')}
                  clearable
                  onChange={(value) => setFilter(filter.name, value)}
                />
              </Grid.Item>
            ))}
          </Grid.Root>
          {data && <StatusCounts byStatus={data.counts.byStatus} />}
        </Box>
        <ProblemAlert problem={problem} title={t('queue.load-failed')} />
        {loading && !data ? <Loading /> : data && <QueueTable rows={data.results} />}
        {data && <Pager page={data.pagination.page} pageCount={data.pagination.pageCount} onPage={setPage} />}
      </Flex>
    </PageShell>
  );
}

function queueSubtitle({ t, statusLabel }: Labels, queue: Queue, status: string | undefined): string {
  const count = queue.counts.total;
  return status ? t('queue.subtitle.status', { count, status: statusLabel(status) }) : t('queue.subtitle.open', { count });
}

function StatusCounts({ byStatus }: { byStatus: Record<string, number> }) {
  const { t, statusLabel } = useLabels();
  return (
    <Box paddingTop={4}>
      <Typography tag="h3" variant="sigma" textColor="neutral600">
        {t('queue.per-status')}
      </Typography>
      <Flex tag="ul" gap={2} wrap="wrap" paddingTop={2}>
        {HELP_REQUEST_STATUSES.map((status) => (
          <li key={status}>
            <Badge>{t('queue.status-count', { status: statusLabel(status), count: byStatus[status] ?? 0 })}</Badge>
          </li>
        ))}
      </Flex>
    </Box>
  );
}

function QueueTable({ rows }: { rows: QueueRow[] }) {
  const { t, statusLabel, categoryName, municipalityName, channelLabel, list } = useLabels();
  if (rows.length === 0) return <Typography>{t('queue.empty')}</Typography>;
  return (
    <Table colCount={7} rowCount={rows.length + 1}>
      <VisuallyHidden tag="caption">{t('queue.caption')}</VisuallyHidden>
      <TableHead
        headings={[
          t('queue.reference'),
          t('queue.waiting'),
          t('workspace.status'),
          t('workspace.name-of-person'),
          t('workspace.category'),
          t('workspace.municipality'),
          t('workspace.channel'),
        ]}
      />
      <Tbody>
        {rows.map((row) => (
          <Tr key={row.documentId}>
            <Td>
              <Link tag={RouterLink} to={pagePath('requests', row.documentId)}>
                {row.reference}
              </Link>
              {row.urgency === 'urgent' && (
                <Box paddingTop={1}>
                  {/* The design system's active badge (primary600 on primary200) is 4.25:1 at its small size: too faint. */}
                  <Badge backgroundColor="danger100" textColor="danger700">
                    {t('workspace.urgent')}
                  </Badge>
                </Box>
              )}
            </Td>
            <Td>
              <Typography>{t('workspace.days', { days: row.waitingDays })}</Typography>
            </Td>
            <Td>
              <Typography>{statusLabel(row.caseStatus)}</Typography>
            </Td>
            <Td>
              <Typography>{row.contactName}</Typography>
            </Td>
            <Td>
              <Typography>{list(row.categories.map(categoryName))}</Typography>
            </Td>
            <Td>
              <Typography>{municipalityName(row.municipality)}</Typography>
            </Td>
            <Td>
              <Typography>{channelLabel(row.channel)}</Typography>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
}
