import * as React from 'react';
import { Box, Button, Flex } from '@strapi/design-system';
import { CLOSED_REQUEST_STATUSES, REQUEST_CLOSE_REASONS, REQUEST_STATUSES_SET_BY_HAND } from '@cb/domain';
import type { HelpRequestDetails } from '../../../server/contracts';
import { INPUT_LIMITS } from '../../../server/contracts';
import { useStaffTexts } from '../i18n';
import { ChoiceSelect } from './ChoiceSelect';
import { ProblemAlert } from './PageShell';
import { Section } from './Section';
import { TextField } from './TextField';
import { useCaseChange } from './useCaseChange';
import { useNoteDraft } from './useNoteDraft';

/** What staff do to a request besides matching: status, urgency, closing with a reason, reopening. The server holds the rules. */
export function RequestActions({ request, onChanged }: { request: HelpRequestDetails; onChanged(): void }) {
  const { t } = useStaffTexts();
  const { send, problem, saving } = useCaseChange(onChanged);
  const [status, setStatus] = React.useState<string>();
  const [reason, setReason] = React.useState<string>();
  const { draft: note, setDraft: setNote, saved } = useNoteDraft();
  const path = `/back-office/requests/${encodeURIComponent(request.documentId)}/actions`;
  const closed = (CLOSED_REQUEST_STATUSES as readonly string[]).includes(request.caseStatus);

  const act = async (body: Record<string, unknown>) => {
    const sent = note;
    if (await send(path, { ...body, note: sent || undefined })) {
      saved(sent);
      setReason(undefined);
      setStatus(undefined);
    }
  };
  const submitClose = (event: React.FormEvent) => {
    event.preventDefault();
    void act({ action: 'close', reason });
  };

  return (
    <Section title={t('case.actions.title')} id="request-actions">
      <ProblemAlert problem={problem} title={problem?.status === 409 ? t('case.refused.title') : t('case.actions.notDone')} />
      {closed ? (
        <Flex direction="column" alignItems="flex-start" gap={3}>
          <TextField name="action-note" label={t('case.actions.note')} multiline maxLength={INPUT_LIMITS.notes} value={note} onChange={setNote} />
          <Button onClick={() => void act({ action: 'reopen' })} loading={saving}>
            {t('case.actions.reopen')}
          </Button>
        </Flex>
      ) : (
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Flex gap={4} alignItems="flex-end" wrap="wrap">
            <Box minWidth="14rem">
              <ChoiceSelect
                name="action-status"
                label={t('case.actions.status')}
                value={status}
                choices={REQUEST_STATUSES_SET_BY_HAND.map((code) => ({ value: code, label: t(`status.${code}`) }))}
                placeholder={t(`status.${request.caseStatus}`)}
                onChange={setStatus}
                error={problem?.fields.status}
              />
            </Box>
            <Button variant="secondary" disabled={!status} loading={saving} onClick={() => void act({ action: 'set-status', status })}>
              {t('case.actions.changeStatus')}
            </Button>
            <Button variant="secondary" loading={saving} onClick={() => void act({ action: request.urgency === 'urgent' ? 'unmark-urgent' : 'mark-urgent' })}>
              {request.urgency === 'urgent' ? t('case.actions.unmarkUrgent') : t('case.actions.markUrgent')}
            </Button>
          </Flex>
          <Box tag="form" onSubmit={submitClose} aria-label={t('case.actions.close')}>
            <Flex gap={4} alignItems="flex-start" wrap="wrap">
              <Box minWidth="16rem">
                <ChoiceSelect
                  name="action-close-reason"
                  label={t('case.actions.closeReason')}
                  value={reason}
                  choices={REQUEST_CLOSE_REASONS.map((code) => ({ value: code, label: t(`case.reason.${code}`) }))}
                  placeholder={t('case.actions.chooseReason')}
                  onChange={setReason}
                  error={problem?.fields.reason}
                  required
                />
              </Box>
              <Box flex="1" minWidth="16rem">
                <TextField name="action-note" label={t('case.actions.note')} multiline maxLength={INPUT_LIMITS.notes} value={note} onChange={setNote} />
              </Box>
            </Flex>
            <Box paddingTop={2}>
              <Button type="submit" variant="danger-light" disabled={!reason} loading={saving}>
                {t('case.actions.close')}
              </Button>
            </Box>
          </Box>
        </Flex>
      )}
    </Section>
  );
}
