import * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { MATCH_STATUSES } from '@cb/domain';
import { problemOf, type ApiProblem, type MatchSummary } from '../api';
import { formatDate, statusLabel } from '../labels';
import { ChoiceSelect } from './ChoiceSelect';
import { MatchConcern } from './MatchConcern';
import { ProblemAlert } from './PageShell';
import { TextField } from './TextField';
import { useStaffTexts } from '../i18n';
import { INPUT_LIMITS } from '../../../server/contracts';

const STATUS_CHOICES = MATCH_STATUSES.map((code) => ({ value: code, label: statusLabel(code) }));

/** The request's matches and referrals, each with its status to move on. */
export function MatchList({ matches, onChanged }: { matches: MatchSummary[]; onChanged(): void }) {
  if (matches.length === 0) return <Typography>Not connected with anyone yet.</Typography>;
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

function matchTitle(match: MatchSummary): string {
  if (match.kind === 'match') return match.helpOffer ? `Match with ${match.helpOffer.reference} (${match.helpOffer.contactName})` : 'Match';
  return 'Referral';
}

/** Records how a match goes: its status (contacted the first time sends both emails), the next follow-up, a note. */
export function MatchStatusForm({ match, onChanged }: { match: MatchSummary; onChanged(): void }) {
  const { put } = useFetchClient();
  const [status, setStatus] = React.useState<string>(match.caseStatus);
  const [followUpOn, setFollowUpOn] = React.useState(match.followUpOn ?? '');
  const [notes, setNotes] = React.useState('');
  const [problem, setProblem] = React.useState<ApiProblem>();
  const [saving, setSaving] = React.useState(false);
  const name = `match-${match.documentId}`;
  const { t } = useStaffTexts();
  // A referral passes one person on, to an initiative it names; a match connects two people.
  const title =
    match.kind === 'referral' ? (match.referredTo ? t('match.referralTo', { name: match.referredTo }) : t('match.referralUnnamed')) : matchTitle(match);
  const contactedHint = match.kind === 'referral' ? t('match.referralContactedHint') : 'Contacted: both people get their email.';

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      await put(`/back-office/matches/${encodeURIComponent(match.documentId)}`, { status, followUpOn: followUpOn || null, notes: notes || undefined });
      setProblem(undefined);
      setNotes('');
      onChanged();
    } catch (error) {
      setProblem(problemOf(error));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Box tag="form" onSubmit={save} aria-label={title} padding={4} borderColor="neutral200" hasRadius>
      <Typography tag="h3" variant="omega" fontWeight="bold">
        {title}
      </Typography>
      <Typography tag="p" variant="pi" textColor="neutral600">
        {`${statusLabel(match.caseStatus)}${match.followUpOn ? ` · follow up on ${formatDate(match.followUpOn)}` : ''}`}
      </Typography>
      <ProblemAlert problem={problem} title="The change was not saved" />
      <Flex gap={4} alignItems="flex-start" wrap="wrap" paddingTop={2}>
        <Box minWidth="14rem">
          <ChoiceSelect
            name={`${name}-status`}
            label="Status"
            value={status}
            choices={STATUS_CHOICES}
            onChange={(value) => value && setStatus(value)}
            hint={match.caseStatus === 'proposed' ? contactedHint : undefined}
          />
        </Box>
        <Box minWidth="12rem">
          <TextField name={`${name}-follow-up`} label="Follow up on" type="date" value={followUpOn} onChange={setFollowUpOn} />
        </Box>
        <Box flex="1" minWidth="16rem">
          <TextField name={`${name}-notes`} label="How it went (note)" multiline maxLength={INPUT_LIMITS.notes} value={notes} onChange={setNotes} />
        </Box>
      </Flex>
      <Box paddingTop={2}>
        <Button type="submit" loading={saving}>
          Save
        </Button>
      </Box>
    </Box>
  );
}
