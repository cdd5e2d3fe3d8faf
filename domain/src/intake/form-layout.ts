import type * as z from 'zod/mini';
import { APPLICANT_TYPES, AVAILABLE_TIMES, OFFER_AS, OFFER_FREQUENCIES, REQUEST_FOR_WHOM } from '../intake.js';
import type { FormKey } from '../routes.js';
import { CAPACITY_CHOICES } from '../cases.js';
import { INTEREST_CODES } from '../interests.js';
import { LONELINESS_ANSWERS, LONELINESS_CONSENT_FIELD, LONELINESS_FIELDS } from '../loneliness.js';
import { HELP_CATEGORY_CODES, MUNICIPALITY_CODES, SPOKEN_LANGUAGE_CODES } from '../taxonomies.js';
import { INTAKE_SCHEMAS, type IntakeForm } from './schemas.js';

/**
 * The shared description of the four public forms: which fields, in which order, grouped in steps
 * (each a fieldset with a legend), of which kind. The site's form islands, the HTML the site renders
 * for browsers without JavaScript and the pages the CMS renders after a post all draw from it, so the
 * three look and behave alike. Texts are in form-copy.ts.
 */

/**
 * Each kind of field, and how it is shown: the control it is drawn as and the type of its inputs.
 * This is the one place a kind of field is added. The three renderers of the forms (the site's
 * island, the CMS's page for a post without JavaScript, the back office's phone intake) each hold a
 * `Record<FieldControl, ...>` of renderers, so a control without a renderer fails their typecheck.
 * How each kind reads, keeps and sends its values is FIELD_VALUES (form-fields.ts), a
 * `Record<FieldKind, ...>`: a kind added here fails the typecheck there until its values are described.
 */
export const FIELD_KINDS = {
  text: { control: 'input', inputType: 'text', labelSaysOptional: true },
  textarea: { control: 'textarea', labelSaysOptional: true },
  email: { control: 'input', inputType: 'email', labelSaysOptional: true },
  tel: { control: 'input', inputType: 'tel', labelSaysOptional: true },
  date: { control: 'input', inputType: 'date', labelSaysOptional: true },
  amount: { control: 'input', inputType: 'text', inputMode: 'decimal', labelSaysOptional: true },
  /** One of the options is always chosen: there is no "optional" to say. */
  radio: { control: 'choices', choiceType: 'radio', labelSaysOptional: false },
  checkboxes: { control: 'choices', choiceType: 'checkbox', labelSaysOptional: true },
  select: { control: 'select', labelSaysOptional: true },
  /** One box: a yes or no (not ticked is an answer, not an empty field). */
  checkbox: { control: 'box', labelSaysOptional: false },
  'budget-lines': { control: 'budget-lines', labelSaysOptional: true },
  files: { control: 'files', labelSaysOptional: true },
  /** Set by the page, never typed: the project call an application is for. */
  hidden: { control: 'hidden', labelSaysOptional: false },
} as const satisfies Record<string, FieldKindDescription>;

export type FieldKind = keyof typeof FIELD_KINDS;

export type FieldControl = 'input' | 'textarea' | 'choices' | 'select' | 'box' | 'budget-lines' | 'files' | 'hidden';

export interface FieldKindDescription {
  control: FieldControl;
  /** The `type` of an input. */
  inputType?: 'text' | 'email' | 'tel' | 'date';
  /** The `type` of each choice's input: one of them, or any number. */
  choiceType?: 'radio' | 'checkbox';
  /** The `inputmode` of an input, for the keyboard a phone shows. */
  inputMode?: 'decimal';
  /** Whether the label says "(optional)" when the field may stay empty. */
  labelSaysOptional: boolean;
}

/** How a field is drawn: its control and the type of its inputs. */
export function kindOf(field: Pick<FieldLayout, 'kind'>): FieldKindDescription {
  return FIELD_KINDS[field.kind];
}

/** A field shown only while another field has a given value (radios, or a box ticked or not). */
export interface ShowWhen {
  field: string;
  equals: string | boolean;
}

export interface FieldLayout {
  /** The schema's field name, also the posted field name. */
  name: string;
  kind: FieldKind;
  required: boolean;
  maxLength?: number;
  /** Codes of the choices (taxonomy or intake vocabulary), for radio, checkboxes and select. */
  options?: readonly string[];
  showWhen?: ShowWhen;
  /** HTML autocomplete token. */
  autocomplete?: string;
  /** For files: the accepted types, as the `accept` attribute. */
  accept?: string;
  /** For files: whether more than one file may be chosen. */
  multiple?: boolean;
}

