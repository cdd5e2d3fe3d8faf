import { Table, Tbody, Td, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { Page } from '@strapi/strapi/admin';
import { useBackOffice, type FailedOutboxJob } from '../api';
import { formatDate } from '../labels';
import { PageShell, ProblemAlert } from '../components/PageShell';
import { TableHead } from '../components/TableHead';

/**
 * What the platform promised after a write and could not do even after days of retries (a mail server
 * refusing an address, a search update): staff call the person instead, or reindex. References only.
 */
export function OutboxPage() {
  const { data, problem, loading } = useBackOffice<{ results: FailedOutboxJob[] }>('/back-office/outbox/failed');
  const rows = data?.results ?? [];
  return (
    <PageShell title="Not sent" subtitle="Mails and search updates the platform gave up on after retrying for days, the latest first">
      <ProblemAlert problem={problem} title="The list could not be loaded" />
      {loading && !data && <Page.Loading />}
      {data && rows.length === 0 && <Typography>Everything has been sent.</Typography>}
      {rows.length > 0 && (
        <Table colCount={4} rowCount={rows.length + 1}>
          <VisuallyHidden tag="caption">Mails and updates not sent</VisuallyHidden>
          <TableHead headings={['What', 'Attempts', 'Last error', 'Given up on']} />
          <Tbody>
            {rows.map((row) => (
              <Tr key={row.id}>
                <Td>
                  <Typography>{row.label}</Typography>
                </Td>
                <Td>
                  <Typography>{row.attempts}</Typography>
                </Td>
                <Td>
                  <Typography>{row.lastError ?? '—'}</Typography>
                </Td>
                <Td>
                  <Typography>{formatDate(row.finishedAt)}</Typography>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
    </PageShell>
  );
}
