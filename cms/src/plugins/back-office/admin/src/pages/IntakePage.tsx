import * as React from 'react';
import { Alert, Box, Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { LOCALES, type Locale } from '@cb/domain';
import { FORM_LAYOUTS, fieldOfError, isShown, stepLegend, validateIntake, type IntakeForm } from '@cb/domain/intake';
import { problemOf, type ApiProblem } from '../api';
import { localeName } from '../labels';
import { ChoiceSelect } from '../components/ChoiceSelect';
import { IntakeField, type IntakeValue } from '../components/IntakeField';
import { PageShell, ProblemAlert } from '../components/PageShell';
import { Section } from '../components/Section';

type StaffForm = Extract<IntakeForm, 'help-request' | 'help-offer'>;
type Values = Record<string, IntakeValue>;

const FORMS = [
  { value: 'help-request', label: 'A request for help' },
  { value: 'help-offer', label: 'An offer of help' },
];
const CHANNELS = [
  { value: 'phone', label: 'Phone call' },
  { value: 'social', label: 'Message on social media' },
];
const LANGUAGES = LOCALES.map((locale) => ({ value: locale, label: localeName(locale) }));

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
    const checked = validateIntake(form, values, 'en');
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
    <PageShell title="Phone and social intake" subtitle="The public form's questions and checks, with the same reference numbers">
      <Box tag="form" onSubmit={submit} noValidate aria-label="Register for a person">
        <Flex direction="column" alignItems="stretch" gap={6}>
          <Box ref={summary} tabIndex={-1} style={{ outline: 'none' }}>
            {reference && (
              <Alert variant="success" title="Registered" closeLabel="Close" onClose={() => setReference(undefined)}>
                {`Give the person their reference number: ${reference}`}
              </Alert>
            )}
            <ProblemAlert problem={problem} title="Not registered yet" />
            {errorCount > 0 && !problem && !summaryClosed && (
              <Alert variant="danger" title="Not registered yet" closeLabel="Close" onClose={() => setSummaryClosed(true)}>
                {errorCount === 1 ? 'One field needs another look.' : `${errorCount} fields need another look.`}
              </Alert>
            )}
          </Box>
          <Section title="How the person reached us" id="intake-how">
            <Flex gap={4} wrap="wrap" alignItems="flex-start">
              <Box minWidth="16rem">
                <ChoiceSelect name="intake-form" label="What to register" value={form} choices={FORMS} onChange={chooseForm} />
              </Box>
              <Box minWidth="16rem">
                <ChoiceSelect name="intake-channel" label="Channel" value={channel} choices={CHANNELS} onChange={(value) => value && setChannel(value)} />
              </Box>
              <Box minWidth="16rem">
                <ChoiceSelect
                  name="intake-locale"
                  label="The person's language"
                  value={locale}
                  choices={LANGUAGES}
                  onChange={(value) => value && setLocale(value as Locale)}
                  hint="Their emails will be in this language."
                />
              </Box>
            </Flex>
          </Section>
          {FORM_LAYOUTS[form].steps.map((step) => (
            <Section key={`${form}-${step.key}`} title={stepLegend(form, step.key, 'en')} id={`intake-step-${step.key}`}>
              <Flex direction="column" alignItems="stretch" gap={4}>
                {step.fields
                  .filter((field) => field.kind !== 'hidden' && isShown(field, values))
                  .map((field) => (
                    <IntakeField
                      key={field.name}
                      form={form}
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
              {form === 'help-request' ? 'Register the request' : 'Register the offer'}
            </Button>
            <Typography variant="pi" textColor="neutral600">
              Checked like the public form.
            </Typography>
          </Flex>
        </Flex>
      </Box>
    </PageShell>
  );
}