export interface StepLayout {
  /** Names the step's legend in form-copy.ts. */
  key: string;
  fields: readonly FieldLayout[];
}

export interface FormLayout {
  form: IntakeForm;
  /** The site's form page (routes.form). */
  formKey: FormKey;
  /** The last segment of `/api/intake/<path>`. */
  path: string;
  /** multipart only when the form sends files. */
  encoding: 'application/x-www-form-urlencoded' | 'multipart/form-data';
  /** The island shows one step at a time (the form for people who rarely use a computer). */
  oneStepAtATime: boolean;
  steps: readonly StepLayout[];
}

export const ATTACHMENT_TYPES = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';
export const ATTACHMENTS_FIELD = 'attachments';
export const PHOTO_TYPES = 'image/jpeg,image/png,.jpg,.jpeg,.png';
export const PHOTO_FIELD = 'photo';

type Shape = Record<string, z.core.$ZodType>;
type Kinded = Omit<FieldLayout, 'name' | 'required' | 'maxLength'>;

/** Builds the fields of a step from the schema, so required and maxLength never drift from it. */
function fieldsOf(shape: Shape, fields: Record<string, Kinded>): FieldLayout[] {
  return Object.entries(fields).map(([name, field]) => {
    const schema = shape[name];
    if (!schema) return { name, required: false, ...field };
    const { control } = kindOf(field);
    const maxLength = control === 'input' || control === 'textarea' ? maxLengthOf(schema) : undefined;
    return { name, ...field, required: isRequired(schema, field), ...(maxLength === undefined ? {} : { maxLength }) };
  });
}

/** Fields that are optional in the schema, conditional, or a box (false is a valid answer) are not required in HTML. */
function isRequired(schema: z.core.$ZodType, field: Kinded): boolean {
  if (field.showWhen || schema._zod.optin === 'optional') return false;
  if (field.kind === 'checkbox') return schemaType(schema) === 'literal';
  if (field.kind === 'checkboxes') return minimumOf(schema) > 0;
  return true;
}

interface Inspectable {
  type: string;
  innerType?: z.core.$ZodType;
  in?: z.core.$ZodType;
  checks?: { _zod: { def: { check: string; maximum?: number; minimum?: number } } }[];
}
const defOf = (schema: z.core.$ZodType) => schema._zod.def as unknown as Inspectable;
const schemaType = (schema: z.core.$ZodType) => defOf(schema).type;

/** Looks through optional and pipe wrappers for the checks of the value itself. */
function checksOf(schema: z.core.$ZodType): NonNullable<Inspectable['checks']> {
  const def = defOf(schema);
  if (def.type === 'optional' && def.innerType) return checksOf(def.innerType);
  if (def.type === 'pipe' && def.in) return checksOf(def.in);
  return def.checks ?? [];
}

export function maxLengthOf(schema: z.core.$ZodType): number | undefined {
  return checksOf(schema).find((check) => check._zod.def.check === 'max_length')?._zod.def.maximum;
}

function minimumOf(schema: z.core.$ZodType): number {
  return checksOf(schema).find((check) => check._zod.def.check === 'min_length')?._zod.def.minimum ?? 0;
}

// Codes only: the names (in three languages) are the copy's (form-copy.ts), not the layout's.
const categories = HELP_CATEGORY_CODES;
const municipalities = MUNICIPALITY_CODES;
const languages = SPOKEN_LANGUAGE_CODES;
const interests = INTEREST_CODES;

const contactFields = {
  contactName: { kind: 'text', autocomplete: 'name' },
  phone: { kind: 'tel', autocomplete: 'tel' },
  email: { kind: 'email', autocomplete: 'email' },
} as const satisfies Record<string, Kinded>;
const consentField = { consent: { kind: 'checkbox' } } as const satisfies Record<string, Kinded>;

