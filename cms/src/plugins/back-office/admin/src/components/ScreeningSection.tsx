import * as React from 'react';
import { staffDate } from '../labels';
import { Box, Button, Checkbox, Field, Flex, Radio, Typography } from '@strapi/design-system';
import { LOCALES, REFERENCE_CHECKS, type Locale, type ReferenceCheck } from '@cb/domain';
import type { OfferScreeningView } from '../../../server/contracts';
import { INPUT_LIMITS } from '../../../server/contracts';
import { useBackOffice } from '../api';
import { useStaffTexts } from '../i18n';
import { ChoiceSelect } from './ChoiceSelect';
import { ActionOutcome } from './ActionOutcome';
import { ProblemAlert } from './PageShell';
import { Section } from './Section';
import { TextField } from './TextField';
import { useCaseChange } from './useCaseChange';

type Translate = ReturnType<typeof useStaffTexts>['t'];

/**
 * An offer's screening: where it stands (screened until when, to screen, to screen again), the latest
 * screening, a form to record a new one, and for an organisation's offer the organisation's check.
 * The server holds the rules (@cb/domain's screening) and says why it refuses.
 */
export function ScreeningSection({ documentId, onChanged }: { documentId: string; onChanged(): void }) {
  const { t, locale } = useStaffTexts();
  const path = `/back-office/offers/${encodeURIComponent(documentId)}`;
  const screening = useBackOffice<OfferScreeningView>(`${path}/screening`);
  const changed = () => {
    screening.reload();
    onChanged();
  };
  const data = screening.data;
  return (
    <Section title={t('screening.title')} id="offer-screening">
      <ProblemAlert problem={screening.problem} title={t('screening.notSaved')} />
      {data && (
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Typography variant="omega">{t('screening.intro')}</Typography>
          <Typography variant="pi" fontWeight="bold" data-screening-state={data.state}>
            {stateText(data, t, locale)}
          </Typography>
          <LatestScreening screening={data} />
          {data.offerAs === 'organisation' && data.organisationName && <OrganisationCheck screening={data} path={path} onChanged={changed} />}
          <ScreeningForm screening={data} path={path} onChanged={changed} />
        </Flex>
      )}
    </Section>
  );
}

function stateText(data: OfferScreeningView, t: Translate, locale: Locale): string {
  switch (data.state) {
    case 'screened':
      return t('screening.state.screened', { until: data.validUntil ? staffDate(locale, data.validUntil) : '—' });
    case 'organisation-checked':
      return t('screening.state.organisation-checked', {
        name: data.organisationCheck?.name ?? '',
        when: data.organisationCheck ? staffDate(locale, data.organisationCheck.checkedAt) : '—',
      });
    case 'expired':
      return t('screening.state.expired', { on: data.screening ? staffDate(locale, data.screening.conversationOn) : '—', months: data.validMonths });
    case 'to-screen':
      return t('screening.state.to-screen');
  }
}

function LatestScreening({ screening: data }: { screening: OfferScreeningView }) {
  const { t, locale } = useStaffTexts();
  const latest = data.screening;
  const lines = [
    data.acceptedOnForm ? t('screening.onForm', { version: data.acceptedOnForm.version }) : t('screening.notOnForm'),
    ...(latest
      ? [
          t('screening.conversation', { on: staffDate(locale, latest.conversationOn), by: latest.conversationBy ?? '—' }),
          latest.references === 'waived' ? t('screening.references.waived', { reason: latest.waiverReason ?? '—' }) : t('screening.references.checked'),
          t('screening.codeAccepted', { version: latest.codeOfConductVersion ?? '—' }),
          t('screening.noteGiven', {
            language: latest.informationNoteLocale ? t(`screening.locale.${latest.informationNoteLocale}`) : '—',
            version: latest.informationNoteVersion ?? '—',
          }),
        ]
      : []),
  ];
  return (
    <Box>
      {latest && (
        <Typography tag="h3" variant="sigma">
          {t('screening.latest')}
        </Typography>
      )}
      <ul>
        {lines.map((line) => (
          <li key={line}>
            <Typography variant="omega">{line}</Typography>
          </li>
        ))}
      </ul>
    </Box>
  );
}

