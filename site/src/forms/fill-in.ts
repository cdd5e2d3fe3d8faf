/** Fills `{name}` placeholders of the shared copy; an unknown one stays visible rather than vanishing. */
export function fillIn(text: string, params: Record<string, number | string>): string {
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in params ? String(params[name]) : placeholder));
}