function helpRequestLayout(): FormLayout {
  const shape = INTAKE_SCHEMAS['help-request']._zod.def.shape as Shape;
  const forSomeoneElse: ShowWhen = { field: 'forWhom', equals: 'someone-else' };
  return {
    form: 'help-request',
    formKey: 'ask-for-help',
    path: 'help-requests',
    encoding: 'application/x-www-form-urlencoded',
    oneStepAtATime: true,
    steps: [
      {
        key: 'for-whom',
        fields: fieldsOf(shape, {
          forWhom: { kind: 'radio', options: REQUEST_FOR_WHOM },
          beneficiaryName: { kind: 'text', showWhen: forSomeoneElse },
          relationToBeneficiary: { kind: 'text', showWhen: forSomeoneElse },
        }),
      },
      {
        key: 'help',
        fields: fieldsOf(shape, {
          categories: { kind: 'checkboxes', options: categories },
          description: { kind: 'textarea' },
          interests: { kind: 'checkboxes', options: interests },
        }),
      },
      {
        key: 'where',
        fields: fieldsOf(shape, {
          municipality: { kind: 'select', options: municipalities },
          languages: { kind: 'checkboxes', options: languages },
          availableTimes: { kind: 'checkboxes', options: AVAILABLE_TIMES },
          availability: { kind: 'textarea' },
        }),
      },
      { key: 'loneliness', fields: fieldsOf(shape, lonelinessLayout()) },
      { key: 'contact', fields: fieldsOf(shape, contactFields) },
      { key: 'consent', fields: fieldsOf(shape, consentField) },
    ],
  };
}

/** The loneliness scale, optional: its own consent box, then the six items, shown once the box is ticked. */
function lonelinessLayout(): Record<string, Kinded> {
  const consented: ShowWhen = { field: LONELINESS_CONSENT_FIELD, equals: true };
  return {
    [LONELINESS_CONSENT_FIELD]: { kind: 'checkbox' },
    ...Object.fromEntries(LONELINESS_FIELDS.map((name): [string, Kinded] => [name, { kind: 'radio', options: LONELINESS_ANSWERS, showWhen: consented }])),
  };
}

function helpOfferLayout(): FormLayout {
  const shape = INTAKE_SCHEMAS['help-offer']._zod.def.shape as Shape;
  return {
    form: 'help-offer',
    formKey: 'offer-help',
    path: 'help-offers',
    encoding: 'application/x-www-form-urlencoded',
    oneStepAtATime: false,
    steps: [
      {
        key: 'offer-as',
        fields: fieldsOf(shape, {
          offerAs: { kind: 'radio', options: OFFER_AS },
          organisationName: { kind: 'text', autocomplete: 'organization', showWhen: { field: 'offerAs', equals: 'organisation' } },
        }),
      },
      {
        key: 'offer',
        fields: fieldsOf(shape, {
          categories: { kind: 'checkboxes', options: categories },
          description: { kind: 'textarea' },
          interests: { kind: 'checkboxes', options: interests },
        }),
      },
      {
        key: 'where',
        fields: fieldsOf(shape, {
          anywhereInBrussels: { kind: 'checkbox' },
          municipalities: { kind: 'checkboxes', options: municipalities, showWhen: { field: 'anywhereInBrussels', equals: false } },
        }),
      },
      {
        key: 'when',
        fields: fieldsOf(shape, {
          languages: { kind: 'checkboxes', options: languages },
          availableTimes: { kind: 'checkboxes', options: AVAILABLE_TIMES },
          availability: { kind: 'textarea' },
          frequency: { kind: 'radio', options: OFFER_FREQUENCIES },
          capacity: { kind: 'select', options: CAPACITY_CHOICES },
        }),
      },
      { key: 'contact', fields: fieldsOf(shape, contactFields) },
      { key: 'consent', fields: fieldsOf(shape, { codeOfConduct: { kind: 'checkbox' }, ...consentField }) },
    ],
  };
}

function storySubmissionLayout(): FormLayout {
  const shape = INTAKE_SCHEMAS['story-submission']._zod.def.shape as Shape;
  return {
    form: 'story-submission',
    formKey: 'share-a-story',
    path: 'story-submissions',
    encoding: 'multipart/form-data',
    oneStepAtATime: false,
    steps: [
      {
        key: 'story',
        fields: fieldsOf(shape, { title: { kind: 'text' }, text: { kind: 'textarea' }, [PHOTO_FIELD]: { kind: 'files', accept: PHOTO_TYPES } }),
      },
      {
        key: 'publish',
        fields: fieldsOf(shape, {
          mayPublish: { kind: 'checkbox' },
          publishAs: { kind: 'text', showWhen: { field: 'mayPublish', equals: true } },
        }),
      },
      { key: 'contact', fields: fieldsOf(shape, contactFields) },
      { key: 'consent', fields: fieldsOf(shape, consentField) },
    ],
  };
}

