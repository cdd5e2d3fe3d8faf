import type { Locale } from '@cb/domain';
import {
  commonText,
  fieldCopy,
  fieldLabel,
  fieldOptions,
  FORM_LAYOUTS,
  stepLegend,
  submitText,
  summaryWords,
  thankYouCopy,
  type CommonText,
  type FieldCopy,
  type IntakeForm,
  type SummaryWords,
} from '@cb/domain/intake';

/**
 * Everything a form island says, in the page's language only, gathered at build time from the shared
 * copy (domain form-copy.ts) and handed to the island as props: the browser never downloads the two
 * other languages. Texts with `{placeholders}` are filled in the browser with `fillIn`.
 */
export interface FormText {
  fields: Record<string, FieldCopy>;
  /** Choices per field, in the order they are shown. */
  options: Record<string, [code: string, label: string][]>;
  steps: Record<string, string>;
  common: Record<CommonText, string>;
  submit: string;
  /** The labels and colon the error summary puts before each message ("Label: message"). */
  summary: SummaryWords;
  thankYou: { title: string; body: string; referenceLabel: string; referenceHint: string; confirmationSent: string };
}

const COMMON_KEYS: CommonText[] = [
  'errorSummaryTitle',
  'chooseOne',
  'next',
  'back',
  'stepOf',
  'sending',
  'networkFailed',
  'serverFailed',
  'sendAgain',
  'draftKept',
  'budgetLineLabel',
  'budgetLineAmount',
  'budgetLineLegend',
  'addBudgetLine',
  'removeBudgetLine',
  'budgetTotal',
  'honeypot',
];

export function formText(form: IntakeForm, locale: Locale, params: Record<string, number | string> = {}): FormText {
  const fields = FORM_LAYOUTS[form].steps.flatMap((step) => step.fields);
  const options = Object.fromEntries(fields.filter((field) => field.options).map((field) => [field.name, fieldOptions(field, locale)]));
  const thankYou = thankYouCopy(form, locale, '');
  return {
    fields: Object.fromEntries(
      fields.map((field) => [field.name, { ...fieldCopy(form, field.name, locale, params), label: fieldLabel(form, field.name, locale) }]),
    ),
    options,
    steps: Object.fromEntries(FORM_LAYOUTS[form].steps.map((step) => [step.key, stepLegend(form, step.key, locale)])),
    common: Object.fromEntries(COMMON_KEYS.map((key) => [key, commonText(key, locale)])) as Record<CommonText, string>,
    submit: submitText(form, locale),
    summary: summaryWords(form, locale),
    thankYou: {
      title: thankYou.title,
      body: thankYou.body,
      referenceLabel: thankYou.referenceLabel,
      referenceHint: thankYou.referenceHint,
      confirmationSent: thankYou.confirmationSent,
    },
  };
}
