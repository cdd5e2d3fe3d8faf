import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { LOCALES, frenchPunctuationProblems } from '@cb/domain';
import { STAFF_TEXT_AREAS, STAFF_TEXT_IDS, STAFF_TEXTS, staffText } from '../src/staff-texts';
import { registerTrads } from '../src/plugins/back-office/admin/src/i18n';
import { SAME_AS_ENGLISH, untranslatedStaffTexts } from './helpers/staff-language';
import { staffNotification } from '../src/notifications/templates/staff-notification';
import { followUpDigest } from '../src/notifications/templates/follow-up-digest';
import type { Submission } from '../src/notifications/submission';

/** The compiler holds Dutch and French to English's keys per area; this checks what it cannot. */
describe('staff texts', () => {
  it('gives every key to exactly one area', () => {
    const keys = STAFF_TEXT_AREAS.flatMap((area) => Object.keys(area.en));
    expect(keys.filter((key, index) => keys.indexOf(key) !== index)).toEqual([]);
  });

  it('has a non-empty text for every key in every language, and placeholders that agree', () => {
    const placeholders = (text: string) => [...new Set(argumentsOf(new IntlMessageFormat(text, 'en').getAst()))].sort();
    for (const id of STAFF_TEXT_IDS) {
      for (const locale of LOCALES) {
        const text = STAFF_TEXTS[locale][id];
        expect(text.trim(), `${locale} ${id}`).not.toBe('');
        expect(placeholders(text), `${locale} ${id}`).toEqual(placeholders(STAFF_TEXTS.en[id]));
        const values = Object.fromEntries(placeholders(STAFF_TEXTS.en[id]).map((name) => [name, 1]));
        expect(() => staffText(locale, id, values)).not.toThrow();
      }
    }
  });

  it('writes every Dutch and French text in that language: the same as English only where declared a shared word', () => {
    for (const locale of ['nl', 'fr'] as const) {
      expect(untranslatedStaffTexts(locale), locale).toEqual([]);
      const translated = SAME_AS_ENGLISH[locale].filter((id) => STAFF_TEXTS.en[id] !== STAFF_TEXTS[locale][id]);
      expect(translated, `${locale}: declared the same as English, but translated`).toEqual([]);
    }
  });

  it('writes French punctuation as French does: a no-break space before : ; ? ! (never a plain space, never none)', () => {
    const misplaced = Object.entries(STAFF_TEXTS.fr).filter(([, text]) => frenchPunctuationProblems(text).length > 0);
    expect(misplaced.map(([id, text]) => `${id}: ${text}`)).toEqual([]);
  });

  it('writes French punctuation so in the staff mails as sent too: the text part’s labels, lists and links', () => {
    const offer: Submission = {
      form: 'help-offer',
      documentId: 'k2p9x7w1q8z3',
      reference: 'CB-7KQ4M2',
      channel: 'phone',
      formLocale: 'nl',
      contactName: 'Jan',
      email: 'jan@example.be',
      hasPhone: true,
      facts: { offerAs: 'person', frequency: 'weekly' },
      categories: ['chat'],
      municipalities: ['schaerbeek'],
      languages: ['nl'],
      anywhereInBrussels: false,
    };
    const link = { page: 'case', href: 'https://cms.connecting.brussels/admin/plugins/back-office/offers/k2p9x7w1q8z3' } as const;
    const due = [{ kind: 'match', caseStatus: 'proposed', followUpOn: '2027-03-01', requestReference: 'CB-RQ0001', offerReference: 'CB-OF0001' }];
    const late = [{ reference: 'CB-PP0001', what: 'Premier atelier', plannedOn: '2027-02-20' }];
    const away = [{ requestReference: 'CB-RQ0002', offerReference: 'CB-OF0002', awayFrom: '2027-03-02', awayUntil: '2027-03-09' }];
    const url = 'https://cms.connecting.brussels/admin/plugins/back-office/follow-ups';
    const mails = {
      'new offer': staffNotification(offer, link, 'fr'),
      digest: followUpDigest(due, '2027-03-01', url, 'fr', late, away),
      'digest of away volunteers only': followUpDigest([], '2027-03-01', url, 'fr', [], away),
    };
    for (const [name, mail] of Object.entries(mails)) {
      expect(frenchPunctuationProblems(`${mail.subject}\n${mail.text}`), name).toEqual([]);
    }
    expect(mails.digest.text).toContain(`Ouvrir les suivis dans le back-office\u00a0:\n${url}`);
  });

  it('writes Dutch and English punctuation without a space before it', () => {
    for (const locale of ['nl', 'en'] as const) {
      const spaced = Object.entries(STAFF_TEXTS[locale]).filter(([, text]) => /[\s\u00a0\u202f][:;?!]/.test(text));
      expect(
        spaced.map(([id, text]) => `${id}: ${text}`),
        locale,
      ).toEqual([]);
    }
  });

  it('names one thing with one word per language (a criterion’s weight, an e-mail)', () => {
    const misnamed = LOCALES.flatMap((locale) =>
      REJECTED_WORDS[locale].flatMap(({ word, use }) =>
        Object.entries(STAFF_TEXTS[locale])
          .filter(([, text]) => word.test(text))
          .map(([id]) => `${locale} ${id}: say ${use}`),
      ),
    );
    expect(misnamed).toEqual([]);
  });

  it('calls a draft a draft: French "brouillon", never "projet" (which reads as the project applied for)', () => {
    const drafts = STAFF_TEXT_IDS.filter((id) => /\bdraft\b/i.test(STAFF_TEXTS.en[id]));
    expect(drafts).toContain('review.decision.saveDraft');
    const misnamed = drafts.filter((id) => !/brouillon/i.test(STAFF_TEXTS.fr[id]) || /\bprojet\b/i.test(STAFF_TEXTS.fr[id]));
    expect(misnamed.map((id) => `${id}: ${STAFF_TEXTS.fr[id]}`)).toEqual([]);
  });

  it('puts no French "de" or "que" before a placeholder that holds words (a title starting with a vowel needs "d’": rephrase)', () => {
    const unelided = Object.entries(STAFF_TEXTS.fr).flatMap(([id, text]) =>
      [...text.matchAll(/\b(?:de|que) \{(\w+)\}/gi)].filter(([, name]) => !NUMBER_PLACEHOLDERS.has(name ?? '')).map(([found]) => `${id}: ${found}`),
    );
    expect(unelided).toEqual([]);
    expect(staffText('fr', 'review.mine.committee', { call: 'Appel à projets 2027' })).toBe('Comité d’évaluation\u00a0: Appel à projets 2027');
  });

  it('hands the admin every text under the plugin prefix, for each admin language', async () => {
    const registered = await registerTrads({ locales: ['en', 'nl', 'fr'] });
    expect(registered.map(({ locale }) => locale)).toEqual(['en', 'nl', 'fr']);
    const dutch = registered[1]?.data ?? {};
    expect(dutch['back-office.status.in-progress']).toBe('In behandeling');
    expect(Object.keys(dutch)).toHaveLength(Object.keys(STAFF_TEXTS.en).length);
  });
});

