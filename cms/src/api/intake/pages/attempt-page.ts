import { randomBytes } from 'node:crypto';
import { colon, type Locale } from '@cb/domain';
import {
  FORM_LAYOUTS,
  budgetLineFieldName,
  commonText,
  errorSummaryLines,
  fieldCopy,
  fieldLabel,
  fieldOptions,
  fieldInputId,
  fieldOfError,
  formTitle,
  kindOf,
  optionInputId,
  stepLegend,
  submitText,
  summaryWords,
  type FieldControl,
  type FieldCopy,
  type FieldLayout,
  type IntakeForm,
  type PostedFields,
} from '@cb/domain/intake';
import type { Attempt } from '../request/attempts';
import { pageText } from './copy';
import { htmlDocument } from './document';
import { formPagesOf } from './outcome-pages';
import { attribute, html, type Html } from './html';

/** Parameters of hints that name a figure, e.g. the call's maximum in `requestedAmount`'s hint. */
export type HintParams = Record<string, number | string>;

/** Budget lines offered beyond those typed, so that one more can be added without JavaScript. */
const SPARE_BUDGET_LINES = 2;
const MAX_BUDGET_LINES = 30;
const BUDGET_LINE = /^budgetLines\[(\d{1,2})\]\[(label|amount)\]$/;

/**
 * The whole form again, after a post without JavaScript that needs another look: an error
 * summary that links to each field, each field's message tied to it (aria-describedby,
 * aria-invalid), everything typed kept, posting to the same action.
 */
export function attemptPage(attempt: Attempt, hintParams: HintParams = {}): string {
  const { form, locale } = attempt;
  const layout = FORM_LAYOUTS[form];
  const view = new FormView(attempt, hintParams);
  const title = formTitle(form, locale);
  return htmlDocument({
    locale,
    title: `${pageText('errorPrefix', locale)}${colon(locale)} ${title}`,
    heading: title,
    languageLinks: formPagesOf(form),
    main: html`${errorSummary(attempt)}
${attempt.hadFiles ? html`<p class="notice">${pageText('filesNotKept', locale)}</p>` : ''}
<form class="intake-form" method="post" action="/api/intake/${layout.path}?locale=${locale}" enctype="${layout.encoding}" novalidate>
<input type="hidden" name="locale" value="${locale}">
<input type="hidden" name="idempotencyKey" value="${randomBytes(16).toString('base64url')}">
<div class="honeypot" aria-hidden="true"><label for="${form}-website">${commonText('honeypot', locale)}</label><input type="text" id="${form}-website" name="website" tabindex="-1" autocomplete="off"></div>
${layout.steps.map(
  (step) => html`<fieldset class="form-step"><legend>${stepLegend(form, step.key, locale)}</legend>
${step.fields.map((field) => view.field(field))}
</fieldset>
`,
)}
<div class="form-actions"><button type="submit" class="button">${submitText(form, locale)}</button></div>
</form>`,
  });
}

function errorSummary({ form, locale, errors }: Attempt): Html {
  const items = errorSummaryLines(form, errors, summaryWords(form, locale)).map(({ text, targetId }) =>
    targetId ? html`<li><a href="#${targetId}">${text}</a></li>` : html`<li>${text}</li>`,
  );
  return html`<div class="error-summary" tabindex="-1" autofocus aria-labelledby="${form}-error-summary">
<h2 id="${form}-error-summary">${commonText('errorSummaryTitle', locale)}</h2>
<p>${pageText('attemptIntro', locale)}</p>
<ul>${items}</ul>
</div>`;
}

/** Renders each kind of field with the values and errors of one attempt. */
class FormView {
  private readonly form: IntakeForm;
  private readonly locale: Locale;

  constructor(
    private readonly attempt: Attempt,
    private readonly hintParams: HintParams,
  ) {
    this.form = attempt.form;
    this.locale = attempt.locale;
  }

  field(field: FieldLayout): Html {
    return this.renderers[kindOf(field).control](field);
  }

