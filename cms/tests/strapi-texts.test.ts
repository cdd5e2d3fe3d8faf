import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { STRAPI_TEXTS } from '../src/admin/strapi-texts';
import { hasWords, STRAPI_CATALOGUES, STRAPI_ENGLISH } from './helpers/strapi-catalogues';

/**
 * Strapi's own admin words in Dutch and French: what its catalogues lack or leave in English is in
 * ours (src/admin/strapi-texts), so are the messages Strapi's code shows that no catalogue has,
 * each text with the same placeholders and tags as Strapi's English.
 * After a Strapi upgrade this names the ids to translate and the ones Strapi dropped.
 */

const LANGUAGES = ['nl', 'fr'] as const;
/** Strapi's English catalogue, and the English defaults of the messages its code shows that no catalogue has. */
const ENGLISH = STRAPI_ENGLISH;

type MessageElement = ReturnType<IntlMessageFormat['getAst']>[number];

/** The names a message fills in or wraps: its arguments ({count}, {name}) and its tags (<b>…</b>). */
function namesIn(message: string): string[] {
  const names = new Set<string>();
  const walk = (elements: readonly MessageElement[]) => {
    for (const element of elements) {
      if ('value' in element && typeof element.value === 'string' && element.type !== 0) names.add(element.value);
      if ('options' in element) for (const option of Object.values(element.options)) walk(option.value);
      if ('children' in element) walk(element.children);
    }
  };
  // Strapi writes a few selects without an `other` branch (licence notices): read them as the admin does.
  walk(new IntlMessageFormat(message, 'en', undefined, { requiresOtherClause: false }).getAst());
  return [...names].sort();
}

describe.each(LANGUAGES)('Strapi’s admin in %s', (language) => {
  const ours = STRAPI_TEXTS[language];
  const strapis = STRAPI_CATALOGUES[language];

  it('has a text for every text Strapi writes in English', () => {
    const translated = (id: string) => id in ours || (id in strapis && strapis[id] !== ENGLISH[id]);
    const missing = Object.keys(ENGLISH).filter((id) => hasWords(ENGLISH[id]!) && !translated(id));
    expect(missing).toEqual([]);
  });

  it('names only ids Strapi has (apart from the answers of the API)', () => {
    const unknown = Object.keys(ours).filter((id) => !(id in ENGLISH) && !id.startsWith('apiError.'));
    expect(unknown).toEqual([]);
  });

  it('keeps each text’s placeholders and tags as Strapi’s English has them', () => {
    const differing = Object.entries(ours)
      .filter(([id]) => id in ENGLISH)
      .filter(([id, text]) => namesIn(text).join() !== namesIn(ENGLISH[id]!).join())
      .map(([id, text]) => `${id}: ${text}`);
    expect(differing).toEqual([]);
  });
});
