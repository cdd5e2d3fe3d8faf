import type { Localized } from '@cb/domain';

/**
 * Words people use for the same need, per language. Every word of a group finds the others:
 * someone typing "winkelen" finds the grocery runs described as "boodschappen".
 * Typos are not applied to synonyms, so each group lists the forms people really type.
 */
export const SYNONYM_GROUPS: Localized<readonly (readonly string[])[]> = {
  nl: [
    ['boodschappen', 'boodschap', 'winkelen', 'supermarkt', 'inkopen', 'boodschappendienst'],
    ['wandelen', 'wandeling', 'wandelingen', 'stappen', 'wandelbuddy', 'wandelclub'],
    ['babbel', 'babbelen', 'praatje', 'praten', 'gezelschap', 'gesprek', 'kletsen', 'bezoek'],
    ['digitale hulp', 'computer', 'smartphone', 'gsm', 'tablet', 'internet', 'laptop'],
    ['vrijwilliger', 'vrijwilligers', 'vrijwilligerswerk'],
    ['ouderen', 'senioren', 'bejaarden'],
    ['maaltijd', 'maaltijden', 'eten', 'lunch', 'middagmaal'],
    ['papierwerk', 'papieren', 'administratie', 'formulieren', 'formulier'],
    ['eenzaam', 'eenzaamheid', 'isolement', 'alleen', 'alleenstaand', 'alleenstaande', 'alleenstaanden'],
    ['woonzorgcentrum', 'woonzorgcentra', 'rusthuis', 'rusthuizen', 'bejaardentehuis'],
    ['moestuin', 'tuin', 'tuinieren', 'tuinen'],
    ['kerst', 'kerstmis', 'feestdagen'],
    ['kaartjes', 'kaartje', 'kaarten', 'wenskaarten'],
    ['spelletjes', 'spelletje', 'spellen', 'spel'],
    ['pennenvriend', 'penvriend', 'penvriendin', 'pennenvriendin'],
    ['sociale kruidenier', 'solidaire kruidenier', 'goedkoop eten'],
    ['dokter', 'huisarts', 'arts'],
  ],
  fr: [
    ['courses', 'commissions', 'emplettes', 'supermarché', 'achats', 'course'],
    ['promenade', 'promenades', 'balade', 'balades', 'ballade', 'promener', 'balader', 'marcher'],
    ['causette', 'bavarder', 'papoter', 'papote', 'conversation', 'compagnie', 'parler', 'visite'],
    ['aide numérique', 'ordinateur', 'smartphone', 'gsm', 'tablette', 'internet', 'informatique'],
    ['bénévole', 'bénévoles', 'volontaire', 'bénévolat', 'volontariat'],
    ['personnes âgées', 'seniors', 'aînés'],
    ['repas', 'manger', 'nourriture', 'dîner', 'déjeuner'],
    ['paperasse', 'administratif', 'administrative', 'formulaires', 'formulaire', 'démarches', 'papiers'],
    ['solitude', 'seul', 'seule', 'seuls', 'seules', 'isolement', 'isolé', 'isolée'],
    ['maison de repos', 'maisons de repos', 'home', 'homes', 'mrs'],
    ['potager', 'jardin', 'jardinage', 'jardiner'],
    ['épicerie sociale', 'épicerie solidaire', 'pas cher'],
    ['médecin', 'docteur', 'généraliste'],
    ['vélo', 'vélos', 'pédaler'],
  ],
  en: [
    ['groceries', 'grocery', 'shopping', 'errands', 'supermarket'],
    ['walk', 'walking', 'stroll', 'walks', 'walkers'],
    ['chat', 'talk', 'company', 'conversation', 'chatting', 'visits'],
    ['digital help', 'computer', 'smartphone', 'tablet', 'internet', 'mobile phone', 'laptop'],
    ['volunteer', 'volunteers', 'volunteering'],
    ['older people', 'seniors', 'elderly'],
    ['meals', 'meal', 'food', 'lunch', 'dinner'],
    ['paperwork', 'paper work', 'forms', 'form', 'admin'],
    ['loneliness', 'lonely', 'isolation', 'isolated', 'alone'],
    ['care home', 'care homes', 'nursing home', 'nursing homes', 'retirement home'],
    ['vegetable garden', 'garden', 'gardening'],
    ['christmas', 'holiday', 'holidays'],
    ['hot', 'warm'],
    ['cheap', 'affordable', 'low price', 'community grocery'],
    ['cycle', 'cycling', 'bike', 'bicycle'],
    ['mum', 'mom', 'mother'],
  ],
};

/**
 * Names people type for the same place in any language: the short forms of "Saint"/"Sint" and the
 * Dutch and French names of neighbourhoods. Every index gets them (a Dutch speaker types "Cureghem"
 * too). The 19 municipalities need none: every document holds their names in all languages.
 */
export const PLACE_SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ['st', 'sint', 'saint'],
  ['ste', 'sainte'],
  ['kuregem', 'cureghem'],
];

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
    // "voor mijn moeder", "ik voel me alleen": words around a need that name none.
    'mijn',
    'me',
    'mij',
    'zich',
    'voel',
    'voelt',
  ],
  fr: [
    'le',
    'la',
    'les',
    'l',
    'un',
    'une',
    'des',
    // Not "de": Meilisearch (1.21) no longer matches a synonym phrase with a stop word inside, so
    // "home" would not find "maison de repos" (a test keeps stop words out of every synonym).
    'du',
    'd',
    'et',
    'à',
    // "a Forest": "à" typed without its accent (and the "a" of "il a"), which names nothing.
    'a',
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
    // "pour ma mère", "près de Jette", "je me sens seule": words around a need that name none.
    'ma',
    'mon',
    'mes',
    'me',
    'près',
    'pres',
    'chez',
    'sens',
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
    // "near Jette", "i feel alone", "go with me": words around a need that name none.
    'near',
    'me',
    'feel',
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