  /** One renderer per control of the shared form description: a control added there fails here until it is drawn. */
  private readonly renderers: Record<FieldControl, (field: FieldLayout) => Html> = {
    hidden: (field) => html`<input type="hidden" name="${field.name}" value="${this.value(field.name)}">`,
    input: (field) => this.labelled(field, (described) => this.input(field, described)),
    textarea: (field) => this.labelled(field, (described) => html`<textarea ${this.common(field, described)}>${this.value(field.name)}</textarea>`),
    select: (field) => this.labelled(field, (described) => this.select(field, described)),
    choices: (field) => this.choices(field),
    box: (field) => this.box(field),
    'budget-lines': (field) => this.budgetLines(field),
    files: (field) =>
      this.labelled(
        field,
        (described) =>
          html`<input type="file"${attribute('multiple', Boolean(field.multiple))} ${this.common(field, described)}${attribute('accept', Boolean(field.accept), field.accept)}>`,
      ),
  };

  private input(field: FieldLayout, described: string): Html {
    const { inputType = 'text', inputMode } = kindOf(field);
    return html`<input type="${inputType}" ${this.common(field, described)} value="${this.value(field.name)}"${attribute('inputmode', inputMode !== undefined, inputMode)}${attribute('maxlength', field.maxLength !== undefined, String(field.maxLength))}${attribute('autocomplete', Boolean(field.autocomplete), field.autocomplete)}>`;
  }

  private select(field: FieldLayout, described: string): Html {
    const chosen = this.value(field.name);
    return html`<select ${this.common(field, described)}><option value="">${commonText('chooseOne', this.locale)}</option>${fieldOptions(
      field,
      this.locale,
    ).map(([code, label]) => html`<option value="${code}"${attribute('selected', chosen === code)}>${label}</option>`)}</select>`;
  }

  /** id, name, required, aria-invalid and aria-describedby of a single control. */
  private common(field: FieldLayout, described: string): Html {
    const id = fieldInputId(this.form, field.name);
    return html`id="${id}" name="${field.name}"${attribute('required', field.required)}${attribute('aria-invalid', this.errorsOf(field.name).length > 0, 'true')}${attribute('aria-describedby', described !== '', described)}`;
  }

  /** A label, the hint and the errors above the control, which is described by both. */
  private labelled(field: FieldLayout, control: (described: string) => Html): Html {
    const id = fieldInputId(this.form, field.name);
    const copy = this.copyOf(field.name);
    const { parts, described } = this.hintAndErrors(id, copy.hint, this.errorsOf(field.name));
    return html`<div class="field"><label for="${id}">${copy.label}</label>${parts}${control(described)}</div>
`;
  }

  private choices(field: FieldLayout): Html {
    const id = fieldInputId(this.form, field.name);
    const copy = this.copyOf(field.name);
    const errors = this.errorsOf(field.name);
    const { parts, described } = this.hintAndErrors(id, copy.hint, errors);
    const type = kindOf(field).choiceType;
    const chosen = this.values(field.name);
    return html`<fieldset class="field"${attribute('aria-describedby', described !== '', described)}><legend class="group-label">${copy.label}</legend>${parts}
${fieldOptions(field, this.locale).map(([code, label]) => {
  const optionId = optionInputId(this.form, field.name, code);
  return html`<div class="choice"><input type="${type}" id="${optionId}" name="${field.name}" value="${code}"${attribute('checked', chosen.includes(code))}${attribute('required', field.required && type === 'radio')}${attribute('aria-invalid', errors.length > 0, 'true')}><label for="${optionId}">${label}</label></div>
`;
})}</fieldset>
`;
  }

  private box(field: FieldLayout): Html {
    const id = fieldInputId(this.form, field.name);
    const copy = this.copyOf(field.name);
    const errors = this.errorsOf(field.name);
    const { parts, described } = this.hintAndErrors(id, copy.hint, errors);
    const ticked = ['on', 'true', '1', 'yes'].includes(this.value(field.name).trim().toLowerCase());
    return html`<div class="field">${parts}${this.links(copy.links)}<div class="choice"><input type="checkbox" id="${id}" name="${field.name}" value="on"${attribute('checked', ticked)}${attribute('required', field.required)}${attribute('aria-invalid', errors.length > 0, 'true')}${attribute('aria-describedby', described !== '', described)}><label for="${id}">${copy.label}</label></div></div>
`;
  }

  /** Pages the field is about (the code of conduct), opened in a new window so that nothing typed is lost; styled as the island's. */
  private links(links: { text: string; href: string }[] | undefined): Html {
    if (!links || links.length === 0) return html``;
    return html`<ul class="field-links">${links.map((link) => html`<li><a href="${link.href}" target="_blank" rel="noopener">${link.text}</a></li>`)}</ul>`;
  }

