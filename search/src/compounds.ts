/**
 * Dutch writes compounds as one word: "boodschappendienst", "oogstmaaltijd", "huiswerkhulp".
 * Meilisearch (1.21) does not split them, so "hulp bij boodschappen" would miss a
 * "boodschappendienst" unless "boodschappen" is the last word typed (prefix search). At indexing
 * time, each Dutch word that is made of known words is split into them, and the parts are indexed
 * in a field of their own (`wordParts`): a small dictionary splitter, not a language model, so it
 * only ever splits into words of WORD_PARTS and never invents one.
 */

/** Words that Dutch compounds of this platform's content are made of (nouns and verb stems). */
export const DUTCH_WORD_PARTS: ReadonlySet<string> = new Set([
  ...['boodschappen', 'boodschap', 'dienst', 'busje', 'hulp', 'lijn', 'hulplijn', 'huis', 'werk', 'huiswerk', 'papier', 'papieren'],
  ...['wandel', 'wandeling', 'wandelingen', 'buddy', 'club', 'vrouwen', 'taal', 'stappers', 'fiets', 'taxi', 'les', 'lessen'],
  ...['maaltijd', 'maaltijden', 'middag', 'oogst', 'zondag', 'lunch', 'soep', 'avond', 'koffie', 'tafel', 'restaurant', 'ontmoeting'],
  ...['café', 'cafe', 'brei', 'smartphone', 'computer', 'digi', 'digitale', 'telefoon', 'keten', 'babbel', 'bank', 'praat'],
  ...['woon', 'zorg', 'centrum', 'centra', 'voorlees', 'lees', 'boeken', 'brieven', 'pennen', 'vriend', 'vriendin', 'kaartjes'],
  ...['gezelschap', 'spellen', 'spel', 'spelletjes', 'moes', 'tuin', 'kring', 'buurt', 'kamer', 'buren', 'bezoek', 'bezoeker'],
  ...['kerst', 'feest', 'dagen', 'studenten', 'student', 'info', 'punt', 'spreek', 'uur', 'senioren', 'kruidenier', 'winkel'],
  ...['begeleiding'],
]);

const MIN_PART = 3;

/** The parts of a compound of known words ("oogstmaaltijd" → ["oogst", "maaltijd"]), or [] when it is not one. */
export function splitCompound(word: string): string[] {
  const lower = word.toLowerCase();
  if (lower.length < 2 * MIN_PART || DUTCH_WORD_PARTS.has(lower)) return [];
  return partsOf(lower) ?? [];
}

function partsOf(word: string): string[] | null {
  for (let cut = word.length - MIN_PART; cut >= MIN_PART; cut--) {
    const head = word.slice(0, cut);
    const tail = word.slice(cut);
    // The linking "s" of "gezelschapsspellen", "zondagslunch".
    const known = DUTCH_WORD_PARTS.has(head) ? head : head.endsWith('s') && DUTCH_WORD_PARTS.has(head.slice(0, -1)) ? head.slice(0, -1) : null;
    if (!known) continue;
    if (DUTCH_WORD_PARTS.has(tail)) return [known, tail];
    const rest = partsOf(tail);
    if (rest) return [known, ...rest];
  }
  return null;
}

/** The parts of every compound in these texts, each once. */
export function compoundParts(texts: readonly (string | null | undefined)[]): string[] {
  const parts = new Set<string>();
  for (const text of texts) {
    for (const word of text?.match(/\p{L}+/gu) ?? []) for (const part of splitCompound(word)) parts.add(part);
  }
  return [...parts];
}
