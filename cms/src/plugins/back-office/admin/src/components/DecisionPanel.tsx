import * as React from 'react';
import { staffDate } from '../labels';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { DECIDED_PROPOSAL_STATUSES, LOCALE_NAMES, formatEuro } from '@cb/domain';
import type { DecisionDrafted, DecisionState, MailPreview, ProposalReading } from '../../../server/contracts';
import { INPUT_LIMITS } from '../../../server/contracts';
import { problemOf, type ApiProblem } from '../api';
import { useStaffTexts } from '../i18n';
import { ChoiceSelect } from './ChoiceSelect';
import { ProblemAlert } from './PageShell';
import { Section } from './Section';
import { TextField } from './TextField';

/**
 * The decision, for staff who decide: what stands in its way, a draft (the text for the applicant and
 * the internal note as two fields), the applicant's mail as they will read it, and the confirmation
 * that sends it.
 */
export function DecisionPanel({ proposal, decision, onChanged }: { proposal: ProposalReading; decision: DecisionState; onChanged(): void }) {
  const { t, locale } = useStaffTexts();
  const { put, post, get } = useFetchClient();
  const draft = decision.draft;
  const [status, setStatus] = React.useState<string>(draft?.status ?? 'approved');
  const [amount, setAmount] = React.useState(draft?.grantedAmount ? String(draft.grantedAmount) : '');
  const [applicantText, setApplicantText] = React.useState(draft?.applicantText ?? '');
  const [internalNote, setInternalNote] = React.useState(draft?.internalNote ?? '');
  const [overrideReason, setOverrideReason] = React.useState(draft?.override?.reason ?? '');
  const [preview, setPreview] = React.useState<MailPreview | null>(null);
  const [problem, setProblem] = React.useState<ApiProblem>();
  const [confirmed, setConfirmed] = React.useState(false);
  const base = `/back-office/proposals/${encodeURIComponent(proposal.documentId)}/decision`;

  React.useEffect(() => {
    if (!draft) return setPreview(null);
    get<MailPreview>(`${base}/preview`).then(
      ({ data }) => setPreview(data),
      () => setPreview(null),
    );
    // Not `get`: the fetch client's hook hands out a new one on every render.
  }, [base, draft?.draftedAt]);

  async function saveDraft() {
    setProblem(undefined);
    setConfirmed(false);
    try {
      const { data } = await put<DecisionDrafted>(base, {
        status,
        grantedAmount: status === 'approved' ? amount : undefined,
        applicantText: applicantText || undefined,
        internalNote: internalNote || undefined,
        overrideReason: overrideReason || undefined,
      });
      setPreview(data.preview);
      onChanged();
    } catch (error) {
      setProblem(problemOf(error));
    }
  }

  async function confirm() {
    setProblem(undefined);
    try {
      await post(`${base}/confirm`, {});
      setConfirmed(true);
      onChanged();
    } catch (error) {
      setProblem(problemOf(error));
    }
  }

  const statuses = DECIDED_PROPOSAL_STATUSES.map((value) => ({ value, label: t(`review.status.${value}`) }));
  return (
    <Section title={t('review.decision.title')} id="decision">
      <Flex direction="column" alignItems="stretch" gap={4}>
        {decision.decidedAt && (
          <Typography fontWeight="bold">
            {`${t(`review.status.${proposal.caseStatus}`)} · ${t('review.decision.decidedOn', { date: staffDate(locale, decision.decidedAt) })}${
              decision.grantedAmount === null ? '' : ` · ${formatEuro(locale, decision.grantedAmount)}`
            }`}
          </Typography>
        )}
        {decision.override && (
          <Typography>
            {t('review.decision.overridden', {
              reason: decision.override.reason,
              name: decision.override.byName,
              date: staffDate(locale, decision.override.at),
            })}
          </Typography>
        )}
        {decision.blocks.map((block) => (
          <Typography key={block} textColor="neutral800" fontWeight="bold">
            {t(`review.decision.blocked.${block}`, { minimum: decision.minimumReviews })}
          </Typography>
        ))}
        <ProblemAlert problem={problem} />
        {confirmed && <Typography textColor="success700">{t('review.decision.confirmed')}</Typography>}
        <form
          className="cb-no-print"
          onSubmit={(event) => {
            event.preventDefault();
            void saveDraft();
          }}
        >
          <Flex direction="column" alignItems="stretch" gap={4}>
            <ChoiceSelect
              name="decision-status"
              label={t('review.decision.status')}
              value={status}
              choices={statuses}
              required
              onChange={(value) => value && setStatus(value)}
            />
            {status === 'approved' && (
              <TextField name="decision-amount" type="number" label={t('review.decision.grantedAmount')} value={amount} onChange={setAmount} required />
            )}
            <TextField
              name="decision-applicant-text"
              label={t('review.decision.applicantText')}
              multiline
              maxLength={INPUT_LIMITS.decisionNote}
              value={applicantText}
              onChange={setApplicantText}
            />
            <TextField
              name="decision-internal-note"
              label={t('review.decision.internalNote')}
              multiline
              maxLength={INPUT_LIMITS.decisionInternalNote}
              value={internalNote}
              onChange={setInternalNote}
            />
            {decision.blocks.length > 0 && (
              <TextField
                name="decision-override"
                label={t('review.decision.overrideReason')}
                multiline
                maxLength={INPUT_LIMITS.overrideReason}
                value={overrideReason}
                onChange={setOverrideReason}
                error={problem?.fields.overrideReason}
              />
            )}
            <Box>
              <Button type="submit" variant="secondary">
                {t('review.decision.saveDraft')}
              </Button>
            </Box>
          </Flex>
        </form>
        {draft && preview && (
          <Box className="cb-no-print" padding={4} background="neutral100" hasRadius>
            <Flex direction="column" alignItems="stretch" gap={3}>
              <Typography>{t('review.decision.draftWaiting')}</Typography>
              <Typography tag="h3" variant="delta">
                {t('review.decision.preview', { language: LOCALE_NAMES[preview.locale] })}
              </Typography>
              <Typography fontWeight="bold" lang={preview.locale}>
                {preview.subject}
              </Typography>
              <Typography lang={preview.locale} style={{ whiteSpace: 'pre-wrap' }}>
                {preview.text}
              </Typography>
              <Box>
                <Button onClick={() => void confirm()}>{t('review.decision.confirm')}</Button>
              </Box>
            </Flex>
          </Box>
        )}
      </Flex>
    </Section>
  );
}
