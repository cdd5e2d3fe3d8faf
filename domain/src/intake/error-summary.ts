import { fillIn } from '../format.js';
import { errorTargetId, fieldOfError, layoutFields } from './form-layout.js';
import type { IntakeForm } from './schemas.js';

/**
 * The error summary at the top of a form, written once for the site's island and the CMS's page for a
 * post without JavaScript: one line per error, "Label: message", in the order of the fields on the page.
 * No texts here (the island bundles this module): the words come in as `SummaryWords`, made by
 * `summaryWords` in form-copy.ts for the page's language.
 */

/** What a summary says besides the messages, in one language; plain data, so the island gets it as props. */
export interface SummaryWords {
  /** Each field's label as the summary names it (without "(optional)"). */
  labels: Record<string, string>;
  /** A budget line, with a `{line}` placeholder ("Line {line}"). */
  budgetLine: string;
  /** The colon after a label (French puts a no-break space before it). */
  colon: string;
}

export interface SummaryLine {
  path: string;
  /** "Label: message", or the message alone for an error about no field. */
  text: string;
  /** The input the line's link leads to; none for an error about the whole form or a hidden field. */
  targetId?: string;
}

/** The lines of the summary, ordered as the fields they are about are on the page (an error about the whole form first). */
export function errorSummaryLines(form: IntakeForm, errors: Record<string, string>, words: SummaryWords): SummaryLine[] {
  return Object.entries(errors)
    .map(([path, message]) => {
      const label = errorLabel(path, words);
      const text = label ? `${label}${/[?:.!]$/.test(label) ? '' : words.colon} ${message}` : message;
      const targetId = errorTargetId(form, path);
      return { path, text, ...(targetId === undefined ? {} : { targetId }) };
    })
    .sort((a, b) => errorRank(form, a.path) - errorRank(form, b.path));
}

/** The place on the page of the field an error is about: `budgetLines.1.amount` ranks with the budget lines. */
function errorRank(form: IntakeForm, path: string): number {
  const name = fieldOfError(path)?.split('.')[0];
  return layoutFields(form).findIndex((field) => field.name === name);
}

function errorLabel(path: string, words: SummaryWords): string | undefined {
  if (path === 'form' || path === 'contact') return undefined;
  const [name, line] = path.split('.');
  const label = words.labels[name ?? ''];
  if (label === undefined) return undefined;
  return line !== undefined && name === 'budgetLines' ? `${label}, ${fillIn(words.budgetLine, { line: Number(line) + 1 })}` : label;
}
