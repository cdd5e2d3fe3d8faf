import * as React from 'react';
import { Link as RouterLink, useParams } from 'react-router-dom';
import { Box, Button, Flex, Link, LinkButton, Table, Tbody, Td, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import type { CommitteeMember, MyReviews, Proposals, Spread } from '../../../server/contracts';
import { problemOf, useBackOffice, type ApiProblem } from '../api';
import { useStaffTexts } from '../i18n';
import { reviewPath } from '../pluginId';
import { DuplicateList } from '../components/DuplicateList';
import { Loading, PageShell, ProblemAlert } from '../components/PageShell';
import { Section } from '../components/Section';
import { TableHead } from '../components/TableHead';

/** A call's review committee (staff who decide): each member's load, spreading the proposals evenly, and every proposal with its reviewers and possible duplicates. */
export function CommitteePage() {
  const { documentId = '' } = useParams();
  const { t } = useStaffTexts();
  const { post } = useFetchClient();
  const members = useBackOffice<CommitteeMember[]>(`/back-office/project-calls/${encodeURIComponent(documentId)}/committee`);
  const proposals = useBackOffice<Proposals>(`/back-office/project-calls/${encodeURIComponent(documentId)}/proposals`);
  const mine = useBackOffice<MyReviews>('/back-office/proposals/mine');
  const [spread, setSpread] = React.useState<Spread>();
  const [problem, setProblem] = React.useState<ApiProblem>();
  const perProposal = mine.data?.minimumReviews ?? 2;

  async function spreadEvenly() {
    setProblem(undefined);
    try {
      const { data } = await post<Spread>(`/back-office/project-calls/${encodeURIComponent(documentId)}/assignments/spread`, { perProposal });
      setSpread(data);
      members.reload();
      proposals.reload();
    } catch (error) {
      setProblem(problemOf(error));
    }
  }

  return (
    <PageShell
      title={t('review.committee.title')}
      navigationAction={
        <LinkButton tag={RouterLink} to={reviewPath()} variant="tertiary">
          {t('review.committee.back')}
        </LinkButton>
      }
      primaryAction={
        <Flex gap={2}>
          <LinkButton tag={RouterLink} to={reviewPath('calls', documentId, 'dashboard')} variant="secondary">
            {t('callDashboard.title')}
          </LinkButton>
          <Button onClick={() => void spreadEvenly()}>{t('review.committee.spread', { count: perProposal })}</Button>
        </Flex>
      }
    >
      <ProblemAlert problem={problem ?? members.problem ?? proposals.problem} />
      {spread && <Typography textColor="success700">{t('review.committee.spreadDone', { added: spread.added, short: spread.short })}</Typography>}
      {!members.data && members.loading && <Loading />}
      <Flex direction="column" alignItems="stretch" gap={6}>
        {members.data && (
          <Section title={t('review.committee.title')} id="members">
            <Box tag="ul">
              {members.data.map((member) => (
                <li key={member.id}>
                  <Typography>
                    {t('labelled', {
                      label: member.name,
                      value: t('review.committee.counts', { assigned: member.assigned, reviewed: member.reviewed, conflicts: member.conflicts }),
                    })}
                  </Typography>
                </li>
              ))}
            </Box>
          </Section>
        )}
        {proposals.data && (
          <Table colCount={3} rowCount={proposals.data.results.length + 1}>
            <VisuallyHidden tag="caption">{t('review.mine.calls')}</VisuallyHidden>
            <TableHead headings={[t('review.proposal.project'), t('review.committee.title'), t('review.proposal.duplicates')]} />
            <Tbody>
              {proposals.data.results.map((row) => (
                <Tr key={row.documentId}>
                  <Td>
                    <Link tag={RouterLink} to={reviewPath('proposals', row.documentId)}>
                      {`${row.reference} · ${row.projectTitle}`}
                    </Link>
                  </Td>
                  <Td>
                    <Typography>{row.assignedReviewers.map((reviewer) => reviewer.name).join(', ') || '—'}</Typography>
                  </Td>
                  <Td>
                    <DuplicateList duplicates={row.possibleDuplicates} />
                  </Td>
                </Tr>
              ))}
            </Tbody>
          </Table>
        )}
      </Flex>
    </PageShell>
  );
}
