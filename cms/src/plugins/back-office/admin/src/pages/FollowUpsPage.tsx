import { Link as RouterLink } from 'react-router-dom';
import { Link, Table, Tbody, Td, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { Page } from '@strapi/strapi/admin';
import { useBackOffice, type FollowUp } from '../api';
import { formatDate, statusLabel } from '../labels';
import { pagePath } from '../pluginId';
import { PageShell, ProblemAlert } from '../components/PageShell';
import { TableHead } from '../components/TableHead';

/** Matches and referrals whose follow-up date has come; staff record how it went on the request's page. */
export function FollowUpsPage() {
  const { data, problem, loading } = useBackOffice<{ results: FollowUp[] }>('/back-office/follow-ups');
  const rows = data?.results ?? [];
  return (
    <PageShell title="Follow-ups" subtitle="Matches and referrals to check on today, the oldest date first">
      <ProblemAlert problem={problem} title="The follow-ups could not be loaded" />
      {loading && !data && <Page.Loading />}
      {data && rows.length === 0 && <Typography>Nothing to follow up today.</Typography>}
      {rows.length > 0 && (
        <Table colCount={5} rowCount={rows.length + 1}>
          <VisuallyHidden tag="caption">Follow-ups due</VisuallyHidden>
          <TableHead headings={['Follow up on', 'Request', 'Kind', 'Offer', 'Status']} />
          <Tbody>
            {rows.map((row) => (
              <Tr key={row.documentId}>
                <Td>
                  <Typography>{formatDate(row.followUpOn)}</Typography>
                </Td>
                <Td>
                  {row.helpRequest ? (
                    <Link tag={RouterLink} to={pagePath('requests', row.helpRequest.documentId)}>
                      {`Record how it went for ${row.helpRequest.reference}`}
                    </Link>
                  ) : (
                    <Typography>—</Typography>
                  )}
                </Td>
                <Td>
                  <Typography>{row.kind === 'match' ? 'Match' : 'Referral'}</Typography>
                </Td>
                <Td>
                  <Typography>{row.helpOffer?.reference ?? '—'}</Typography>
                </Td>
                <Td>
                  <Typography>{statusLabel(row.caseStatus)}</Typography>
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
    </PageShell>
  );
}
