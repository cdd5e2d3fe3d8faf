import * as React from 'react';
import { Box, Button, Checkbox, Flex, Typography } from '@strapi/design-system';
import { MATCH_PEOPLE, type MatchPerson } from '@cb/domain';
import type { MatchSummary } from '../api';
import { INPUT_LIMITS } from '../../../server/contracts';
import { useStaffTexts } from '../i18n';
import { ChoiceSelect } from './ChoiceSelect';
import { ActionOutcome } from './ActionOutcome';
import { TextField } from './TextField';
import { useCaseChange } from './useCaseChange';

/** A concern one of the two people raised on the phone, recorded on the case's timeline; and pausing the match. */
export function MatchConcern({ match, onChanged }: { match: MatchSummary; onChanged(): void }) {
  const { t } = useStaffTexts();
  const { send, problem, saving, outcome } = useCaseChange(onChanged);
  const [person, setPerson] = React.useState<MatchPerson>('requester');
  const [text, setText] = React.useState('');
  const [callMe, setCallMe] = React.useState(false);
  const [pauseMatch, setPauseMatch] = React.useState(false);
  const path = `/back-office/matches/${encodeURIComponent(match.documentId)}`;
  const name = `concern-${match.documentId}`;

  const record = async (event: React.FormEvent) => {
    event.preventDefault();
    if (await send(`${path}/concerns`, { person, text, callMe, pauseMatch }, { done: t('outcome.concernRecorded') })) {
      setText('');
      setCallMe(false);
      setPauseMatch(false);
    }
  };

  return (
    <Box tag="form" onSubmit={record} aria-label={t('concern.title')} padding={4} marginTop={2} borderColor="neutral200" hasRadius>
      <Typography tag="h4" variant="omega" fontWeight="bold">
        {t('concern.title')}
      </Typography>
      <Typography tag="p" variant="pi" textColor="neutral600">
        {t('concern.hint')}
      </Typography>
      <ActionOutcome outcome={outcome} problemTitle={t('concern.notSaved')} />
      <Flex gap={4} alignItems="flex-start" wrap="wrap" paddingTop={2}>
        <Box minWidth="14rem">
          <ChoiceSelect
            name={`${name}-person`}
            label={t('concern.person')}
            value={person}
            choices={MATCH_PEOPLE.map((value) => ({ value, label: t(`concern.person.${value}`) }))}
            onChange={(value) => setPerson(value === 'volunteer' ? 'volunteer' : 'requester')}
            error={problem?.fields.person}
          />
        </Box>
        <Box flex="1" minWidth="16rem">
          <TextField
            name={`${name}-text`}
            label={t('concern.text')}
            multiline
            maxLength={INPUT_LIMITS.notes}
            value={text}
            onChange={setText}
            error={problem?.fields.text}
          />
        </Box>
      </Flex>
      <Flex gap={4} paddingTop={2} wrap="wrap">
        <Checkbox name={`${name}-call-me`} checked={callMe} onCheckedChange={(checked: boolean | 'indeterminate') => setCallMe(checked === true)}>
          {t('concern.callMe')}
        </Checkbox>
        {!match.paused && (
          <Checkbox name={`${name}-pause`} checked={pauseMatch} onCheckedChange={(checked: boolean | 'indeterminate') => setPauseMatch(checked === true)}>
            {t('concern.pauseMatch')}
          </Checkbox>
        )}
      </Flex>
      <Flex gap={3} paddingTop={3} wrap="wrap">
        <Button type="submit" loading={saving} disabled={text.trim() === ''}>
          {t('concern.record')}
        </Button>
        <Button
          variant="secondary"
          loading={saving}
          onClick={() => void send(`${path}/pause`, { paused: !match.paused }, { method: 'PUT', done: t('outcome.saved') })}
        >
          {match.paused ? t('concern.resume') : t('concern.pause')}
        </Button>
      </Flex>
      {match.paused && (
        <Typography tag="p" variant="pi" paddingTop={2}>
          {t('concern.paused')}
        </Typography>
      )}
    </Box>
  );
}
