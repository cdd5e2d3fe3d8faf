/** What takes focus in a field: its own element, or the first focusable one inside it (a select's trigger may be a plain element). */
const FOCUSABLE = 'input, textarea, select, button, [tabindex]';

/**
 * Moves focus to one of the back office's fields by the name given to `TextField` or `ChoiceSelect`
 * (their input carries the id `back-office-<name>`): where a person fixes what the field's error says.
 */
export function focusField(name: string): void {
  const field = document.getElementById(`back-office-${name}`);
  const target = field?.matches(FOCUSABLE) ? field : field?.querySelector<HTMLElement>(FOCUSABLE);
  target?.focus();
}
