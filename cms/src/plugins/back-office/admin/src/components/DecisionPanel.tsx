import * as React from 'react';
import { staffDate, staffDateTime } from '../labels';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { DECIDED_PROPOSAL_STATUSES, LOCALE_NAMES, formatEuro, type Locale } from '@cb/domain';
import type { DecisionOverrideRecord, DecisionState, MailPreview, ProposalReading } from '../../../server/contracts';
import { INPUT_LIMITS } from '../../../server/contracts';
import { useStaffTexts } from '../i18n';
import { ActionOutcome } from './ActionOutcome';
import { ChoiceSelect } from './ChoiceSelect';
import { Section } from './Section';
import { TextField } from './TextField';
import { useCaseChange } from './useCaseChange';

type Translate = ReturnType<typeof useStaffTexts>['t'];

/**
 * The decision, for staff who decide: a draft (the text for the applicant and the internal note as two
 * fields), the applicant's mail as they will read it, and the confirmation that sends it. What stands
 * in the way of deciding now is said once, at the field that lifts it (the reason to override): as its
 * hint, and as its error when a draft is refused for it. The panel stays while the page reloads, so
 * each outcome takes focus where the next step is (just above the applicant's mail and its confirmation).
 */
export function DecisionPanel({ proposal, decision, onChanged }: { proposal: ProposalReading; decision: DecisionState; onChanged(): void }) {
  const { t, locale } = useStaffTexts();
  const { get } = useFetchClient();
  const draft = decision.draft;
  const [status, setStatus] = React.useState<string>(draft?.status ?? 'approved');
  const [amount, setAmount] = React.useState(draft?.grantedAmount ? String(draft.grantedAmount) : '');
  const [applicantText, setApplicantText] = React.useState(draft?.applicantText ?? '');
  const [internalNote, setInternalNote] = React.useState(draft?.internalNote ?? '');
  const [overrideReason, setOverrideReason] = React.useState(draft?.override?.reason ?? '');
  const [preview, setPreview] = React.useState<MailPreview | null>(null);
  const { send, problem, saving, outcome } = useCaseChange(onChanged);
  const base = `/back-office/proposals/${encodeURIComponent(proposal.documentId)}/decision`;
  const overridable = decision.blocks.length > 0;

  React.useEffect(() => {
    if (!draft) return setPreview(null);
    get<MailPreview>(`${base}/preview`).then(
      ({ data }) => setPreview(data),
      () => setPreview(null),
    );
    // Not `get`: the fetch client's hook hands out a new one on every render.
  }, [base, draft?.draftedAt]);

  /** The fields this form shows an error at (the API's name, the input's name): a refusal for one of them is said there. */
  const fieldsShown: Record<string, string> = {
    status: 'decision-status',
    applicantText: 'decision-applicant-text',
    internalNote: 'decision-internal-note',
    ...(status === 'approved' ? { grantedAmount: 'decision-amount' } : {}),
    ...(overridable ? { overrideReason: 'decision-override' } : {}),
  };

  const saveDraft = () =>
    send(
      base,
      {
        status,
        grantedAmount: status === 'approved' ? amount : undefined,
        applicantText: applicantText || undefined,
        internalNote: internalNote || undefined,
        overrideReason: overrideReason || undefined,
      },
      { method: 'PUT', done: t('review.decision.drafted'), fieldsShown },
    );
  const confirm = () => send(`${base}/confirm`, {}, { done: t('review.decision.confirmed') });

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
        {decision.override && <Typography>{overrideSentence(t, locale, decision.override)}</Typography>}
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
              error={problem?.fields.status}
            />
            {status === 'approved' && (
              <TextField
                name="decision-amount"
                type="number"
                label={t('review.decision.grantedAmount')}
                value={amount}
                onChange={setAmount}
                required
                error={problem?.fields.grantedAmount}
              />
            )}
            <TextField
              name="decision-applicant-text"
              label={t('review.decision.applicantText')}
              multiline
              maxLength={INPUT_LIMITS.decisionNote}
              value={applicantText}
              onChange={setApplicantText}
              error={problem?.fields.applicantText}
            />
            <TextField
              name="decision-internal-note"
              label={t('review.decision.internalNote')}
              multiline
              maxLength={INPUT_LIMITS.decisionInternalNote}
              value={internalNote}
              onChange={setInternalNote}
              error={problem?.fields.internalNote}
            />
            {overridable && (
              <TextField
                name="decision-override"
                label={t('review.decision.overrideReason')}
                hint={decision.blocks.map((block) => t(`review.decision.blocked.${block}`, { minimum: decision.minimumReviews })).join(' ')}
                multiline
                maxLength={INPUT_LIMITS.overrideReason}
                value={overrideReason}
                onChange={setOverrideReason}
                error={problem?.fields.overrideReason}
              />
            )}
            <Box>
              <Button type="submit" variant="secondary" loading={saving}>
                {t('review.decision.saveDraft')}
              </Button>
            </Box>
          </Flex>
        </form>
        <ActionOutcome outcome={outcome} problemTitle={t('review.decision.notDone')} />
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
                <Button onClick={() => void confirm()} loading={saving}>
                  {t('review.decision.confirm')}
                </Button>
              </Box>
            </Flex>
          </Box>
        )}
      </Flex>
    </Section>
  );
}

/** A decision taken despite the rules: which rules (before the deadline, too few reviews), why, by whom and when. */
export function overrideSentence(t: Translate, locale: Locale, override: DecisionOverrideRecord): string {
  const rules = override.blocks.map((block) =>
    block === 'before-deadline'
      ? t('review.override.before-deadline', { deadline: staffDateTime(locale, override.deadline) })
      : t('review.override.too-few-reviews', { reviews: override.completeReviews, minimum: override.minimumReviews }),
  );
  return t('review.decision.overridden', { rules: rules.join(', '), reason: override.reason, name: override.byName, date: staffDate(locale, override.at) });
}
