import { MAX_EVERY_WEEKS, type ValueRule } from '@cb/domain';
import type { StaffTextId, StaffTextValues } from '../staff-texts';

/**
 * Why a value is refused, in the staff texts: the content manager's refusal on save, a scheduled
 * publish refused and the site build's problem list say it with the same words (after "Field “…”: "),
 * from the rule's code (@cb/domain's ValueRule), never from the English of whoever refused it.
 */
export function whyRefused(rule: ValueRule): { id: StaffTextId; values: StaffTextValues } {
  return { id: `editing.why.${rule}`, values: rule === 'every-weeks' ? { max: MAX_EVERY_WEEKS } : {} };
}

/** The document's own field a path starts with: `body[0].children[0].url` or `times.2.startTime` → its first key. */
export function topFieldOf(path: string): string {
  return path.split(/[.[]/, 1)[0] ?? path;
}