function OrganisationCheck({ screening: data, path, onChanged }: { screening: OfferScreeningView; path: string; onChanged(): void }) {
  const { t, locale } = useStaffTexts();
  const { send, saving, outcome } = useCaseChange(onChanged);
  const check = data.organisationCheck;
  if (check?.tiedToThisOffer) return null;
  return (
    <Box>
      <Typography tag="h3" variant="sigma">
        {t('screening.organisation.title')}
      </Typography>
      <ActionOutcome outcome={outcome} problemTitle={t('screening.notSaved')} />
      <Typography tag="p" variant="omega">
        {check
          ? t('screening.organisation.checkedElsewhere', { name: check.name, when: staffDate(locale, check.checkedAt), by: check.checkedBy ?? '—' })
          : t('screening.organisation.notChecked', { name: data.organisationName ?? '' })}
      </Typography>
      <Box paddingTop={2}>
        <Button variant="secondary" loading={saving} onClick={() => void send(`${path}/organisation-check`, {}, { done: t('outcome.saved') })}>
          {check ? t('screening.organisation.confirm') : t('screening.organisation.check')}
        </Button>
      </Box>
    </Box>
  );
}

function ScreeningForm({ screening: data, path, onChanged }: { screening: OfferScreeningView; path: string; onChanged(): void }) {
  const { t } = useStaffTexts();
  const { send, problem, saving, outcome } = useCaseChange(onChanged);
  const [conversationOn, setConversationOn] = React.useState(new Date().toISOString().slice(0, 10));
  const [references, setReferences] = React.useState<ReferenceCheck>('checked');
  const [waiverReason, setWaiverReason] = React.useState('');
  const [accepted, setAccepted] = React.useState(false);
  const [noteLocale, setNoteLocale] = React.useState<Locale>(data.formLocale);
  const [note, setNote] = React.useState('');
  const record = async () => {
    const body = {
      conversationOn,
      references,
      waiverReason: references === 'waived' ? waiverReason : undefined,
      codeOfConductAccepted: accepted,
      informationNoteLocale: noteLocale,
      note: note || undefined,
    };
    const done = await send(`${path}/screening`, body, { done: t('screening.saved') });
    if (done) setNote('');
  };
  const fields = problem?.fields ?? {};
  return (
    <Box
      tag="form"
      aria-labelledby="screening-record"
      onSubmit={(event: React.FormEvent) => {
        event.preventDefault();
        void record();
      }}
    >
      <Typography tag="h3" id="screening-record" variant="sigma">
        {t('screening.record')}
      </Typography>
      <ActionOutcome outcome={outcome} problemTitle={t('screening.notSaved')} />
      <Flex direction="column" alignItems="stretch" gap={3} paddingTop={2}>
        <TextField
          name="screening-conversationOn"
          label={t('screening.conversationOn')}
          hint={t('screening.conversationHint')}
          type="date"
          required
          value={conversationOn}
          onChange={setConversationOn}
          error={fields.conversationOn}
        />
        <Field.Root name="screening-references" id="back-office-screening-references" error={fields.references}>
          <Field.Label id="screening-references-label">{t('screening.referencesLabel')}</Field.Label>
          <Radio.Group
            aria-labelledby="screening-references-label"
            value={references}
            onValueChange={(next: string) => setReferences(next === 'waived' ? 'waived' : 'checked')}
            name="references"
          >
            {REFERENCE_CHECKS.map((choice) => (
              <Radio.Item key={choice} value={choice}>
                {choice === 'checked' ? t('screening.referencesChecked') : t('screening.referencesWaived')}
              </Radio.Item>
            ))}
          </Radio.Group>
          <Field.Error />
        </Field.Root>
        {references === 'waived' && (
          <TextField
            name="screening-waiverReason"
            label={t('screening.waiverReason')}
            required
            multiline
            maxLength={INPUT_LIMITS.waiverReason}
            value={waiverReason}
            onChange={setWaiverReason}
            error={fields.waiverReason}
          />
        )}
        <Field.Root name="screening-codeOfConductAccepted" id="back-office-screening-codeOfConductAccepted" error={fields.codeOfConductAccepted}>
          <Checkbox name="codeOfConductAccepted" checked={accepted} onCheckedChange={(checked: boolean | 'indeterminate') => setAccepted(checked === true)}>
            {t('screening.codeOfConduct', { version: data.currentVersions.codeOfConduct })}
          </Checkbox>
          <Field.Error />
        </Field.Root>
        <ChoiceSelect
          name="screening-informationNoteLocale"
          label={t('screening.noteLocale')}
          hint={t('screening.noteLocaleHint', { version: data.currentVersions.informationNote })}
          required
          value={noteLocale}
          choices={LOCALES.map((locale) => ({ value: locale, label: t(`screening.locale.${locale}`) }))}
          onChange={(next) => setNoteLocale(LOCALES.find((locale) => locale === next) ?? data.formLocale)}
          error={fields.informationNoteLocale}
        />
        <TextField
          name="screening-note"
          label={t('screening.note')}
          multiline
          maxLength={INPUT_LIMITS.notes}
          value={note}
          onChange={setNote}
          error={fields.note}
        />
        <Box>
          <Button type="submit" loading={saving}>
            {t('screening.save')}
          </Button>
        </Box>
      </Flex>
    </Box>
  );
}
