import { IntlMessageFormat } from 'intl-messageformat';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { FORMAT_LOCALES, type Locale } from '@cb/domain';
import { STAFF_TEXT_IDS, STAFF_TEXTS, type StaffTextId } from '../../src/staff-texts';

type MessageElement = ReturnType<IntlMessageFormat['getAst']>[number];

/** The words a staff text writes itself, between its placeholders, in every branch of its plurals and selects. */
function literalsOf(elements: readonly MessageElement[]): string[] {
  const pieces: string[] = [''];
  for (const element of elements) {
    if ('options' in element) {
      pieces.push(...Object.values(element.options).flatMap((option) => literalsOf(option.value)), '');
    } else if ('children' in element) {
      pieces.push(...literalsOf(element.children), '');
    } else if (element.type === 0) {
      pieces[pieces.length - 1] += element.value;
    } else {
      pieces.push('');
    }
  }
  return pieces;
}

/** A text as it reads on screen: any kind of space as one space. */
export const spaced = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
const trimmed = (piece: string) => spaced(piece).replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
/** Staff texts' own words as pieces: what is left between placeholders, punctuation trimmed, letters in it. */
function piecesOf(message: string, locale: Locale): string[] {
  const ast = new IntlMessageFormat(message, FORMAT_LOCALES[locale]).getAst();
  // Only a text that is words alone (no placeholder, plural or select) is whole: a plural's branch is a piece between placeholders.
  const wholeText = ast.length === 1 && ast[0]?.type === 0;
  return literalsOf(ast)
    .map(trimmed)
    .filter((piece) => /\p{L}.*\p{L}/u.test(piece) && (wholeText || !isShortWord(piece)));
}

/**
 * A word of three letters or fewer between placeholders ("{a} of {b}", "{name} in {place}") is written
 * alike in names and sentences of all three languages: alone, it tells nothing about the page's language.
 */
const isShortWord = (piece: string) => /^\p{L}{1,3}$/u.test(piece);

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The piece as a whole word or phrase (case kept: "Phone" is not in "Téléphone"; "week" is not in "week-end"). */
export const wholeWords = (piece: string) => new RegExp(`(?<![\\p{L}\\p{N}-])${escaped(piece)}(?![\\p{L}\\p{N}-])`, 'u');

/**
 * The staff texts Dutch or French write exactly as English does, on purpose: words the language
 * shares ("Status", "Dashboard" in Dutch; "Urgent", "Actions" in French). Any other text the same as
 * English is a translation missing (or reverted): its English words count as English on the page.
 * Texts without words of their own ("{reference} · {name}") need no entry.
 */
export const SAME_AS_ENGLISH: Readonly<Record<Exclude<Locale, 'en'>, readonly StaffTextId[]>> = {
  nl: [
    'channel.web',
    'case.actions.status',
    'case.field.status',
    'workspace.status',
    'queue.filters',
    'dashboard.title',
    'dashboard.week-of-year',
    'dashboard.week',
    'proposals.deadline',
    'proposals.criteria',
    'proposals.project',
    'proposals.score',
    'proposals.attachment',
    'screening.title',
    'review.mine.deadline',
    'review.proposal.deadline',
    'review.reviews.score',
    'review.sheet.status',
    'review.sheet.score',
  ],
  fr: [
    'status.active',
    'case.kind.note',
    'case.offer.organisation',
    'workspace.urgent',
    'search.initiative',
    'proposals.score',
    'proposals.actions',
    'editing.type.initiative',
    'editing.type.organisation',
    'editing.type.page',
    'screening.organisation.title',
    'review.proposal.organisation',
    'review.proposal.description',
    'review.proposal.budget',
  ],
};

/** The staff texts of `locale` the same as English without being declared so (a translation missing or reverted). */
export function untranslatedStaffTexts(locale: Exclude<Locale, 'en'>): StaffTextId[] {
  return STAFF_TEXT_IDS.filter(
    (id) => STAFF_TEXTS.en[id] === STAFF_TEXTS[locale][id] && !SAME_AS_ENGLISH[locale].includes(id) && piecesOf(STAFF_TEXTS.en[id], 'en').length > 0,
  );
}

const cache = new Map<Locale, { piece: string; pattern: RegExp; ids: string[] }[]>();

/**
 * What of the English staff texts must not show in `locale`, read from the catalogue itself: each
 * piece of an English text that the language does not write the same on purpose, unless that
 * language's own (translated) staff texts use the same words somewhere ("Status", "E-mail", "CSV").
 * A text left (or put back) in English is no translation: its words stay English.
 */
export function englishStaffPieces(locale: Exclude<Locale, 'en'>): { piece: string; pattern: RegExp; ids: string[] }[] {
  const known = cache.get(locale);
  if (known) return known;
  const untranslated = new Set<StaffTextId>(untranslatedStaffTexts(locale));
  const ownWords = STAFF_TEXT_IDS.filter((id) => !untranslated.has(id))
    .flatMap((id) => piecesOf(STAFF_TEXTS[locale][id], locale))
    .join('\n');
  const byPiece = new Map<string, string[]>();
  for (const id of STAFF_TEXT_IDS) {
    if (STAFF_TEXTS.en[id] === STAFF_TEXTS[locale][id] && !untranslated.has(id)) continue;
    for (const piece of piecesOf(STAFF_TEXTS.en[id], 'en')) {
      if (wholeWords(piece).test(ownWords)) continue;
      byPiece.set(piece, [...(byPiece.get(piece) ?? []), id]);
    }
  }
  const pieces = [...byPiece].map(([piece, ids]) => ({ piece, pattern: wholeWords(piece), ids }));
  cache.set(locale, pieces);
  return pieces;
}

/** The English staff words left in a text shown in `locale` (with the staff text each comes from). */
export function englishStaffWordsIn(text: string, locale: Locale): string[] {
  if (locale === 'en') return [];
  const shown = spaced(text);
  return englishStaffPieces(locale).flatMap(({ pattern, piece, ids }) => {
    const found = pattern.exec(shown);
    if (!found) return [];
    const around = shown.slice(Math.max(0, found.index - 30), found.index + piece.length + 30);
    return [`"${piece}" (${ids.slice(0, 3).join(', ')}) in "…${around}…"`];
  });
}

/**
 * Everything the back office shows on this page, as a person and a screen reader get it: the visible
 * text of the main region and of an open dialog or list of choices, and their labels and placeholders.
 */
export async function shownText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const regions = [...document.querySelectorAll<HTMLElement>('main, [role="dialog"], [role="alertdialog"], [role="listbox"]')];
    const texts: string[] = [];
    for (const region of regions) {
      texts.push(region.innerText);
      for (const element of region.querySelectorAll('[aria-label], [placeholder], [title]')) {
        for (const name of ['aria-label', 'placeholder', 'title']) texts.push(element.getAttribute(name) ?? '');
      }
    }
    return texts.join('\n');
  });
}

/**
 * No English staff text on the page in another language. `ownWords` are the people's and the case's
 * own words the page shows (names, references, notes, descriptions): taken out before reading.
 */
export async function expectNoEnglishStaffText(page: Page, locale: Locale, what: string, ownWords: readonly string[] = []): Promise<void> {
  if (locale === 'en') return;
  let text = spaced(await shownText(page));
  for (const words of ownWords) text = text.split(spaced(words)).join(' ');
  expect(englishStaffWordsIn(text, locale), `English staff words on ${what} in ${locale}`).toEqual([]);
}
