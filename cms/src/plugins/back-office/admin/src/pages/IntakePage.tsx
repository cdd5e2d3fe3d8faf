import * as React from 'react';
import { Alert, Box, Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { LOCALES, type Locale } from '@cb/domain';
import { FORM_LAYOUTS, fieldMessages, fieldOfError, isShown, stepLegend, validateIntake, type IntakeForm } from '@cb/domain/intake';
import { problemOf, type ApiProblem } from '../api';
import { useLabels } from '../labels';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { IntakeField, type IntakeValue } from '../components/IntakeField';
import { PageShell, ProblemAlert } from '../components/PageShell';
import { Section } from '../components/Section';

type StaffForm = Extract<IntakeForm, 'help-request' | 'help-offer'>;
type Values = Record<string, IntakeValue>;

const FORMS = ['help-request', 'help-offer'] as const;
const CHANNELS = ['phone', 'social'] as const;

/** Starting values: no box ticked, no choice made, an offer not limited to anywhere yet. */
function emptyValues(form: StaffForm): Values {
  return form === 'help-offer' ? { anywhereInBrussels: false, municipalities: [], availableTimes: [] } : { availableTimes: [] };
}

/** Field messages keyed by field name, from the validation's error paths. */
function byField(errors: Record<string, string>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) fields[fieldOfError(path) ?? 'form'] ??= message;
  return fields;
}

/** Staff register a request or an offer for a caller, or from a social-media message. */
export function IntakePage() {
  const { t, locale: staffLocale, localeName } = useLabels();
  const { post } = useFetchClient();
  const [form, setForm] = React.useState<StaffForm>('help-request');
  const [channel, setChannel] = React.useState('phone');
  const [locale, setLocale] = React.useState<Locale>('nl');
  const [values, setValues] = React.useState<Values>(() => emptyValues('help-request'));
  const [errors, setErrors] = React.useState<Record<string, string>>({});
  const [problem, setProblem] = React.useState<ApiProblem>();
  const [reference, setReference] = React.useState<string>();
  const [saving, setSaving] = React.useState(false);
  const [summaryClosed, setSummaryClosed] = React.useState(false);
  const [attempt, setAttempt] = React.useState(0);
  const summary = React.useRef<HTMLDivElement>(null);

  const chooseForm = (next: string | undefined) => {
    if (next !== 'help-request' && next !== 'help-offer') return;
    setForm(next);
    setValues(emptyValues(next));
    setErrors({});
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setReference(undefined);
    setProblem(undefined);
    setSummaryClosed(false);
    setAttempt((value) => value + 1);
    const checked = validateIntake(form, values, fieldMessages(staffLocale));
    if (!checked.ok) return setErrors(byField(checked.errors));
    setErrors({});
    setSaving(true);
    try {
      const { data } = await post<{ reference: string }>(`/back-office/intake/${form}`, { channel, locale, values });
      setReference(data.reference);
      setValues(emptyValues(form));
    } catch (error) {
      const answer = problemOf(error);
      setProblem(answer);
      setErrors(byField(answer.fields));
    } finally {
      setSaving(false);
    }
  };

  const errorCount = Object.keys(errors).length;
  // After each try, the focus goes to what happened: the reference, or what needs another look.
  React.useEffect(() => {
    if (attempt > 0 && !saving) summary.current?.focus();
  }, [attempt, saving]);
  return (
    <PageShell title={t('intake.title')} subtitle={t('intake.subtitle')}>
      <Box tag="form" onSubmit={submit} noValidate aria-label={t('intake.form')}>
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Box ref={summary} tabIndex={-1} style={{ outline: 'none' }}>
            {reference && (
              <Alert variant="success" title={t('intake.registered')} closeLabel={t('workspace.close')} onClose={() => setReference(undefined)}>
                {t('intake.give-reference', { reference })}
              </Alert>
            )}
            <ProblemAlert problem={problem} title={t('intake.not-registered')} />
            {errorCount > 0 && !problem && !summaryClosed && (
              <Alert variant="danger" title={t('intake.not-registered')} closeLabel={t('workspace.close')} onClose={() => setSummaryClosed(true)}>
                {t('intake.fields-to-check', { count: errorCount })}
              </Alert>
            )}
          </Box>
          <Section title={t('intake.how')} id="intake-how">
            <Flex gap={4} wrap="wrap" alignItems="flex-start">
              <Box minWidth="16rem">
                <ChoiceSelect
                  name="intake-form"
                  label={t('intake.what')}
                  value={form}
                  choices={FORMS.map((value) => ({ value, label: t(`intake.what.${value}`) }))}
                  onChange={chooseForm}
                />
              </Box>
              <Box minWidth="16rem">
                <ChoiceSelect
                  name="intake-channel"
                  label={t('workspace.channel')}
                  value={channel}
                  choices={CHANNELS.map((value) => ({ value, label: t(`intake.channel.${value}`) }))}
                  onChange={(value) => value && setChannel(value)}
                />
              </Box>
              <Box minWidth="16rem">
                <ChoiceSelect
                  name="intake-locale"
                  label={t('intake.person-language')}
                  value={locale}
                  choices={LOCALES.map((code) => ({ value: code, label: localeName(code) }))}
                  onChange={(value) => value && setLocale(value as Locale)}
                  hint={t('intake.person-language-hint')}
                />
              </Box>
            </Flex>
          </Section>
          {FORM_LAYOUTS[form].steps.map((step) => (
            <Section key={`${form}-${step.key}`} title={stepLegend(form, step.key, staffLocale)} id={`intake-step-${step.key}`}>
              <Flex direction="column" alignItems="stretch" gap={4}>
                {step.fields
                  .filter((field) => field.kind !== 'hidden' && isShown(field, values))
                  .map((field) => (
                    <IntakeField
                      key={field.name}
                      form={form}
                      personLocale={locale}
                      field={field}
                      value={values[field.name]}
                      error={errors[field.name]}
                      onChange={(value) => setValues((current) => ({ ...current, [field.name]: value }))}
                    />
                  ))}
              </Flex>
            </Section>
          ))}
          <Flex gap={4}>
            <Button type="submit" size="L" loading={saving}>
              {t(`intake.submit.${form}`)}
            </Button>
            <Typography variant="pi" textColor="neutral600">
              {t('intake.checked')}
            </Typography>
          </Flex>
        </Flex>
      </Box>
    </PageShell>
  );
}
