import type { Localized } from '@cb/domain';

/**
 * Words people use for the same need, per language. Every word of a group finds the others:
 * someone typing "winkelen" finds the grocery runs described as "boodschappen".
 * Typos are not applied to synonyms, so each group lists the forms people really type.
 */
export const SYNONYM_GROUPS: Localized<readonly (readonly string[])[]> = {
  nl: [
    ['boodschappen', 'winkelen', 'supermarkt', 'inkopen'],
    ['wandelen', 'wandeling', 'stappen', 'wandelbuddy'],
    ['babbel', 'praatje', 'gezelschap', 'gesprek', 'kletsen'],
    ['digitale hulp', 'computer', 'smartphone', 'gsm', 'tablet', 'internet'],
    ['vrijwilliger', 'vrijwilligers', 'vrijwilligerswerk'],
    ['ouderen', 'senioren', 'bejaarden'],
    ['maaltijd', 'maaltijden', 'eten'],
    ['papierwerk', 'administratie', 'formulieren'],
    ['eenzaam', 'eenzaamheid', 'isolement'],
  ],
  fr: [
    ['courses', 'commissions', 'emplettes', 'supermarché', 'achats'],
    ['promenade', 'balade', 'promener', 'balader'],
    ['causette', 'bavarder', 'conversation', 'compagnie', 'papoter'],
    ['aide numérique', 'ordinateur', 'smartphone', 'gsm', 'tablette', 'internet', 'informatique'],
    ['bénévole', 'bénévoles', 'volontaire', 'bénévolat', 'volontariat'],
    ['personnes âgées', 'seniors', 'aînés'],
    ['repas', 'manger', 'nourriture'],
    ['paperasse', 'administratif', 'formulaires', 'démarches'],
    ['solitude', 'seul', 'seule', 'isolement'],
  ],
  en: [
    ['groceries', 'shopping', 'errands', 'supermarket'],
    ['walk', 'walking', 'stroll', 'walks'],
    ['chat', 'talk', 'company', 'conversation'],
    ['digital help', 'computer', 'smartphone', 'tablet', 'internet'],
    ['volunteer', 'volunteers', 'volunteering'],
    ['older people', 'seniors', 'elderly'],
    ['meals', 'meal', 'food'],
    ['paperwork', 'forms', 'admin'],
    ['loneliness', 'lonely', 'isolation', 'alone'],
  ],
};

/**
 * Words too common to tell documents apart. Kept short on purpose: a stop word is dropped from
 * both the documents and the queries, so nothing that could name a need or a place belongs here.
 */
export const STOP_WORDS: Localized<readonly string[]> = {
  nl: [
    'de',
    'het',
    'een',
    'en',
    'van',
    'in',
    'op',
    'te',
    'voor',
    'met',
    'aan',
    'bij',
    'om',
    'of',
    'die',
    'dat',
    'er',
    'is',
    'naar',
    'tot',
    'uit',
    'ook',
    'als',
    'maar',
    'dan',
    'je',
    'u',
    'ik',
    'we',
    'wij',
  ],
  fr: [
    'le',
    'la',
    'les',
    'l',
    'un',
    'une',
    'des',
    'de',
    'du',
    'd',
    'et',
    'à',
    'au',
    'aux',
    'en',
    'pour',
    'par',
    'sur',
    'dans',
    'avec',
    'ou',
    'que',
    'qui',
    'ce',
    'ces',
    'se',
    'sa',
    'son',
    'ses',
    'est',
    'il',
    'elle',
    'je',
    'vous',
    'nous',
    'y',
  ],
  en: [
    'the',
    'a',
    'an',
    'and',
    'of',
    'in',
    'on',
    'at',
    'to',
    'for',
    'with',
    'by',
    'or',
    'is',
    'are',
    'be',
    'from',
    'as',
    'it',
    'its',
    'my',
    'your',
    'i',
    'you',
    'we',
    'our',
    'this',
    'that',
  ],
};

/** Meilisearch's synonym dictionary from mutual groups: each word maps to all the others. */
export function synonymsFrom(groups: readonly (readonly string[])[]): Record<string, string[]> {
  const synonyms = new Map<string, Set<string>>();
  for (const group of groups) {
    const words = [...new Set(group.map((word) => word.toLowerCase()))];
    for (const word of words) {
      const others = synonyms.get(word) ?? new Set<string>();
      for (const other of words) if (other !== word) others.add(other);
      synonyms.set(word, others);
    }
  }
  return Object.fromEntries([...synonyms].map(([word, others]) => [word, [...others]]));
}