function projectProposalLayout(): FormLayout {
  const shape = INTAKE_SCHEMAS['project-proposal']._zod.def.shape as Shape;
  const asOrganisation: ShowWhen = { field: 'applicantType', equals: 'organisation' };
  return {
    form: 'project-proposal',
    formKey: 'apply',
    path: 'project-proposals',
    encoding: 'multipart/form-data',
    oneStepAtATime: false,
    steps: [
      {
        key: 'applicant',
        fields: fieldsOf(shape, {
          projectCallDocumentId: { kind: 'hidden' },
          applicantType: { kind: 'radio', options: APPLICANT_TYPES },
          organisationName: { kind: 'text', autocomplete: 'organization', showWhen: asOrganisation },
          enterpriseNumber: { kind: 'text', showWhen: asOrganisation },
        }),
      },
      { key: 'contact', fields: fieldsOf(shape, contactFields) },
      {
        key: 'project',
        fields: fieldsOf(shape, {
          projectTitle: { kind: 'text' },
          description: { kind: 'textarea' },
          targetGroup: { kind: 'textarea' },
          municipalities: { kind: 'checkboxes', options: municipalities },
          startDate: { kind: 'date' },
          endDate: { kind: 'date' },
        }),
      },
      { key: 'budget', fields: fieldsOf(shape, { requestedAmount: { kind: 'amount' }, budgetLines: { kind: 'budget-lines' } }) },
      { key: 'attachments', fields: fieldsOf(shape, { [ATTACHMENTS_FIELD]: { kind: 'files', accept: ATTACHMENT_TYPES, multiple: true } }) },
      { key: 'consent', fields: fieldsOf(shape, consentField) },
    ],
  };
}

export const FORM_LAYOUTS: Readonly<Record<IntakeForm, FormLayout>> = {
  'help-request': helpRequestLayout(),
  'help-offer': helpOfferLayout(),
  'story-submission': storySubmissionLayout(),
  'project-proposal': projectProposalLayout(),
};

/** Every field of a form, in order. */
export function layoutFields(form: IntakeForm): FieldLayout[] {
  return FORM_LAYOUTS[form].steps.flatMap((step) => step.fields);
}

/** The field a form's files are posted in (the proposal's attachments, the story's photo), if it has one. */
export function filesFieldOf(form: IntakeForm): FieldLayout | undefined {
  return layoutFields(form).find((field) => field.kind === 'files');
}

/** The form behind a site form page, and the form behind an `/api/intake/<path>` URL. */
export function formOfKey(key: FormKey): IntakeForm {
  return Object.values(FORM_LAYOUTS).find((layout) => layout.formKey === key)!.form;
}
export function formOfPath(path: string): IntakeForm | undefined {
  return Object.values(FORM_LAYOUTS).find((layout) => layout.path === path)?.form;
}

/** Whether a conditional field is shown for the values typed so far (a box not ticked counts as false). */
export function isShown(field: FieldLayout, values: Record<string, unknown>): boolean {
  if (!field.showWhen) return true;
  const current = values[field.showWhen.field];
  return typeof field.showWhen.equals === 'boolean' ? (current === true) === field.showWhen.equals : current === field.showWhen.equals;
}

/**
 * The field an error path belongs to: `budgetLines.1.amount` to that line's amount input, `contact`
 * (a phone or an email is missing) to the phone field, `attachments.1` to the files field. `form` belongs to no field.
 */
export function fieldOfError(path: string): string | undefined {
  if (path === 'form') return undefined;
  if (path === 'contact') return 'phone';
  // `attachments.2` is about one file of the files field; `budgetLines.1.amount` has an input of its own.
  return /^\w+\.\d+$/.test(path) ? path.replace(/\.\d+$/, '') : path;
}

/** The id of a field's input in HTML, shared by the island and the CMS pages. */
export function fieldInputId(form: IntakeForm, path: string): string {
  return `${form}-${path.replace(/\./g, '-')}`;
}

/** The id of one choice of a radio or checkboxes field. */
export function optionInputId(form: IntakeForm, name: string, code: string): string {
  return `${fieldInputId(form, name)}-${code}`;
}

/** The posted name of a budget line's part: `budgetLines[0][label]`, as fromPostedFields reads it. */
export function budgetLineFieldName(index: number, part: 'label' | 'amount'): string {
  return `budgetLines[${index}][${part}]`;
}

/**
 * Where an error summary's link for an error path leads: the input itself, or a group's first choice.
 * A hidden field (the project call) has nothing to go to: its message stands in the summary without a link.
 */
export function errorTargetId(form: IntakeForm, path: string): string | undefined {
  const name = fieldOfError(path);
  if (name === undefined) return undefined;
  const field = layoutFields(form).find((candidate) => candidate.name === name);
  const control = field && kindOf(field).control;
  if (control === 'hidden') return undefined;
  if (field?.options && control === 'choices') return optionInputId(form, name, field.options[0]!);
  if (control === 'budget-lines') return fieldInputId(form, 'budgetLines.0.label');
  return fieldInputId(form, name);
}
