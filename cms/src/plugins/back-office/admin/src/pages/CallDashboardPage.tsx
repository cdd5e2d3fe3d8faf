import { Link as RouterLink, useParams } from 'react-router-dom';
import { Flex, LinkButton, Typography } from '@strapi/design-system';
import { formatEuro, PROJECT_PROPOSAL_STATUSES } from '@cb/domain';
import type { CallDashboardView } from '../../../server/contracts';
import { useBackOffice } from '../api';
import { useStaffTexts } from '../i18n';
import { reviewPath } from '../pluginId';
import { DetailsList } from '../components/DetailsList';
import { Loading, PageShell, ProblemAlert } from '../components/PageShell';
import { Section } from '../components/Section';

/** A call's dashboard (staff who decide): proposals per status, amounts against the budget, reviews per reviewer, days from deadline to decision. */
export function CallDashboardPage() {
  const { documentId = '' } = useParams();
  const { t, locale } = useStaffTexts();
  const { data, problem, loading } = useBackOffice<CallDashboardView>(`/back-office/project-calls/${encodeURIComponent(documentId)}/dashboard`);
  const euro = (amount: number) => formatEuro(locale, amount);

  return (
    <PageShell
      title={data ? t('labelled', { label: t('callDashboard.title'), value: data.callTitle }) : t('callDashboard.title')}
      navigationAction={
        <LinkButton tag={RouterLink} to={reviewPath('calls', documentId)} variant="tertiary">
          {t('review.committee.title')}
        </LinkButton>
      }
    >
      <ProblemAlert problem={problem} />
      {!data && loading && <Loading />}
      {data && (
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Section title={t('callDashboard.byStatus')} id="by-status">
            <DetailsList rows={PROJECT_PROPOSAL_STATUSES.map((status) => [t(`review.status.${status}`), String(data.byStatus[status] ?? 0)] as const)} />
          </Section>
          <Section title={t('callDashboard.amounts')} id="amounts">
            <DetailsList
              rows={[
                [t('callDashboard.requested'), euro(data.requested)],
                [t('callDashboard.granted'), euro(data.granted)],
                [t('callDashboard.budget'), euro(data.budget)],
                [t('callDashboard.left'), euro(data.left)],
              ]}
            />
          </Section>
          <Section title={t('callDashboard.reviews')} id="reviews">
            {data.reviewsByReviewer.length === 0 ? (
              <Typography>{t('callDashboard.noReviews')}</Typography>
            ) : (
              <DetailsList rows={data.reviewsByReviewer.map((row) => [row.reviewer, String(row.done)] as const)} />
            )}
          </Section>
          <Flex direction="column" alignItems="stretch" gap={2}>
            <Typography>{daysToDecisionText(t, data)}</Typography>
            {data.decidedBeforeDeadline > 0 && <Typography>{t('callDashboard.decidedBeforeDeadline', { count: data.decidedBeforeDeadline })}</Typography>}
          </Flex>
        </Flex>
      )}
    </PageShell>
  );
}

/** The days from deadline to decision, over the decisions taken after the deadline (early ones are said apart). */
function daysToDecisionText(t: ReturnType<typeof useStaffTexts>['t'], data: CallDashboardView): string {
  if (data.daysToDecision) return t('callDashboard.daysToDecision', data.daysToDecision);
  return data.decidedBeforeDeadline > 0 ? t('callDashboard.noDecisionsAfterDeadline') : t('callDashboard.noDecisions');
}
