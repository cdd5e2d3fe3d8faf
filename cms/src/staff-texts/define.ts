/**
 * Staff texts are written per area of the back office, English first: the compiler holds Dutch and
 * French to exactly the English keys (a missing or extra key is a type error). Messages use ICU syntax
 * ("{count, plural, one {# request} other {# requests}}"), read by the admin's react-intl and, on the
 * server, by intl-messageformat.
 */
export interface AreaTexts<Key extends string> {
  en: Readonly<Record<Key, string>>;
  nl: Readonly<Record<Key, string>>;
  fr: Readonly<Record<Key, string>>;
}

export function staffTexts<const English extends Readonly<Record<string, string>>>(
  en: English,
  translations: { nl: Readonly<Record<keyof English, string>>; fr: Readonly<Record<keyof English, string>> },
): AreaTexts<Extract<keyof English, string>> {
  return { en, ...translations };
}