  private budgetLines(field: FieldLayout): Html {
    const id = fieldInputId(this.form, field.name);
    const copy = this.copyOf(field.name);
    const { parts, described } = this.hintAndErrors(id, copy.hint, this.errorsAt(field.name));
    const typed = budgetLinesOf(this.attempt.fields);
    const count = Math.min(MAX_BUDGET_LINES, Math.max(1, typed.length) + SPARE_BUDGET_LINES);
    const lines = Array.from({ length: count }, (_, index) => this.budgetLine(index, typed[index] ?? {}));
    return html`<fieldset class="field"${attribute('aria-describedby', described !== '', described)}><legend class="group-label">${copy.label}</legend>${parts}
${lines}</fieldset>
`;
  }

  private budgetLine(index: number, typed: { label?: string; amount?: string }): Html {
    const legend = commonText('budgetLineLegend', this.locale, { line: index + 1 });
    const part = (name: 'label' | 'amount', label: string) => {
      const path = `budgetLines.${index}.${name}`;
      const id = fieldInputId(this.form, path);
      const { parts, described } = this.hintAndErrors(id, undefined, this.errorsAt(path));
      return html`<div><label for="${id}">${label}</label>${parts}<input type="text" id="${id}" name="${budgetLineFieldName(index, name)}" value="${typed[name] ?? ''}"${attribute('inputmode', name === 'amount', 'decimal')}${attribute('aria-invalid', this.errorsAt(path).length > 0, 'true')}${attribute('aria-describedby', described !== '', described)}></div>`;
    };
    return html`<fieldset><legend class="group-label">${legend}</legend><div class="budget-line">${part('label', commonText('budgetLineLabel', this.locale))}${part('amount', commonText('budgetLineAmount', this.locale))}</div></fieldset>
`;
  }

  private hintAndErrors(id: string, hint: string | undefined, errors: string[]): { parts: Html; described: string } {
    const described = [hint ? `${id}-hint` : '', errors.length > 0 ? `${id}-error` : ''].filter(Boolean).join(' ');
    const parts = html`${hint ? html`<p class="field-hint" id="${id}-hint">${hint}</p>` : ''}${errors.length > 0 ? html`<p class="field-error" id="${id}-error">${errors.join(' ')}</p>` : ''}`;
    return { parts, described };
  }

  private copyOf(name: string): FieldCopy {
    const copy = { ...fieldCopy(this.form, name, this.locale, this.hintParams), label: fieldLabel(this.form, name, this.locale) };
    // A hint whose figure is unknown here would show a placeholder: leave it out.
    return copy.hint?.includes('{') ? { label: copy.label, ...(copy.links ? { links: copy.links } : {}) } : copy;
  }

  /** Messages about a field: its own path, its parts (`attachments.1`), or `contact` for the phone. */
  private errorsOf(name: string): string[] {
    return Object.entries(this.attempt.errors)
      .filter(([path]) => path !== 'form' && (fieldOfError(path) === name || (name !== 'budgetLines' && path.startsWith(`${name}.`))))
      .map(([, message]) => message);
  }

  private errorsAt(path: string): string[] {
    const message = this.attempt.errors[path];
    return message === undefined ? [] : [message];
  }

  private value(name: string): string {
    const raw = this.attempt.fields[name];
    return Array.isArray(raw) ? (raw.at(-1) ?? '') : (raw ?? '');
  }

  private values(name: string): string[] {
    const raw = this.attempt.fields[name];
    return Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  }
}

function budgetLinesOf(fields: PostedFields): { label?: string; amount?: string }[] {
  const lines: { label?: string; amount?: string }[] = [];
  for (const [name, raw] of Object.entries(fields)) {
    const match = BUDGET_LINE.exec(name);
    if (!match || raw === undefined) continue;
    const index = Number(match[1]);
    if (index >= MAX_BUDGET_LINES) continue;
    lines[index] = { ...lines[index], [match[2]!]: Array.isArray(raw) ? raw.at(-1) : raw };
  }
  // As fromPostedFields reads them, so that `budgetLines.1.amount` names the second line shown.
  return lines.filter((line) => Boolean(line?.label?.trim()) || Boolean(line?.amount?.trim()));
}
