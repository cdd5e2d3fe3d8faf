import { Link as RouterLink, useParams } from 'react-router-dom';
import { Box, Button, Flex, LinkButton, Typography } from '@strapi/design-system';
import { formatEuro } from '@cb/domain';
import type { ProposalReading } from '../../../server/contracts';
import { useBackOffice } from '../api';
import { useStaffTexts } from '../i18n';
import { reviewPath } from '../pluginId';
import { overrideSentence } from '../components/DecisionPanel';
import { DetailsList } from '../components/DetailsList';
import { DuplicateList } from '../components/DuplicateList';
import { Loading, PageShell, ProblemAlert } from '../components/PageShell';
import { PrintArea } from '../components/PrintArea';
import { CommitteeReviews } from '../components/ReviewPanel';
import { Section } from '../components/Section';

/** One page per proposal for the committee meeting: the project in short, the budget, the reviews, the possible duplicates. */
export function ProposalSummaryPage() {
  const { documentId = '' } = useParams();
  const { t } = useStaffTexts();
  const proposal = useBackOffice<ProposalReading>(`/back-office/proposals/${encodeURIComponent(documentId)}`);
  const data = proposal.data;
  return (
    <PageShell
      title={data ? `${t('review.proposal.printSummary')} · ${data.reference}` : t('review.proposal.printSummary')}
      navigationAction={
        <LinkButton tag={RouterLink} to={reviewPath('proposals', documentId)} variant="tertiary">
          {data ? t('review.proposal.title', { reference: data.reference }) : t('review.committee.back')}
        </LinkButton>
      }
      primaryAction={data && <Button onClick={() => window.print()}>{t('review.proposal.print')}</Button>}
    >
      <ProblemAlert problem={proposal.problem} title={t('review.proposal.notLoaded')} />
      {!data && proposal.loading && <Loading />}
      {data && (
        <PrintArea>
          <Summary proposal={data} />
        </PrintArea>
      )}
    </PageShell>
  );
}

function Summary({ proposal }: { proposal: ProposalReading }) {
  const { t, locale } = useStaffTexts();
  const { applicant, project, budget } = proposal;
  const euro = (amount: number) => formatEuro(locale, amount);
  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Section title={`${proposal.reference} · ${project.title}`} id="summary">
        <DetailsList
          rows={[
            [t('review.proposal.call'), proposal.call.title],
            [t('review.proposal.applicant'), applicant.organisationName ?? applicant.contactName],
            [t('review.proposal.targetGroup'), project.targetGroup],
            [t('review.proposal.description'), project.description],
            [t('review.proposal.total'), euro(budget.total)],
            [t('review.proposal.requested'), euro(budget.requested)],
            [t('review.proposal.maximum'), euro(budget.maximum)],
            [t('review.decision.status'), t(`review.status.${proposal.caseStatus}`)],
          ]}
        />
        {budget.requestedAboveMaximum && <Typography textColor="danger700">{t('review.proposal.aboveMaximum')}</Typography>}
        {proposal.decision?.override && (
          <Box paddingTop={3}>
            <Typography fontWeight="bold" tag="p">
              {overrideSentence(t, locale, proposal.decision.override)}
            </Typography>
          </Box>
        )}
      </Section>
      <CommitteeReviews proposal={proposal} />
      <Section title={t('review.proposal.duplicates')} id="summary-duplicates">
        <DuplicateList duplicates={proposal.possibleDuplicates} />
      </Section>
    </Flex>
  );
}
