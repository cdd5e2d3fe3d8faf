import { Link as RouterLink } from 'react-router-dom';
import { staffDateTime } from '../labels';
import { Box, Flex, Link, Table, Tbody, Td, Tr, Typography, VisuallyHidden } from '@strapi/design-system';

import type { MyReviews, ProjectCall } from '../../../server/contracts';
import { useBackOffice } from '../api';
import { useStaffTexts } from '../i18n';
import { reviewPath } from '../pluginId';
import { Loading, PageShell, ProblemAlert } from '../components/PageShell';
import { Section } from '../components/Section';
import { TableHead } from '../components/TableHead';

/** "Mine to review": the proposals assigned to me in every call, with what is left; staff who decide also reach each call's committee. */
export function MyReviewsPage() {
  const { t, locale } = useStaffTexts();
  const mine = useBackOffice<MyReviews>('/back-office/proposals/mine');
  const calls = useBackOffice<ProjectCall[]>('/back-office/project-calls');
  const data = mine.data;
  return (
    <PageShell title={t('review.mine.title')} subtitle={data ? t('review.mine.left', { left: data.left, assigned: data.assigned }) : undefined}>
      <ProblemAlert problem={mine.problem ?? calls.problem} />
      {!data && mine.loading && <Loading />}
      {data && (
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Section title={t('review.mine.title')} id="mine">
            {data.results.length === 0 ? (
              <Typography>{t('review.mine.empty')}</Typography>
            ) : (
              <Table colCount={3} rowCount={data.results.length + 1}>
                <VisuallyHidden tag="caption">{t('review.mine.title')}</VisuallyHidden>
                <TableHead headings={[t('review.proposal.project'), t('review.proposal.call'), t('review.decision.status')]} />
                <Tbody>
                  {data.results.map((row) => (
                    <Tr key={row.documentId}>
                      <Td>
                        <Link tag={RouterLink} to={reviewPath('proposals', row.documentId)}>
                          {`${row.reference} · ${row.projectTitle}`}
                        </Link>
                      </Td>
                      <Td>
                        <Typography>{`${row.callTitle} (${t('review.mine.deadline', { date: staffDateTime(locale, row.deadline) })})`}</Typography>
                      </Td>
                      <Td>
                        <Typography fontWeight={row.state === 'to-review' ? 'bold' : undefined}>{t(`review.mine.state.${row.state}`)}</Typography>
                      </Td>
                    </Tr>
                  ))}
                </Tbody>
              </Table>
            )}
          </Section>
          {data.decides && calls.data && (
            <Section title={t('review.mine.calls')} id="calls">
              <Box tag="ul">
                {calls.data.map((call) => (
                  <li key={call.documentId}>
                    <Link tag={RouterLink} to={reviewPath('calls', call.documentId)}>
                      {t('review.mine.committee', { call: call.title })}
                    </Link>
                  </li>
                ))}
              </Box>
            </Section>
          )}
        </Flex>
      )}
    </PageShell>
  );
}
