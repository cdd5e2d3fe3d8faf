import * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { MATCH_STATUSES } from '@cb/domain';
import type { MatchSummary } from '../api';
import { useLabels } from '../labels';
import { ChoiceSelect } from './ChoiceSelect';
import { MatchConcern } from './MatchConcern';
import { ActionOutcome } from './ActionOutcome';
import { TextField } from './TextField';
import { useCaseChange } from './useCaseChange';
import { useNoteDraft } from './useNoteDraft';
import { INPUT_LIMITS } from '../../../server/contracts';

/** The request's matches and referrals, each with its status to move on. */
export function MatchList({ matches, onChanged }: { matches: MatchSummary[]; onChanged(): void }) {
  const { t } = useLabels();
  if (matches.length === 0) return <Typography>{t('match.none')}</Typography>;
  return (
    <Flex tag="ul" direction="column" alignItems="stretch" gap={4}>
      {matches.map((match) => (
        <li key={match.documentId}>
          <MatchStatusForm match={match} onChanged={onChanged} />
          {match.kind === 'match' && <MatchConcern match={match} onChanged={onChanged} />}
        </li>
      ))}
    </Flex>
  );
}

/** A referral passes one person on, to an initiative it names; a match connects two people. */
function matchTitle({ t }: ReturnType<typeof useLabels>, match: MatchSummary): string {
  if (match.kind === 'referral') return match.referredTo ? t('match.referralTo', { name: match.referredTo }) : t('match.referralUnnamed');
  return match.helpOffer ? t('match.title.with', { reference: match.helpOffer.reference, name: match.helpOffer.contactName }) : t('workspace.match');
}

/** Records how a match goes: its status (contacted the first time sends both emails), the next follow-up, a note. */
export function MatchStatusForm({ match, onChanged }: { match: MatchSummary; onChanged(): void }) {
  const labels = useLabels();
  const { t, statusLabel, date } = labels;
  const title = matchTitle(labels, match);
  const [status, setStatus] = React.useState<string>(match.caseStatus);
  const [followUpOn, setFollowUpOn] = React.useState(match.followUpOn ?? '');
  const { draft: notes, setDraft: setNotes, saved } = useNoteDraft();
  const { send, saving, outcome } = useCaseChange(onChanged);
  const name = `match-${match.documentId}`;
  const contactedHint = match.kind === 'referral' ? t('match.referralContactedHint') : t('match.contacted-hint');

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const sent = notes;
    const body = { status, followUpOn: followUpOn || null, notes: sent || undefined };
    const done = t('outcome.matchSaved', { status: statusLabel(status) });
    if (await send(`/back-office/matches/${encodeURIComponent(match.documentId)}`, body, { method: 'PUT', done })) saved(sent);
  };

  return (
    <Box tag="form" onSubmit={save} aria-label={title} padding={4} borderColor="neutral200" hasRadius>
      <Typography tag="h3" variant="omega" fontWeight="bold">
        {title}
      </Typography>
      <Typography tag="p" variant="pi" textColor="neutral600">
        {match.followUpOn ? t('match.state.follow-up', { status: statusLabel(match.caseStatus), date: date(match.followUpOn) }) : statusLabel(match.caseStatus)}
      </Typography>
      <ActionOutcome outcome={outcome} problemTitle={t('match.not-saved')} />
      <Flex gap={4} alignItems="flex-start" wrap="wrap" paddingTop={2}>
        <Box minWidth="14rem">
          <ChoiceSelect
            name={`${name}-status`}
            label={match.kind === 'referral' ? t('outcome.referralStatus') : t('outcome.matchStatus')}
            value={status}
            choices={MATCH_STATUSES.map((code) => ({ value: code, label: statusLabel(code) }))}
            onChange={(value) => value && setStatus(value)}
            hint={match.caseStatus === 'proposed' ? contactedHint : undefined}
          />
        </Box>
        <Box minWidth="12rem">
          <TextField name={`${name}-follow-up`} label={t('workspace.follow-up-on')} type="date" value={followUpOn} onChange={setFollowUpOn} />
        </Box>
        <Box flex="1" minWidth="16rem">
          <TextField name={`${name}-notes`} label={t('match.note')} multiline maxLength={INPUT_LIMITS.notes} value={notes} onChange={setNotes} />
        </Box>
      </Flex>
      <Box paddingTop={2}>
        <Button type="submit" loading={saving}>
          {t('workspace.save')}
        </Button>
      </Box>
    </Box>
  );
}
