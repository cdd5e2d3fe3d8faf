import { Link as RouterLink } from 'react-router-dom';
import { Link, Table, Tbody, Td, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { useBackOffice, type FollowUp } from '../api';
import { useLabels } from '../labels';
import { pagePath } from '../pluginId';
import { Loading, PageShell, ProblemAlert } from '../components/PageShell';
import { TableHead } from '../components/TableHead';

/** Matches and referrals whose follow-up date has come; staff record how it went on the request's page. */
export function FollowUpsPage() {
  const { t, statusLabel, date } = useLabels();
  const { data, problem, loading } = useBackOffice<{ results: FollowUp[] }>('/back-office/follow-ups');
  const rows = data?.results ?? [];
  return (
    <PageShell title={t('follow-ups.title')} subtitle={t('follow-ups.subtitle')}>
      <ProblemAlert problem={problem} title={t('follow-ups.load-failed')} />
      {loading && !data && <Loading />}
      {data && rows.length === 0 && <Typography>{t('follow-ups.empty')}</Typography>}
      {rows.length > 0 && (
        <Table colCount={5} rowCount={rows.length + 1}>
          <VisuallyHidden tag="caption">{t('follow-ups.caption')}</VisuallyHidden>
          <TableHead headings={[t('workspace.follow-up-on'), t('follow-ups.request'), t('follow-ups.kind'), t('follow-ups.offer'), t('workspace.status')]} />
          <Tbody>
            {rows.map((row) => (
              <Tr key={row.documentId}>
                <Td>
                  <Typography>{date(row.followUpOn)}</Typography>
                </Td>
                <Td>
                  {row.helpRequest ? (
                    <Link tag={RouterLink} to={pagePath('requests', row.helpRequest.documentId)}>
                      {t('follow-ups.record', { reference: row.helpRequest.reference })}
                    </Link>
                  ) : (
                    <Typography>—</Typography>
                  )}
                </Td>
                <Td>
                  <Typography>{row.kind === 'match' ? t('workspace.match') : t('workspace.referral')}</Typography>
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
