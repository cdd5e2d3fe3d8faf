/** What takes focus in a field: its own element, or the first focusable one inside it. */
const FOCUSABLE = 'input, textarea, select, button, [tabindex]';

/**
 * Moves focus to one of the back office's fields by the name given to `TextField` or `ChoiceSelect`
 * (their field carries the id `back-office-<name>`): where a person fixes what the field's error says.
 * A select shows a combobox labelled by the field's label; the id is on its hidden native select, which
 * must not take focus.
 */
export function focusField(name: string): void {
  const id = `back-office-${name}`;
  const combobox = document.querySelector<HTMLElement>(`[role="combobox"][aria-labelledby~="${id}-label"]`);
  const field = document.getElementById(id);
  const target = combobox ?? (field?.matches(FOCUSABLE) ? field : field?.querySelector<HTMLElement>(FOCUSABLE));
  target?.focus();
}
