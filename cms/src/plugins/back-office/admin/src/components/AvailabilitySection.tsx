import * as React from 'react';
import { staffDate } from '../labels';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { CAPACITY_CHOICES } from '@cb/domain';
import type { HelpOfferDetails } from '../../../server/contracts';
import { useStaffTexts } from '../i18n';
import { ChoiceSelect } from './ChoiceSelect';
import { ProblemAlert } from './PageShell';
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
  const { t } = useStaffTexts();
  // Kept here, not in the form: saving reloads the offer, and the form is drawn anew for the days saved.
  const [saved, setSaved] = React.useState(false);
  return (
    <Section title={t('availability.title')} id="offer-availability">
      <AvailabilityForm
        key={`${offer.awayFrom ?? ''}:${offer.awayUntil ?? ''}:${offer.capacityGiven ?? ''}`}
        offer={offer}
        saved={saved}
        setSaved={setSaved}
        onChanged={onChanged}
      />
    </Section>
  );
}

interface AvailabilityFormProps {
  offer: HelpOfferDetails;
  /** Whether to say the days were saved (the section keeps it across the reload that follows a save). */
  saved: boolean;
  setSaved(saved: boolean): void;
  onChanged(): void;
}

function AvailabilityForm({ offer, saved, setSaved, onChanged }: AvailabilityFormProps) {
  const { t, locale } = useStaffTexts();
  const { send, problem, saving } = useCaseChange(onChanged);
  const [awayFrom, setAwayFrom] = React.useState(offer.awayFrom ?? '');
  const [awayUntil, setAwayUntil] = React.useState(offer.awayUntil ?? '');
  const [capacity, setCapacity] = React.useState(offer.capacityGiven === null ? NOT_SAID : String(offer.capacityGiven));
  const path = `/back-office/offers/${encodeURIComponent(offer.documentId)}/availability`;
  const save = async (from: string, until: string) => {
    setSaved(false);
    const done = await send(path, { awayFrom: from, awayUntil: until, capacity: capacity === NOT_SAID ? null : Number(capacity) }, 'PUT');
    setSaved(done);
  };
  const fields = problem?.fields ?? {};
  const current =
    offer.awayFrom && offer.awayUntil
      ? t('availability.away', { from: staffDate(locale, offer.awayFrom), until: staffDate(locale, offer.awayUntil) })
      : t('availability.notAway');
  return (
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
      <ProblemAlert problem={problem} title={t('availability.notSaved')} />
      {saved && !problem && (
        <Typography tag="p" variant="omega" role="status">
          {t('availability.saved')}
        </Typography>
      )}
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
  );
}
