import { Link as RouterLink, useParams } from 'react-router-dom';
import { staffDate, staffDateTime } from '../labels';
import { Button, Flex, LinkButton, Typography } from '@strapi/design-system';

import type { ProposalReading } from '../../../server/contracts';
import { useBackOffice } from '../api';
import { useStaffTexts } from '../i18n';
import { reviewPath } from '../pluginId';
import { AssignmentPanel } from '../components/AssignmentPanel';
import { DecisionPanel } from '../components/DecisionPanel';
import { MilestonesPanel } from '../components/MilestonesPanel';
import { Loading, PageShell, ProblemAlert } from '../components/PageShell';
import { PrintArea } from '../components/PrintArea';
import { ProposalReadingView } from '../components/ProposalReadingView';
import { CommitteeReviews, MyReviewPanel } from '../components/ReviewPanel';

/** One proposal, whole, made for reading (and printing); the reviewer's scores, and for staff who decide, the committee and the decision. */
export function ProposalPage() {
  const { documentId = '' } = useParams();
  const { t, locale } = useStaffTexts();
  const proposal = useBackOffice<ProposalReading>(`/back-office/proposals/${encodeURIComponent(documentId)}`);
  const data = proposal.data;
  return (
    <PageShell
      title={data ? t('review.proposal.title', { reference: data.reference }) : t('review.menu')}
      subtitle={
        data
          ? `${data.project.title} · ${t(`review.status.${data.caseStatus}`)} · ${t('review.proposal.received', { date: staffDate(locale, data.receivedAt) })}`
          : undefined
      }
      navigationAction={
        <LinkButton tag={RouterLink} to={reviewPath()} variant="tertiary">
          {t('review.committee.back')}
        </LinkButton>
      }
      primaryAction={
        data && (
          <Flex gap={2}>
            <LinkButton tag={RouterLink} to={reviewPath('proposals', documentId, 'summary')} variant="secondary">
              {t('review.proposal.printSummary')}
            </LinkButton>
            <Button onClick={() => window.print()}>{t('review.proposal.print')}</Button>
          </Flex>
        )
      }
    >
      <ProblemAlert problem={proposal.problem} title={t('review.proposal.notLoaded')} />
      {!data && proposal.loading && <Loading />}
      {data && (
        <PrintArea>
          <Flex direction="column" alignItems="stretch" gap={6}>
            <CallLine proposal={data} deadline={staffDateTime(locale, data.call.deadline)} />
            <ProposalReadingView proposal={data} />
            {/* Not keyed by what changes: rebuilt, a panel would drop the focus its outcome takes (and what was typed). */}
            <MyReviewPanel proposal={data} onChanged={proposal.reload} />
            <CommitteeReviews proposal={data} />
            {data.decision && <AssignmentPanel proposal={data} onChanged={proposal.reload} />}
            {data.decision && <DecisionPanel proposal={data} decision={data.decision} onChanged={proposal.reload} />}
            {data.decision && data.caseStatus === 'approved' && <MilestonesPanel proposalDocumentId={data.documentId} />}
          </Flex>
        </PrintArea>
      )}
    </PageShell>
  );
}

function CallLine({ proposal, deadline }: { proposal: ProposalReading; deadline: string }) {
  const { t } = useStaffTexts();
  return (
    <Typography>{`${t('labelled', { label: t('review.proposal.call'), value: proposal.call.title })} · ${t('labelled', { label: t('review.proposal.deadline'), value: deadline })}`}</Typography>
  );
}
