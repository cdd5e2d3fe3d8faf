import { useEffect, useRef, useState } from 'react';
import { useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import type { Locale } from '@cb/domain';
import {
  FORM_LAYOUTS,
  errorSummaryLines,
  fieldOfError,
  isShown,
  kindOf,
  validateIntake,
  type FieldLayout,
  type FieldMessages,
  type IntakeForm,
  type ProposalLimits,
} from '@cb/domain/intake';
import { BudgetLines } from './BudgetLines.tsx';
import { clearDraft, newIdempotencyKey, readDraft, saveDraft } from './draft.ts';
import { ErrorSummary } from './ErrorSummary.tsx';
import { Field } from './Field.tsx';
import { fillIn } from './fill-in.ts';
import type { FormText } from './form-text.ts';
import { budgetTotal, emptyInput, sendsFiles, toFormData, toSchemaValues, type BudgetLineInput, type FormInput } from './form-values.ts';
import { intakeAction, sendIntake } from './send.ts';
import { ThankYou } from './ThankYou.tsx';

export interface IntakeFormIslandProps {
  form: IntakeForm;
  locale: Locale;
  /** What the form says, in the page's language (see form-text.ts). */
  text: FormText;
  /** The validation messages of the page's language only (`fieldMessages(locale)`, serialised once into the page). */
  messages: FieldMessages;
  /** The project call an application is for, and its maximum per project. */
  projectCall?: { documentId: string; maxPerProject: number };
}

type Status = { kind: 'editing' } | { kind: 'sending' } | { kind: 'failed'; message: string } | { kind: 'stored'; reference: string; mailed: boolean };

/** Error paths hold dots (`budgetLines.1.amount`); react-hook-form would read them as nesting, so they are kept flat. */
const errorKey = (path: string) => path.replaceAll('.', '~');
const errorPath = (key: string) => key.replaceAll('~', '.');

/**
 * One island for the four intake forms, drawn from the shared layout and copy. Its server-rendered
 * HTML is a complete form that posts to the CMS without JavaScript; once hydrated it validates with
 * the CMS's own schema, keeps a draft, sends JSON (multipart with files) and thanks in place.
 */
export default function IntakeFormIsland({ form, locale, text, messages, projectCall }: IntakeFormIslandProps) {
  const layout = FORM_LAYOUTS[form];
  const limits: ProposalLimits | undefined = projectCall ? { maxPerProject: projectCall.maxPerProject } : undefined;
  const preset: Record<string, string> = projectCall ? { projectCallDocumentId: projectCall.documentId } : {};
  const resolver: Resolver<FormInput> = async (input) => {
    const result = validateIntake(form, toSchemaValues(form, input), messages, limits);
    return result.ok ? { values: input, errors: {} } : { values: {}, errors: asFieldErrors(result.errors) };
  };
  const { register, handleSubmit, watch, setValue, reset, getValues, setError, clearErrors, formState } = useForm<FormInput>({
    defaultValues: emptyInput(form, preset),
    resolver,
    shouldFocusError: false,
  });

  const [enhanced, setEnhanced] = useState(false);
  const [step, setStep] = useState(0);
  const [status, setStatus] = useState<Status>({ kind: 'editing' });
  const [summaryFocus, setSummaryFocus] = useState(0);
  const idempotencyKey = useRef('');
  const formElement = useRef<HTMLFormElement>(null);
  const input = watch();

  // Once, on hydration: the draft is read back before anything is typed, then kept up to date.
  useEffect(() => {
    const draft = readDraft(form);
    idempotencyKey.current = draft?.idempotencyKey ?? newIdempotencyKey();
    if (draft) reset({ ...emptyInput(form, preset), ...draft.input, ...preset });
    setEnhanced(true);
    const subscription = watch((values) => saveDraft(form, { input: values as FormInput, idempotencyKey: idempotencyKey.current }));
    return () => subscription.unsubscribe();
  }, []);

  const errors = shownErrors(formState.errors);
  const summaryLines = errorSummaryLines(form, errors, text.summary);
  const errorOf = (path: string) => errors[path];
  const errorOfField = (name: string) => Object.entries(errors).find(([path]) => fieldOfError(path) === name && !path.startsWith('budgetLines.'))?.[1];
  const stepByStep = enhanced && layout.oneStepAtATime;
  const lastStep = layout.steps.length - 1;

  /** One step at a time: the summary's links must lead somewhere, so the step with the first error is shown. */
  const showStepOf = (paths: string[]) => {
    if (!stepByStep) return;
    const stepsWithErrors = paths.map((path) => layout.steps.findIndex((candidate) => candidate.fields.some((field) => field.name === fieldOfError(path))));
    const first = Math.min(...stepsWithErrors.filter((index) => index >= 0));
    if (Number.isFinite(first)) setStep(first);
  };

  const showErrors = (found: Record<string, string>) => {
    clearErrors();
    for (const [path, message] of Object.entries(found)) setError(errorKey(path), { type: 'validate', message });
    showStepOf(Object.keys(found));
    setSummaryFocus((count) => count + 1);
  };

  const submit = handleSubmit(
    async (values) => {
      setStatus({ kind: 'sending' });
      const website = (formElement.current?.elements.namedItem('website') as HTMLInputElement | null)?.value ?? '';
      const body = sendsFiles(form) ? { formData: toFormData(form, values, { locale, website }) } : { json: { ...toSchemaValues(form, values), website } };
      const outcome = await sendIntake({ form, locale, idempotencyKey: idempotencyKey.current, body });
      if (outcome.kind === 'stored') {
        clearDraft(form);
        setStatus({ kind: 'stored', reference: outcome.reference, mailed: typeof values.email === 'string' && values.email.trim() !== '' });
      } else if (outcome.kind === 'invalid') {
        setStatus({ kind: 'editing' });
        showErrors(outcome.errors);
      } else {
        // What was sent under the old key is stored; a send of the changed answers is a new submission.
        if (outcome.kind === 'key-reused') {
          idempotencyKey.current = newIdempotencyKey();
          saveDraft(form, { input: values, idempotencyKey: idempotencyKey.current });
        }
        const message = outcome.kind === 'network' ? text.common.networkFailed : (outcome.message ?? text.common.serverFailed);
        setStatus({ kind: 'failed', message });
      }
    },
    (found) => {
      showStepOf(Object.keys(found).map(errorPath));
      setSummaryFocus((count) => count + 1);
    },
  );

  const goToStep = (next: number) => {
    setStep(next);
    requestAnimationFrame(() => formElement.current?.querySelector<HTMLElement>('fieldset input, fieldset select, fieldset textarea')?.focus());
  };

  /** "Next" checks the questions of this step only, with the same schema and messages. */
  const next = () => {
    const result = validateIntake(form, toSchemaValues(form, getValues()), messages, limits);
    const names = new Set(layout.steps[step]!.fields.map((field) => field.name));
    const found = result.ok ? {} : Object.fromEntries(Object.entries(result.errors).filter(([path]) => names.has(fieldOfError(path) ?? '')));
    if (Object.keys(found).length > 0) showErrors(found);
    else {
      clearErrors();
      goToStep(step + 1);
    }
  };

  if (status.kind === 'stored') return <ThankYou form={form} text={text.thankYou} reference={status.reference} mailed={status.mailed} />;

  const visibleSteps = stepByStep ? [layout.steps[step]!] : layout.steps;
  const showField = (field: FieldLayout) => !enhanced || isShown(field, input);

  return (
    <form
      ref={formElement}
      className="intake-form"
      method="post"
      action={intakeAction(form)}
      encType={layout.encoding}
      noValidate
      onKeyDown={(event) => {
        // Enter in a single-line field of an earlier step means "next", as the button says: earlier steps have
        // no submit button, so the browser would not send the form on Enter (nor should it).
        if (stepByStep && step < lastStep && event.key === 'Enter' && !event.nativeEvent.isComposing && isSingleLineField(event.target)) {
          event.preventDefault();
          next();
        }
      }}
      onSubmit={(event) => {
        // Enter in a field of an earlier step means "next", not "send".
        if (stepByStep && step < lastStep) {
          event.preventDefault();
          next();
        } else void submit(event);
      }}
    >
      <ErrorSummary form={form} title={text.common.errorSummaryTitle} errors={summaryLines} focusRequest={summaryFocus} />
      <input type="hidden" name="locale" value={locale} />
      {projectCall && <input type="hidden" name="projectCallDocumentId" value={projectCall.documentId} />}
      {enhanced && <p className="muted draft-note">{text.common.draftKept}</p>}
      {stepByStep && <p className="step-count">{fillIn(text.common.stepOf, { step: step + 1, steps: layout.steps.length })}</p>}
      {visibleSteps.map((shownStep) => (
        <fieldset className="form-step" key={shownStep.key}>
          <legend>{text.steps[shownStep.key]}</legend>
          {shownStep.fields
            .filter(showField)
            .map((field) =>
              kindOf(field).control === 'budget-lines' ? (
                <BudgetLines
                  key={field.name}
                  form={form}
                  text={text}
                  locale={locale}
                  lines={(input.budgetLines as BudgetLineInput[] | undefined) ?? []}
                  onChange={(lines) => setValue('budgetLines', lines, { shouldDirty: true })}
                  errorOf={errorOf}
                  total={budgetTotal(input)}
                  enhanced={enhanced}
                />
              ) : (
                <Field key={field.name} form={form} text={text} field={field} register={register} error={errorOfField(field.name)} />
              ),
            )}
        </fieldset>
      ))}
      <div className="honeypot" aria-hidden="true">
        <label htmlFor={`${form}-website`}>{text.common.honeypot}</label>
        <input type="text" id={`${form}-website`} name="website" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      {status.kind === 'failed' && (
        <p className="form-failure" role="alert">
          {status.message}
        </p>
      )}
      {/* Each button its own element (key): were "Next" turned into "Send" in place, the press that shows the
          last step would also send it, and its questions would be judged before they could be answered. */}
      <div className="form-actions">
        {stepByStep && step > 0 && (
          <button key="back" type="button" className="button secondary" onClick={() => goToStep(step - 1)}>
            {text.common.back}
          </button>
        )}
        {stepByStep && step < lastStep ? (
          <button key="next" type="button" className="button" onClick={next}>
            {text.common.next}
          </button>
        ) : (
          <button key="send" type="submit" className="button" disabled={status.kind === 'sending'}>
            {status.kind === 'sending' ? text.common.sending : status.kind === 'failed' ? text.common.sendAgain : text.submit}
          </button>
        )}
      </div>
    </form>
  );
}

function asFieldErrors(errors: Record<string, string>): FieldErrors<FormInput> {
  return Object.fromEntries(Object.entries(errors).map(([path, message]) => [errorKey(path), { type: 'validate', message }]));
}

/** The messages to show, by error path, each once (errorSummaryLines orders them as the form). */
function shownErrors(errors: FieldErrors<FormInput>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).flatMap(([key, error]) => (typeof error?.message === 'string' ? [[errorPath(key), error.message]] : [])));
}

/** Inputs in which a browser sends a form on Enter (implicit submission); not a textarea, a box or a button. */
const SINGLE_LINE_TYPES = new Set(['text', 'email', 'tel', 'date', 'number', 'search', 'url', 'password']);
function isSingleLineField(target: EventTarget): boolean {
  return target instanceof HTMLInputElement && SINGLE_LINE_TYPES.has(target.type);
}
