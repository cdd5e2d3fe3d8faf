/** Completes the island's `{placeholder}` texts and picks plural forms, in the browser. */

export function fillIn(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) => String(values[name] ?? placeholder));
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The form for `count` in `locale`: Intl.PluralRules says "one" for 1 (and 0 in French), "other" otherwise. */
export function pluralForm<Text>(locale: string, forms: Record<'one' | 'other', Text>, count: number): Text {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count) === 'one' ? forms.one : forms.other;
}