/** Placeholders that always hold a number: "de {count}" reads right before any of them. */
const NUMBER_PLACEHOLDERS = new Set(['count', 'days', 'months', 'score', 'minimum', 'min', 'max']);

/** Words staff texts do not use, because another word names the same thing on every other page. */
const REJECTED_WORDS: Record<(typeof LOCALES)[number], { word: RegExp; use: string }[]> = {
  en: [{ word: /\bweighting\b/i, use: 'weight' }],
  nl: [
    { word: /\bweging\b/i, use: 'gewicht' },
    { word: /(?<!e-)\bmails?\b/i, use: 'e-mail' },
  ],
  fr: [
    { word: /\bpoids\b/i, use: 'pondération' },
    { word: /\bcourriels?\b/i, use: 'e-mail' },
  ],
};

/** The ICU parser's element type of plain text (its TYPE enum), which names no argument. */
const LITERAL = 0;
type MessageElement = ReturnType<IntlMessageFormat['getAst']>[number];

/** The names of a message's arguments, inside plural and select branches too. */
function argumentsOf(elements: readonly MessageElement[]): string[] {
  return elements.flatMap((element) => {
    const own = 'value' in element && typeof element.value === 'string' && element.type !== LITERAL ? [element.value] : [];
    const branches = 'options' in element ? Object.values(element.options).flatMap((option) => argumentsOf(option.value)) : [];
    return [...own, ...branches];
  });
}

