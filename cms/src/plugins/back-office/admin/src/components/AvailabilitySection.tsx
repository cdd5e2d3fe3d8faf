import * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { CAPACITY_CHOICES } from '@cb/domain';
import type { HelpOfferDetails } from '../../../server/contracts';
import { useStaffTexts } from '../i18n';
import { staffDate } from '../labels';
import { ChoiceSelect } from './ChoiceSelect';
import { ActionOutcome } from './ActionOutcome';
import { Section } from './Section';
import { TextField } from './TextField';
import { useCaseChange } from './useCaseChange';

const NOT_SAID = 'not-said';

/**
 * Holiday cover on an offer's page: the days the volunteer is away and how many people they help at
 * once, as staff hear them on the phone. The server checks the days (@cb/domain's `awayPeriodProblems`)
 * and answers field by field.
 */
export function AvailabilitySection({ offer, onChanged }: { offer: HelpOfferDetails; onChanged(): void }) {
  const { t, locale } = useStaffTexts();
  const { send, problem, saving, outcome } = useCaseChange(onChanged);
  const [awayFrom, setAwayFrom] = React.useState(offer.awayFrom ?? '');
  const [awayUntil, setAwayUntil] = React.useState(offer.awayUntil ?? '');
  const [capacity, setCapacity] = React.useState(offer.capacityGiven === null ? NOT_SAID : String(offer.capacityGiven));
  // What the offer says once reloaded (after a save here, or a volunteer's own link): the section, and its outcome, stay.
  React.useEffect(() => {
    setAwayFrom(offer.awayFrom ?? '');
    setAwayUntil(offer.awayUntil ?? '');
    setCapacity(offer.capacityGiven === null ? NOT_SAID : String(offer.capacityGiven));
  }, [offer.awayFrom, offer.awayUntil, offer.capacityGiven]);
  const path = `/back-office/offers/${encodeURIComponent(offer.documentId)}/availability`;
  const save = async (from: string, until: string) => {
    const done = await send(
      path,
      { awayFrom: from, awayUntil: until, capacity: capacity === NOT_SAID ? null : Number(capacity) },
      { method: 'PUT', done: t('availability.saved') },
    );
    if (done) {
      setAwayFrom(from);
      setAwayUntil(until);
    }
  };
  const fields = problem?.fields ?? {};
  const current =
    offer.awayFrom && offer.awayUntil
      ? t('availability.away', { from: staffDate(locale, offer.awayFrom), until: staffDate(locale, offer.awayUntil) })
      : t('availability.notAway');
  return (
    <Section title={t('availability.title')} id="offer-availability">
      <Box
        tag="form"
        aria-label={t('availability.title')}
        onSubmit={(event: React.FormEvent) => {
          event.preventDefault();
          void save(awayFrom, awayUntil);
        }}
      >
        <Typography tag="p" variant="omega">
          {t('availability.intro')}
        </Typography>
        <Typography tag="p" variant="pi" fontWeight="bold" data-away={offer.awayFrom ? 'yes' : 'no'}>
          {current}
        </Typography>
        <ActionOutcome outcome={outcome} problemTitle={t('availability.notSaved')} />
        <Flex direction="column" alignItems="stretch" gap={3} paddingTop={2}>
          <TextField
            name="availability-awayFrom"
            label={t('availability.awayFrom')}
            hint={t('availability.awayHint')}
            type="date"
            value={awayFrom}
            onChange={setAwayFrom}
            error={fields.awayFrom}
          />
          <TextField
            name="availability-awayUntil"
            label={t('availability.awayUntil')}
            type="date"
            value={awayUntil}
            onChange={setAwayUntil}
            error={fields.awayUntil}
          />
          <ChoiceSelect
            name="availability-capacity"
            label={t('availability.capacity')}
            value={capacity}
            choices={[
              { value: NOT_SAID, label: t('availability.capacityNotSaid') },
              ...CAPACITY_CHOICES.map((count) => ({ value: count, label: t('case.offer.capacity', { count: Number(count) }) })),
            ]}
            onChange={(next) => setCapacity(next ?? NOT_SAID)}
            error={fields.capacity}
          />
          <Flex gap={2}>
            <Button type="submit" loading={saving}>
              {t('availability.save')}
            </Button>
            {offer.awayFrom && (
              <Button type="button" variant="secondary" loading={saving} onClick={() => void save('', '')}>
                {t('availability.clearAway')}
              </Button>
            )}
          </Flex>
        </Flex>
      </Box>
    </Section>
  );
}
