import * as React from 'react';
import { Box, Button, Flex } from '@strapi/design-system';
import { CLOSED_REQUEST_STATUSES, REQUEST_CLOSE_REASONS, REQUEST_STATUSES_SET_BY_HAND } from '@cb/domain';
import type { HelpRequestDetails } from '../../../server/contracts';
import { INPUT_LIMITS } from '../../../server/contracts';
import { useStaffTexts } from '../i18n';
import { focusField } from './focusField';
import { ChoiceSelect } from './ChoiceSelect';
import { ActionOutcome } from './ActionOutcome';
import { textOf } from './CaseTimeline';
import { Section } from './Section';
import { TextField } from './TextField';
import { useCaseChange } from './useCaseChange';
import { useNoteDraft } from './useNoteDraft';

const CLOSE_REASON = 'action-close-reason';

/** What staff do to a request besides matching: status, urgency, closing with a reason, reopening. The server holds the rules. */
export function RequestActions({ request, onChanged }: { request: HelpRequestDetails; onChanged(): void }) {
  const { t } = useStaffTexts();
  const { send, problem, saving, outcome } = useCaseChange(onChanged);
  const [status, setStatus] = React.useState<string>();
  const [reason, setReason] = React.useState<string>();
  const [reasonMissing, setReasonMissing] = React.useState(false);
  const { draft: note, setDraft: setNote, saved } = useNoteDraft();
  const path = `/back-office/requests/${encodeURIComponent(request.documentId)}/actions`;
  const closed = (CLOSED_REQUEST_STATUSES as readonly string[]).includes(request.caseStatus);

  const act = async (body: Record<string, unknown>, done: string) => {
    const sent = note;
    if (await send(path, { ...body, note: sent || undefined }, { done })) {
      saved(sent);
      setReason(undefined);
      setStatus(undefined);
    }
  };
  const submitClose = (event: React.FormEvent) => {
    event.preventDefault();
    // The button stays enabled (a disabled one is skipped by the keyboard and says nothing): without a reason, the reason's field says why.
    if (!reason) {
      setReasonMissing(true);
      focusField(CLOSE_REASON);
      return;
    }
    void act({ action: 'close', reason }, t('outcome.requestClosed', { reason: textOf(t, `case.reason.${reason}`) }));
  };
  const chooseReason = (value: string | undefined) => {
    setReason(value);
    setReasonMissing(false);
  };

  return (
    <Section title={t('case.actions.title')} id="request-actions">
      <ActionOutcome outcome={outcome} problemTitle={problem?.status === 409 ? t('case.refused.title') : t('case.actions.notDone')} />
      {closed ? (
        <Flex direction="column" alignItems="flex-start" gap={3}>
          <TextField name="action-note" label={t('case.actions.note')} multiline maxLength={INPUT_LIMITS.notes} value={note} onChange={setNote} />
          <Button onClick={() => void act({ action: 'reopen' }, t('outcome.requestReopened'))} loading={saving}>
            {t('case.actions.reopen')}
          </Button>
        </Flex>
      ) : (
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Flex gap={4} alignItems="flex-end" wrap="wrap">
            <Box minWidth="14rem">
              <ChoiceSelect
                name="action-status"
                label={t('outcome.requestStatus')}
                value={status}
                choices={REQUEST_STATUSES_SET_BY_HAND.map((code) => ({ value: code, label: t(`status.${code}`) }))}
                placeholder={t(`status.${request.caseStatus}`)}
                onChange={setStatus}
                error={problem?.fields.status}
              />
            </Box>
            <Button
              variant="secondary"
              disabled={!status}
              loading={saving}
              onClick={() => void act({ action: 'set-status', status }, t('outcome.statusChanged', { status: textOf(t, `status.${status ?? ''}`) }))}
            >
              {t('case.actions.changeStatus')}
            </Button>
            <Button
              variant="secondary"
              loading={saving}
              onClick={() =>
                void act(
                  { action: request.urgency === 'urgent' ? 'unmark-urgent' : 'mark-urgent' },
                  request.urgency === 'urgent' ? t('outcome.unmarkedUrgent') : t('outcome.markedUrgent'),
                )
              }
            >
              {request.urgency === 'urgent' ? t('case.actions.unmarkUrgent') : t('case.actions.markUrgent')}
            </Button>
          </Flex>
          {/* noValidate: the browser's own check of the required reason would stop the form silently (its select is hidden); the reason's field says it. */}
          <Box tag="form" onSubmit={submitClose} aria-label={t('case.actions.close')} noValidate>
            <Flex gap={4} alignItems="flex-start" wrap="wrap">
              <Box minWidth="16rem">
                <ChoiceSelect
                  name={CLOSE_REASON}
                  label={t('case.actions.closeReason')}
                  value={reason}
                  choices={REQUEST_CLOSE_REASONS.map((code) => ({ value: code, label: t(`case.reason.${code}`) }))}
                  placeholder={t('case.actions.chooseReason')}
                  onChange={chooseReason}
                  error={reasonMissing ? t('outcome.reasonFirst') : problem?.fields.reason}
                  required
                />
              </Box>
              <Box flex="1" minWidth="16rem">
                <TextField name="action-note" label={t('case.actions.note')} multiline maxLength={INPUT_LIMITS.notes} value={note} onChange={setNote} />
              </Box>
            </Flex>
            <Box paddingTop={2}>
              <Button type="submit" variant="danger-light" loading={saving}>
                {t('case.actions.close')}
              </Button>
            </Box>
          </Box>
        </Flex>
      )}
    </Section>
  );
}
