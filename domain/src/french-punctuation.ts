/**
 * The high punctuation marks of a French text not preceded by a no-break space (U+00A0 or the narrow
 * U+202F), so that they would start a line or stick to the word. A web address's "://" and a time's
 * colon (14:30) are no colons of the text. The tests scan staff texts, every mail (to staff or to a person), the pages the mails
 * lead to and the site's French texts with it.
 */
export function frenchPunctuationProblems(text: string): string[] {
  return [
    ...text
      .replaceAll('://', '')
      .replaceAll(/(\d):(?=\d)/g, '$1')
      .matchAll(/(.)([:;?!])/g),
  ]
    .filter(([, before]) => before !== '\u00a0' && before !== '\u202f')
    .map(([found]) => found);
}
