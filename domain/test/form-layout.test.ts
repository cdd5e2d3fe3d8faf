import { describe, expect, it } from 'vitest';
import { LOCALES, FORM_KEYS } from '../src/index.js';
import {
  FORM_LAYOUTS,
  INTAKE_SCHEMAS,
  VOCABULARY_FIELDS,
  commonText,
  errorTargetId,
  fieldCopy,
  fieldLabel,
  fieldOptions,
  formOfKey,
  formOfPath,
  isShown,
  layoutFields,
  optionLabel,
  stepLegend,
  submitText,
  thankYouCopy,
  type IntakeForm,
} from '../src/intake/index.js';

const FORMS = Object.keys(INTAKE_SCHEMAS) as IntakeForm[];

describe('the form layouts', () => {
  it.each(FORMS)('lays out every field of the %s schema exactly once', (form) => {
    // Files are read by the CMS from the multipart body, not by the schema.
    const laidOut = layoutFields(form)
      .filter((field) => field.kind !== 'files')
      .map((field) => field.name);
    expect([...laidOut].sort()).toEqual(Object.keys(INTAKE_SCHEMAS[form]._zod.def.shape).sort());
  });

  it('takes required and maxLength from the schema', () => {
    const fields = Object.fromEntries(layoutFields('help-request').map((field) => [field.name, field]));
    expect(fields.contactName).toMatchObject({ kind: 'text', required: true, maxLength: 120, autocomplete: 'name' });
    expect(fields.description).toMatchObject({ kind: 'textarea', required: true, maxLength: 2000 });
    expect(fields.email).toMatchObject({ kind: 'email', required: false, maxLength: 200 });
    expect(fields.phone).toMatchObject({ kind: 'tel', required: false, maxLength: 30 });
    expect(fields.consent).toMatchObject({ kind: 'checkbox', required: true });
    expect(fields.categories).toMatchObject({ kind: 'checkboxes', required: true });
    expect(fields.municipality?.options).toHaveLength(19);
    const offer = Object.fromEntries(layoutFields('help-offer').map((field) => [field.name, field]));
    expect(offer.anywhereInBrussels).toMatchObject({ kind: 'checkbox', required: false });
    expect(offer.municipalities).toMatchObject({ required: false, showWhen: { field: 'anywhereInBrussels', equals: false } });
  });

  it('only the project call form sends files, and so posts multipart', () => {
    for (const form of FORMS) {
      const sendsFiles = layoutFields(form).some((field) => field.kind === 'files');
      expect(FORM_LAYOUTS[form].encoding === 'multipart/form-data').toBe(sendsFiles);
    }
  });

  it('maps site form pages and endpoint paths to forms', () => {
    expect(FORM_KEYS.map(formOfKey)).toEqual(['help-request', 'help-offer', 'story-submission', 'project-proposal']);
    expect(formOfPath('project-proposals')).toBe('project-proposal');
    expect(formOfPath('nothing')).toBeUndefined();
  });

  it('shows a conditional field only for the value it waits for', () => {
    const beneficiary = layoutFields('help-request').find((field) => field.name === 'beneficiaryName')!;
    expect(isShown(beneficiary, { forWhom: 'self' })).toBe(false);
    expect(isShown(beneficiary, { forWhom: 'someone-else' })).toBe(true);
    const municipalities = layoutFields('help-offer').find((field) => field.name === 'municipalities')!;
    expect(isShown(municipalities, {})).toBe(true);
    expect(isShown(municipalities, { anywhereInBrussels: true })).toBe(false);
  });

  it('leads an error to its input', () => {
    expect(errorTargetId('help-request', 'contact')).toBe('help-request-phone');
    expect(errorTargetId('help-request', 'categories')).toBe('help-request-categories-chat');
    expect(errorTargetId('project-proposal', 'budgetLines.1.amount')).toBe('project-proposal-budgetLines-1-amount');
    expect(errorTargetId('project-proposal', 'budgetLines')).toBe('project-proposal-budgetLines-0-label');
    expect(errorTargetId('project-proposal', 'attachments.2')).toBe('project-proposal-attachments');
    expect(errorTargetId('help-offer', 'form')).toBeUndefined();
  });
});

describe('the form copy', () => {
  it.each(LOCALES)('names every field, step and choice of every form in %s', (locale) => {
    for (const form of FORMS) {
      for (const step of FORM_LAYOUTS[form].steps) {
        expect(stepLegend(form, step.key, locale)).not.toBe('');
        for (const field of step.fields) {
          expect(fieldCopy(form, field.name, locale).label).not.toBe('');
          for (const code of field.options ?? []) expect(optionLabel(field.name, code, locale)).not.toBe('');
        }
      }
      expect(submitText(form, locale)).not.toBe('');
      expect(thankYouCopy(form, locale, 'CB-7KQ4M2')).toMatchObject({ reference: 'CB-7KQ4M2' });
    }
    for (const [field, codes] of Object.entries(VOCABULARY_FIELDS)) for (const code of codes) expect(optionLabel(field, code, locale)).not.toBe('');
  });

  it('speaks each language in its own words and fills in numbers', () => {
    expect(new Set(LOCALES.map((locale) => submitText('help-request', locale))).size).toBe(3);
    expect(optionLabel('municipality', 'auderghem', 'nl')).toBe('Oudergem');
    expect(fieldCopy('project-proposal', 'requestedAmount', 'en', { max: 5000 }).hint).toBe('€5,000 at most.');
    expect(commonText('stepOf', 'fr', { step: 2, steps: 5 })).toBe('Étape 2 sur 5');
  });

  it.each(LOCALES)('offers the spoken languages on every form in %s starting with the page’s language and the site’s two others', (locale) => {
    const others = LOCALES.filter((other) => other !== locale);
    for (const field of FORMS.flatMap((form) => layoutFields(form)).filter((candidate) => candidate.name === 'languages')) {
      const offered = fieldOptions(field, locale);
      expect(offered.slice(0, 3).map(([code]) => code)).toEqual([locale, ...others]);
      const rest = offered.slice(3).map(([, label]) => label);
      expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b, locale)));
      expect(offered).toHaveLength(field.options!.length);
    }
  });

  it.each(LOCALES)('says a field may stay empty once, in its label, never again in its hint (%s)', (locale) => {
    const note = commonText('optional', locale);
    const words = note.replace(/[()]/g, '').toLowerCase();
    for (const form of FORMS) {
      for (const field of layoutFields(form).filter((candidate) => candidate.kind !== 'hidden')) {
        const label = fieldLabel(form, field.name, locale);
        const { hint = '' } = fieldCopy(form, field.name, locale);
        const says = label.toLowerCase().split(words).length - 1 + (hint.toLowerCase().split(words).length - 1);
        expect(says, `${form}.${field.name}: "${label}" / "${hint}"`).toBe(field.required || field.kind === 'radio' || field.kind === 'checkbox' ? 0 : 1);
        expect(hint.toLowerCase(), `${form}.${field.name}`).not.toMatch(/leeg blijven|leave this empty|rester vide/);
      }
    }
  });
});
