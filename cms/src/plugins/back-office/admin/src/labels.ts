import {
  FORMAT_LOCALES,
  HELP_CATEGORIES,
  MUNICIPALITIES,
  SPOKEN_LANGUAGES,
  brusselsDay,
  formatDate,
  formatDateTime,
  formatEuro,
  formatNumber,
  inSentence,
  termName,
  termNameInSentence,
  type Locale,
  type TaxonomyName,
  type Term,
} from '@cb/domain';
import { optionLabel } from '@cb/domain/intake';
import { isStaffTextId, type StaffTextId } from '../../../../staff-texts';
import type { MatchReason } from './api';
import { useStaffTexts } from './i18n';

/**
 * The words, dates and amounts staff read in the workspace, in the language each staff member chose
 * in the admin (codes come from @cb/domain; taxonomy names in the staff member's language).
 */
export function useLabels() {
  const { t, locale } = useStaffTexts();
  const known = (id: string, fallback: string) => (isStaffTextId(id) ? t(id) : fallback);
  const name = (terms: readonly Term[], code: string | null | undefined) => (code ? (termName(terms, code, locale) ?? code) : '');
  const vocabulary = (field: string, code: string | null | undefined) => vocabularyLabel(field, code, locale);
  const list = (names: readonly string[]) => new Intl.ListFormat(FORMAT_LOCALES[locale], { type: 'conjunction' }).format(names);
  const categoryName = (code: string) => name(HELP_CATEGORIES, code);
  const municipalityName = (code: string | null | undefined) => name(MUNICIPALITIES, code);
  const languageName = (code: string) => name(SPOKEN_LANGUAGES, code);

  return {
    t,
    locale,
    list,
    statusLabel: (code: string) => known(`status.${code}`, code),
    channelLabel: (code: string) => known(`channel.${code}`, code),
    categoryName,
    municipalityName,
    languageName,
    /** A platform language (the form's, the person's) named in the staff member's language. */
    localeName: (code: string) => capitalised(new Intl.DisplayNames(FORMAT_LOCALES[locale], { type: 'language' }).of(code) ?? code, locale),
    vocabularyLabel: vocabulary,
    /** Why a suggestion was made, names inside the sentence as the language writes them ("Parle français", "Bedoeld voor ouderen", "Même commune : Ixelles"). */
    reasonText: (reason: MatchReason) => {
      const inText = (taxonomy: TaxonomyName) => (code: string) => termNameInSentence(taxonomy, code, locale) ?? code;
      return reasonText(reason, t, {
        categoryName: inText('help-category'),
        municipalityName: inText('municipality'),
        languageName: inText('spoken-language'),
        audienceName: inText('audience'),
        vocabulary: (field, code) => inSentence(vocabulary(field, code), locale),
        list,
      });
    },
    /** A calendar date ("2026-12-11") or a moment (its day in Brussels): "11 dec 2026", "11 déc. 2026", "11 Dec 2026". */
    date: (iso: string | null | undefined) => (iso ? staffDate(locale, calendarDay(iso)) : ''),
    euros: (amount: number | null | undefined) => (amount === null || amount === undefined ? '' : formatEuro(locale, amount)),
    number: (value: number, fractionDigits = 0) => formatNumber(locale, value, fractionDigits),
    /** An ISO week ("2026-W38") as the language abbreviates it: "wk 38", "sem. 38". */
    weekOfYear: (isoWeek: string) => {
      const week = /W(\d+)$/.exec(isoWeek)?.[1];
      return week ? t('dashboard.week-of-year', { week: Number(week) }) : isoWeek;
    },
  };
}

export type Labels = ReturnType<typeof useLabels>;

/** The back office writes every date one way, on every page: "5 dec 2026", "5 déc. 2026", "1er mars 2027", "5 Dec 2026". */
export const staffDate = (locale: Locale, iso: string): string => formatDate(locale, iso, 'medium');

/** A moment, the same way, with its time in Brussels: "5 dec 2026 om 14:30". */
export const staffDateTime = (locale: Locale, iso: string): string => formatDateTime(locale, iso, 'medium');

function calendarDay(iso: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(iso)) return iso;
  const moment = new Date(iso);
  return Number.isNaN(moment.getTime()) ? iso : brusselsDay(moment);
}

const capitalised = (text: string, locale: Locale) => text.charAt(0).toLocaleUpperCase(FORMAT_LOCALES[locale]) + text.slice(1);

function vocabularyLabel(field: string, code: string | null | undefined, locale: Locale): string {
  if (!code) return '';
  try {
    return optionLabel(field, code, locale);
  } catch {
    return code;
  }
}

interface Namers {
  categoryName(code: string): string;
  municipalityName(code: string): string;
  languageName(code: string): string;
  audienceName(code: string): string;
  vocabulary(field: string, code: string): string;
  list(names: readonly string[]): string;
}

/** Why a suggestion was made, as a sentence. */
function reasonText(reason: MatchReason, t: (id: StaffTextId, values?: Record<string, string>) => string, namers: Namers): string {
  const terms = (codes: readonly string[], nameOf: (code: string) => string) => ({ terms: namers.list(codes.map(nameOf)) });
  switch (reason.code) {
    case 'shared-category':
      return t('reason.shared-category', terms(reason.terms, namers.categoryName));
    case 'same-municipality':
      return t('reason.same-municipality', terms(reason.terms, namers.municipalityName));
    case 'neighbouring-municipality':
      return t('reason.neighbouring-municipality', terms(reason.terms, namers.municipalityName));
    case 'shared-language':
      return t('reason.shared-language', terms(reason.terms, namers.languageName));
    case 'shared-time':
      return t(
        'reason.shared-time',
        terms(reason.terms, (code) => namers.vocabulary('availableTimes', code)),
      );
    case 'shared-interest':
      return t(
        'reason.shared-interest',
        terms(reason.terms, (code) => namers.vocabulary('interests', code)),
      );
    case 'shared-audience':
    case 'audience-unknown':
    case 'audience-mismatch':
      return t(`reason.${reason.code}`, { audiences: namers.list(reason.terms.map(namers.audienceName)) });
    case 'anywhere-in-brussels':
    case 'further-away':
    case 'no-shared-language':
    case 'time-unknown':
    case 'no-shared-time':
    case 'no-shared-interest':
    case 'open-to-everyone':
      return t(`reason.${reason.code}`);
    default: {
      // A reason the server added after this page was built: its code says enough.
      const added: { code: string } = reason;
      return added.code;
    }
  }
}
