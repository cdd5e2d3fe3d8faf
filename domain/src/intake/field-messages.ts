import type { Locale } from '../locales.js';
import { fillPlaceholders } from '../format.js';
import type { FieldProblem } from './messages.js';

/**
 * What validation says, in one language: a field's problem to its text (messages.ts holds the three
 * catalogues, `fieldMessages(locale)` gives one). The locale formats the amounts a text quotes.
 * This module holds no texts, so code that validates with a catalogue it is given carries none.
 */
export interface FieldMessages {
  readonly locale: Locale;
  readonly texts: Readonly<Record<FieldProblem, string>>;
}

export function messageOf(messages: FieldMessages, problem: FieldProblem, params: Record<string, number | string> = {}): string {
  return fillPlaceholders(messages.locale, messages.texts[problem], params);
}
