import * as React from 'react';
import { Box, Button, Flex } from '@strapi/design-system';
import type { OfferAction } from '@cb/domain';
import type { HelpOfferDetails } from '../../../server/contracts';
import { INPUT_LIMITS } from '../../../server/contracts';
import type { StaffTextId } from '../../../../../staff-texts';
import { useStaffTexts } from '../i18n';
import { ActionOutcome } from './ActionOutcome';
import { Section } from './Section';
import { TextField } from './TextField';
import { useCaseChange } from './useCaseChange';
import { useNoteDraft } from './useNoteDraft';

/** What each action on an offer says once done. */
const OFFER_OUTCOMES = { pause: 'outcome.offerPaused', resume: 'outcome.offerResumed', close: 'outcome.offerClosed' } as const satisfies Record<
  OfferAction,
  StaffTextId
>;

/** Pause an offer (it takes no new match), resume it, or close it. The server holds the rules and says why it refuses. */
export function OfferActions({ offer, onChanged }: { offer: HelpOfferDetails; onChanged(): void }) {
  const { t } = useStaffTexts();
  const { send, problem, saving, outcome } = useCaseChange(onChanged);
  const { draft: note, setDraft: setNote, saved } = useNoteDraft();
  const act = async (action: OfferAction) => {
    const sent = note;
    if (
      await send(
        `/back-office/offers/${encodeURIComponent(offer.documentId)}/actions`,
        { action, note: sent || undefined },
        { done: t(OFFER_OUTCOMES[action]) },
      )
    )
      saved(sent);
  };
  if (offer.caseStatus === 'closed') return null;
  return (
    <Section title={t('case.offer.actionsTitle')} id="offer-actions">
      <ActionOutcome outcome={outcome} problemTitle={problem?.status === 409 ? t('case.refused.title') : t('case.actions.notDone')} />
      <TextField name="offer-action-note" label={t('case.actions.note')} multiline maxLength={INPUT_LIMITS.notes} value={note} onChange={setNote} />
      <Flex gap={3} paddingTop={3} wrap="wrap">
        {offer.caseStatus === 'paused' ? (
          <Button variant="secondary" loading={saving} onClick={() => void act('resume')}>
            {t('case.offer.resume')}
          </Button>
        ) : (
          <Button variant="secondary" loading={saving} onClick={() => void act('pause')}>
            {t('case.offer.pause')}
          </Button>
        )}
        <Box>
          <Button variant="danger-light" loading={saving} onClick={() => void act('close')}>
            {t('case.offer.close')}
          </Button>
        </Box>
      </Flex>
    </Section>
  );
}
