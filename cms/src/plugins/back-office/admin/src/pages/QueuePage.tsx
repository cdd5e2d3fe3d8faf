import * as React from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Badge, Box, Flex, Grid, Link, Table, Tbody, Td, Tr, Typography, Button, VisuallyHidden } from '@strapi/design-system';
import { Page } from '@strapi/strapi/admin';
import { HELP_CATEGORIES, HELP_REQUEST_STATUSES, INTAKE_CHANNELS, MUNICIPALITIES, OPEN_REQUEST_STATUSES, SPOKEN_LANGUAGES } from '@cb/domain';
import { useBackOffice, withQuery, type Queue, type QueueRow } from '../api';
import { categoryName, channelLabel, languageName, municipalityName, statusLabel } from '../labels';
import { pagePath } from '../pluginId';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { PageShell, ProblemAlert } from '../components/PageShell';
import { TableHead } from '../components/TableHead';
import { CaseSearch } from '../components/CaseSearch';

type Filters = Partial<Record<'status' | 'category' | 'municipality' | 'language' | 'channel', string>>;

const FILTERS: { name: keyof Filters; label: string; choices: { value: string; label: string }[] }[] = [
  { name: 'status', label: 'Status', choices: HELP_REQUEST_STATUSES.map((code) => ({ value: code, label: statusLabel(code) })) },
  { name: 'category', label: 'Kind of help', choices: HELP_CATEGORIES.map(({ code }) => ({ value: code, label: categoryName(code) })) },
  { name: 'municipality', label: 'Municipality', choices: MUNICIPALITIES.map(({ code }) => ({ value: code, label: municipalityName(code) })) },
  { name: 'language', label: 'Language', choices: SPOKEN_LANGUAGES.map(({ code }) => ({ value: code, label: languageName(code) })) },
  { name: 'channel', label: 'Channel', choices: INTAKE_CHANNELS.map((code) => ({ value: code, label: channelLabel(code) })) },
];

/** What the queue shows when staff pick no status: the open requests, by their statuses' names. */
const OPEN_STATUSES_PLACEHOLDER = `Open (${OPEN_REQUEST_STATUSES.map((status) => statusLabel(status).toLowerCase()).join(' and ')})`;

/** Open help requests, urgent first, then those waiting longest. */
export function QueuePage() {
  const [filters, setFilters] = React.useState<Filters>({});
  const [page, setPage] = React.useState(1);
  const { data, problem, loading } = useBackOffice<Queue>(withQuery('/back-office/requests', { ...filters, page }));

  const setFilter = (name: keyof Filters, value: string | undefined) => {
    setFilters((current) => ({ ...current, [name]: value }));
    setPage(1);
  };

  return (
    <PageShell title="Queue" subtitle={data ? queueSubtitle(data, filters.status) : 'Open help requests, urgent first, then the oldest'}>
      <Flex direction="column" alignItems="stretch" gap={6}>
        <CaseSearch />
        <Box tag="section" aria-labelledby="queue-filters" background="neutral0" padding={6} shadow="filterShadow" hasRadius>
          <Typography tag="h2" id="queue-filters" variant="delta">
            Filters
          </Typography>
          <Grid.Root gap={4} paddingTop={4}>
            {FILTERS.map((filter) => (
              <Grid.Item key={filter.name} col={4} s={12} direction="column" alignItems="stretch">
                <ChoiceSelect
                  name={`queue-${filter.name}`}
                  label={filter.label}
                  value={filters[filter.name]}
                  choices={filter.choices}
                  placeholder={filter.name === 'status' ? OPEN_STATUSES_PLACEHOLDER : 'Any'}
                  clearable
                  onChange={(value) => setFilter(filter.name, value)}
                />
              </Grid.Item>
            ))}
          </Grid.Root>
          {data && <StatusCounts byStatus={data.counts.byStatus} />}
        </Box>
        <ProblemAlert problem={problem} title="The queue could not be loaded" />
        {loading && !data ? <Page.Loading /> : data && <QueueTable rows={data.results} />}
        {data && data.pagination.pageCount > 1 && (
          <Flex gap={2} justifyContent="flex-end">
            <Button variant="tertiary" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              Previous page
            </Button>
            <Typography>
              Page {data.pagination.page} of {data.pagination.pageCount}
            </Typography>
            <Button variant="tertiary" disabled={page >= data.pagination.pageCount} onClick={() => setPage(page + 1)}>
              Next page
            </Button>
          </Flex>
        )}
      </Flex>
    </PageShell>
  );
}

function queueSubtitle(queue: Queue, status: string | undefined): string {
  const what = status ? `${statusLabel(status).toLowerCase()} requests` : 'open requests';
  return `${queue.counts.total} ${what}, urgent first, then the oldest`;
}

function StatusCounts({ byStatus }: { byStatus: Record<string, number> }) {
  return (
    <Box paddingTop={4}>
      <Typography tag="h3" variant="sigma" textColor="neutral600">
        Requests per status (with these filters)
      </Typography>
      <Flex tag="ul" gap={2} wrap="wrap" paddingTop={2}>
        {HELP_REQUEST_STATUSES.map((status) => (
          <li key={status}>
            <Badge>{`${statusLabel(status)}: ${byStatus[status] ?? 0}`}</Badge>
          </li>
        ))}
      </Flex>
    </Box>
  );
}

function QueueTable({ rows }: { rows: QueueRow[] }) {
  if (rows.length === 0) return <Typography>No request matches these filters.</Typography>;
  return (
    <Table colCount={7} rowCount={rows.length + 1}>
      <VisuallyHidden tag="caption">Open help requests</VisuallyHidden>
      <TableHead headings={['Reference', 'Waiting', 'Status', 'Name', 'Kind of help', 'Municipality', 'Channel']} />
      <Tbody>
        {rows.map((row) => (
          <Tr key={row.documentId}>
            <Td>
              <Link tag={RouterLink} to={pagePath('requests', row.documentId)}>
                {row.reference}
              </Link>
              {row.urgency === 'urgent' && (
                <Box paddingTop={1}>
                  <Badge active>Urgent</Badge>
                </Box>
              )}
            </Td>
            <Td>
              <Typography>{row.waitingDays === 1 ? '1 day' : `${row.waitingDays} days`}</Typography>
            </Td>
            <Td>
              <Typography>{statusLabel(row.caseStatus)}</Typography>
            </Td>
            <Td>
              <Typography>{row.contactName}</Typography>
            </Td>
            <Td>
              <Typography>{row.categories.map(categoryName).join(', ')}</Typography>
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
