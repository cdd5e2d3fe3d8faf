/**
 * Moves focus to one of the back office's fields by the name given to `TextField` or `ChoiceSelect`
 * (their input carries the id `back-office-<name>`): where a person fixes what the field's error says.
 */
export function focusField(name: string): void {
  document.getElementById(`back-office-${name}`)?.focus();
}
