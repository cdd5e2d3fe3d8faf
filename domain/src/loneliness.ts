import type { Localized } from './locales.js';

/**
 * The 6-item De Jong Gierveld loneliness scale, short form (De Jong Gierveld & Van Tilburg 2006,
 * Research on Aging 28(5), 582–598): three items for emotional loneliness, three for social loneliness,
 * each answered yes / more or less / no. Asked, with consent, at intake and again at the six-week check-in.
 *
 * The Dutch wording is the original. The French wording is a working translation that still has to be
 * checked against a published French validation before production use.
 */
export const LONELINESS_ANSWERS = ['yes', 'more-or-less', 'no'] as const;
export type LonelinessAnswer = (typeof LONELINESS_ANSWERS)[number];

export type LonelinessDimension = 'emotional' | 'social';

export interface LonelinessItem {
  readonly number: 1 | 2 | 3 | 4 | 5 | 6;
  readonly dimension: LonelinessDimension;
  readonly statement: Localized;
}

export const LONELINESS_ITEMS: readonly LonelinessItem[] = [
  {
    number: 1,
    dimension: 'emotional',
    statement: { en: 'I experience a general sense of emptiness.', nl: 'Ik ervaar een leegte om me heen.', fr: 'Je ressens un vide autour de moi.' },
  },
  {
    number: 2,
    dimension: 'emotional',
    statement: { en: 'I miss having people around me.', nl: 'Ik mis mensen om me heen.', fr: 'Les gens autour de moi me manquent.' },
  },
  {
    number: 3,
    dimension: 'emotional',
    statement: { en: 'I often feel rejected.', nl: 'Vaak voel ik me in de steek gelaten.', fr: 'Je me sens souvent abandonné(e).' },
  },
  {
    number: 4,
    dimension: 'social',
    statement: {
      en: 'There are plenty of people I can rely on when I have problems.',
      nl: 'Er zijn genoeg mensen op wie ik in geval van narigheid kan terugvallen.',
      fr: 'Il y a suffisamment de personnes sur qui je peux compter en cas de problème.',
    },
  },
  {
    number: 5,
    dimension: 'social',
    statement: {
      en: 'There are many people I can trust completely.',
      nl: 'Ik ken veel mensen op wie ik volledig kan vertrouwen.',
      fr: 'Il y a beaucoup de personnes en qui j’ai totalement confiance.',
    },
  },
  {
    number: 6,
    dimension: 'social',
    statement: {
      en: 'There are enough people I feel close to.',
      nl: 'Er zijn voldoende mensen met wie ik me nauw verbonden voel.',
      fr: 'Il y a suffisamment de personnes dont je me sens proche.',
    },
  },
];

export const LONELINESS_ANSWER_WORDS: Localized<Record<LonelinessAnswer, string>> = {
  en: { yes: 'yes', 'more-or-less': 'more or less', no: 'no' },
  nl: { yes: 'ja', 'more-or-less': 'min of meer', no: 'nee' },
  fr: { yes: 'oui', 'more-or-less': 'plus ou moins', no: 'non' },
};

/** Answers by item number; an item left out is simply absent. */
export type LonelinessAnswers = Partial<Record<LonelinessItem['number'], LonelinessAnswer>>;

export interface LonelinessScore {
  /** 0–3 */
  readonly emotional: number;
  /** 0–3 */
  readonly social: number;
  /** 0–6 */
  readonly overall: number;
  readonly reading: 'not-lonely' | 'lonely' | 'severely-lonely';
}

/**
 * Emotional items (negatively worded) score 1 for "yes" or "more or less"; social items (positively
 * worded) score 1 for "no" or "more or less". A questionnaire with an item unanswered gets no score.
 */
export function scoreLoneliness(answers: LonelinessAnswers): LonelinessScore | undefined {
  let emotional = 0;
  let social = 0;
  for (const item of LONELINESS_ITEMS) {
    const answer = answers[item.number];
    if (answer === undefined) return undefined;
    const lonelyAnswer = item.dimension === 'emotional' ? answer !== 'no' : answer !== 'yes';
    if (!lonelyAnswer) continue;
    if (item.dimension === 'emotional') emotional += 1;
    else social += 1;
  }
  const overall = emotional + social;
  return { emotional, social, overall, reading: overall >= 5 ? 'severely-lonely' : overall >= 2 ? 'lonely' : 'not-lonely' };
}

/** The intake forms' names of the scale's consent box and of its six items (`loneliness1` … `loneliness6`). */
export const LONELINESS_CONSENT_FIELD = 'lonelinessConsent';
export const lonelinessFieldName = (number: LonelinessItem['number']): `loneliness${LonelinessItem['number']}` => `loneliness${number}`;
/**
 * The items' numbers in the order they are asked (LONELINESS_ITEMS holds their wording). The forms' fields are
 * named from these, so a form island that validates them carries none of the statements in three languages.
 */
export const LONELINESS_ITEM_NUMBERS = [1, 2, 3, 4, 5, 6] as const satisfies readonly LonelinessItem['number'][];
export const LONELINESS_FIELDS = LONELINESS_ITEM_NUMBERS.map(lonelinessFieldName);

const isLonelinessAnswer = (value: unknown): value is LonelinessAnswer => (LONELINESS_ANSWERS as readonly unknown[]).includes(value);

/** The answers a form's values hold for the six items (values that are no answer are left out). */
export function lonelinessAnswersOf(values: Readonly<Record<string, unknown>>): LonelinessAnswers {
  const answers: LonelinessAnswers = {};
  for (const item of LONELINESS_ITEMS) {
    const value = values[lonelinessFieldName(item.number)];
    if (isLonelinessAnswer(value)) answers[item.number] = value;
  }
  return answers;
}

/**
 * What may be kept of a form's answers to the scale: the three scores, only with the person's
 * consent (the box ticked) and only for a complete questionnaire; the answers themselves never.
 */
export function lonelinessMeasureOf(values: Readonly<Record<string, unknown>>): Pick<LonelinessScore, 'overall' | 'emotional' | 'social'> | undefined {
  if (values[LONELINESS_CONSENT_FIELD] !== true) return undefined;
  const score = scoreLoneliness(lonelinessAnswersOf(values));
  return score && { overall: score.overall, emotional: score.emotional, social: score.social };
}

/** The form's values without the scale's fields (they are stored as a measure, never as answers). */
export function withoutLonelinessFields<Values extends Record<string, unknown>>(values: Values): Record<string, unknown> {
  const names = new Set<string>([LONELINESS_CONSENT_FIELD, ...LONELINESS_FIELDS]);
  return Object.fromEntries(Object.entries(values).filter(([name]) => !names.has(name)));
}
