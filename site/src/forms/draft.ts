import type { IntakeForm } from '@cb/domain/intake';
import type { FormInput } from './form-values.ts';

/**
 * What someone typed, kept in sessionStorage until it is sent: a reload, a lost connection or a
 * closed tab by mistake never loses work. It stays on the device (sessionStorage ends with the tab)
 * and is removed once the CMS has stored the submission. Files cannot be kept.
 */

export interface Draft {
  input: FormInput;
  /** One key per fill: a resend after a failure carries the same one, so it is stored once. */
  idempotencyKey: string;
}

const storageKey = (form: IntakeForm) => `cb-intake-draft:${form}`;

export function readDraft(form: IntakeForm): Draft | undefined {
  try {
    const stored = sessionStorage.getItem(storageKey(form));
    if (!stored) return undefined;
    const draft = JSON.parse(stored) as Partial<Draft>;
    return typeof draft.idempotencyKey === 'string' && draft.input && typeof draft.input === 'object' ? (draft as Draft) : undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(form: IntakeForm, draft: Draft): void {
  const input = Object.fromEntries(Object.entries(draft.input).filter(([, value]) => !isFileList(value)));
  try {
    sessionStorage.setItem(storageKey(form), JSON.stringify({ ...draft, input }));
  } catch {
    // Storage full or refused (private mode): the form still works, only without the safety net.
  }
}

export function clearDraft(form: IntakeForm): void {
  try {
    sessionStorage.removeItem(storageKey(form));
  } catch {
    // nothing kept, nothing to clear
  }
}

export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}

function isFileList(value: unknown): boolean {
  return typeof FileList !== 'undefined' && value instanceof FileList;
}
