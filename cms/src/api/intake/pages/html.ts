/**
 * HTML built from templates where every interpolated value is escaped unless it is itself
 * built with `html`: posted values are hostile, and this makes forgetting to escape impossible.
 */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

type Interpolated = Html | string | number | boolean | null | undefined | readonly Interpolated[];

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

function render(value: Interpolated): string {
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false || value === true) return '';
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: Interpolated[]): Html {
  return new Html(strings.reduce((markup, text, index) => markup + text + (index < values.length ? render(values[index]!) : ''), ''));
}

/** An attribute that is present or not: `checked`, `required`, `aria-invalid="true"`. */
export function attribute(name: string, present: boolean, value?: string): Html {
  if (!present) return new Html('');
  return value === undefined ? html` ${new Html(name)}` : html` ${new Html(name)}="${value}"`;
}