describe('counted staff texts', () => {
  const cases = [
    {
      id: 'queue.subtitle.open',
      en: ['1 open request,', '2 open requests,'],
      nl: ['1 openstaande hulpvraag,', '2 openstaande hulpvragen,'],
      fr: ['1 demande ouverte,', '2 demandes ouvertes,'],
    },
    { id: 'workspace.days', en: ['1 day', '2 days'], nl: ['1 dag', '2 dagen'], fr: ['1 jour', '2 jours'] },
  ] as const;

  it('says "less than a day", not "0 days" ("0 jour"), for a wait under a day', () => {
    expect(LOCALES.map((locale) => staffText(locale, 'workspace.days', { days: 0 }))).toEqual(['minder dan een dag', 'moins d’un jour', 'less than a day']);
  });

  it('agrees the committee’s counts with each number (French: "1 attribuée", "2 attribuées")', () => {
    const counts = (locale: (typeof LOCALES)[number], count: number) =>
      staffText(locale, 'review.committee.counts', { assigned: count, reviewed: count, conflicts: count });
    expect(counts('fr', 1)).toBe('1 attribuée, 1 évaluée, 1 conflit d’intérêts');
    expect(counts('fr', 2)).toBe('2 attribuées, 2 évaluées, 2 conflits d’intérêts');
    expect(counts('fr', 0)).toBe('aucune attribuée, aucune évaluée, aucun conflit d’intérêts');
    expect(counts('nl', 1)).toBe('1 toegewezen, 1 beoordeeld, 1 belangenconflict');
    expect(counts('nl', 2)).toBe('2 toegewezen, 2 beoordeeld, 2 belangenconflicten');
    expect(counts('en', 1)).toBe('1 assigned, 1 reviewed, 1 conflict');
    expect(counts('en', 2)).toBe('2 assigned, 2 reviewed, 2 conflicts');
  });

  it('says "nothing assigned" when a reviewer has nothing at all, never "nothing left (of 0)", in every language', () => {
    const left = (locale: (typeof LOCALES)[number], values: { left: number; assigned: number }) => staffText(locale, 'review.mine.left', values);
    expect(LOCALES.map((locale) => left(locale, { left: 0, assigned: 0 }))).toEqual([
      'Nog niets aan jou toegewezen',
      'Rien ne vous est encore attribué',
      'Nothing assigned to you yet',
    ]);
    expect(LOCALES.map((locale) => left(locale, { left: 0, assigned: 3 }))).toEqual([
      'Niets meer te beoordelen (van 3)',
      'Plus rien à évaluer (sur 3)',
      'Nothing left to review (of 3)',
    ]);
    expect(LOCALES.map((locale) => left(locale, { left: 1, assigned: 3 }))).toEqual([
      'Nog 1 voorstel te beoordelen (van 3)',
      'Encore 1 proposition à évaluer (sur 3)',
      '1 proposal left to review (of 3)',
    ]);
  });

  it('agrees the dashboard’s days to decision and the early decisions with each number, in every language', () => {
    const days = (locale: (typeof LOCALES)[number], decided: number) => staffText(locale, 'callDashboard.daysToDecision', { mean: 1, longest: 2, decided });
    expect(LOCALES.map((locale) => days(locale, 1))).toEqual([
      'Van deadline tot beslissing: gemiddeld 1 dag, hoogstens 2 dagen (1 beslissing)',
      'De la date limite à la décision\u00a0: 1 jour en moyenne, 2 jours au plus (1 décision)',
      'From deadline to decision: 1 day on average, 2 days at most (1 decision)',
    ]);
    expect(LOCALES.map((locale) => days(locale, 2))).toEqual(
      LOCALES.map((locale) => expect.stringMatching({ nl: /\(2 beslissingen\)$/, fr: /\(2 décisions\)$/, en: /\(2 decisions\)$/ }[locale])),
    );
    const early = (locale: (typeof LOCALES)[number], count: number) => staffText(locale, 'callDashboard.decidedBeforeDeadline', { count });
    expect(early('fr', 1)).toMatch(/^1 décision a été prise .* elle n’est pas comptée /);
    expect(early('fr', 2)).toMatch(/^2 décisions ont été prises .* elles ne sont pas comptées /);
    expect(early('nl', 1)).toMatch(/^1 beslissing werd /);
    expect(early('nl', 2)).toMatch(/^2 beslissingen werden /);
    expect(early('en', 1)).toMatch(/^1 decision was /);
    expect(early('en', 2)).toMatch(/^2 decisions were /);
  });

  it('says which rules a decision overrode, with the reviews counted, in every language', () => {
    const reviews = (count: number) => LOCALES.map((locale) => staffText(locale, 'review.override.too-few-reviews', { reviews: count, minimum: 2 }));
    expect(reviews(0)).toEqual([
      'zonder volledige beoordeling, terwijl er 2 nodig zijn',
      'sans évaluation complète sur les 2 requises',
      'with no complete review of the 2 needed',
    ]);
    expect(reviews(1)).toEqual([
      'met 1 van de 2 nodige volledige beoordelingen',
      'avec 1 des 2 évaluations complètes requises',
      'with 1 of the 2 complete reviews needed',
    ]);
    const sentence = (locale: (typeof LOCALES)[number]) =>
      staffText(locale, 'review.decision.overridden', {
        rules: staffText(locale, 'review.override.before-deadline', { deadline: '1/3/2027' }),
        reason: 'R',
        name: 'N',
        date: 'D',
      });
    expect(LOCALES.map(sentence)).toEqual([
      'Beslist ondanks de regels (vóór de deadline van 1/3/2027): R (N, D)',
      'Décidé malgré les règles (avant la date limite du 1/3/2027)\u00a0: R (N, D)',
      'Decided despite the rules (before the deadline of 1/3/2027): R (N, D)',
    ]);
  });

  it('says what saving with both away days empty does (it clears them), in every language', () => {
    const clears = { nl: /wist opslaan de afwezigheid/, fr: /l’enregistrement efface l’absence/, en: /saving clears the away days/ };
    for (const locale of LOCALES) expect(staffText(locale, 'availability.awayHint'), locale).toMatch(clears[locale]);
    expect(staffText('fr', 'availability.awayHint')).not.toMatch(/laissez les deux vides/i);
  });
  for (const { id, ...expected } of cases) {
    for (const locale of LOCALES) {
      it(`${id} in ${locale}: one and more`, () => {
        const [one, two] = expected[locale];
        expect(staffText(locale, id, { count: 1, days: 1 })).toContain(one);
        expect(staffText(locale, id, { count: 2, days: 2 })).toContain(two);
      });
    }
  }
});
