import type { Locale } from '@cb/domain';
import { fieldOptions, kindOf, layoutFields, type FieldLayout, type IntakeForm } from '@cb/domain/intake';

/**
 * What a rendered intake form shows of each field, read from its controls the way a browser posts
 * them: the three renderers of the one form description (the site's island, the CMS's page for a
 * post without JavaScript, the back office's phone intake) must agree on it.
 */
export interface RenderedField {
  name: string;
  kind: string;
  required: boolean;
  /** The codes of its choices, in the order they are offered. */
  options: string[];
}

/** The little of the DOM that `fieldsInDocument` reads: the CMS's tests are type-checked without the DOM library. */
interface Control {
  tagName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  closest(selector: string): Control | null;
  querySelectorAll(selector: string): ArrayLike<Control>;
}
declare const document: { querySelectorAll(selector: string): ArrayLike<Control> };

/**
 * The fields of the document, in order. Runs in the browser (`page.evaluate`), so it is self-contained.
 * Names are the posted ones (the back office prefixes its own with the form, which is taken off).
 */
export function fieldsInDocument(form: string): RenderedField[] {
  const notFields = new Set(['locale', 'idempotencyKey', 'website']);
  const fields = new Map<string, RenderedField>();
  for (const control of Array.from(document.querySelectorAll('input[name], textarea[name], select[name], [role="combobox"][name]'))) {
    const posted = control.getAttribute('name') ?? '';
    if (notFields.has(posted)) continue;
    const budgetLine = /^budgetLines\[\d+\]\[(label|amount)\]$/.test(posted);
    const name = budgetLine ? 'budgetLines' : posted.startsWith(`${form}-`) ? posted.slice(form.length + 1) : posted;
    const tag = control.tagName.toLowerCase();
    const type = tag === 'input' ? (control.getAttribute('type') ?? 'text') : tag;
    const value = control.getAttribute('value') ?? 'on';
    let kind = type;
    if (budgetLine) kind = 'budget-lines';
    else if (control.getAttribute('role') === 'combobox') kind = 'select';
    else if (type === 'file') kind = 'files';
    else if (type === 'checkbox') kind = value === 'on' ? 'checkbox' : 'checkboxes';
    else if (type === 'text' && control.getAttribute('inputmode') === 'decimal') kind = 'amount';
    const field = fields.get(name) ?? { name, kind, required: false, options: [] };
    field.required ||=
      control.hasAttribute('required') ||
      control.getAttribute('aria-required') === 'true' ||
      control.closest('[role="radiogroup"]')?.getAttribute('aria-required') === 'true';
    if (kind === 'radio' || kind === 'checkboxes') field.options.push(value);
    if (tag === 'select') field.options.push(...Array.from(control.querySelectorAll('option'), (option) => option.getAttribute('value') ?? '').filter(Boolean));
    fields.set(name, field);
  }
  return [...fields.values()];
}

/**
 * What the shared description says a renderer shows. HTML cannot require one box of a group, one
 * budget line or a hidden value: those are never `required` in the markup, the schema's message says it.
 */
export function describedFields(form: IntakeForm, locale: Locale): RenderedField[] {
  const requiredInHtml = (field: FieldLayout) => {
    const { control, choiceType } = kindOf(field);
    return field.required && choiceType !== 'checkbox' && control !== 'budget-lines' && control !== 'hidden';
  };
  return layoutFields(form).map((field) => ({
    name: field.name,
    kind: field.kind,
    required: requiredInHtml(field),
    options: fieldOptions(field, locale).map(([code]) => code),
  }));
}
