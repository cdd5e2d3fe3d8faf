import { HELP_CATEGORIES, LOCALE_NAMES, MUNICIPALITIES, SPOKEN_LANGUAGES, isLocale, termName, type Term } from '@cb/domain';
import { optionLabel } from '@cb/domain/intake';
import type { MatchReason } from './api';

/** The words staff read in the workspace (English; the codes come from @cb/domain). */

const STATUS_WORDS: Record<string, string> = {
  new: 'New',
  'in-progress': 'In progress',
  matched: 'Matched',
  referred: 'Referred',
  closed: 'Closed',
  available: 'Available',
  busy: 'Busy',
  paused: 'Paused',
  proposed: 'Proposed',
  contacted: 'Contacted',
  active: 'Active',
  ended: 'Ended',
  'did-not-work-out': 'Did not work out',
  received: 'Received',
  eligible: 'Eligible',
  'in-review': 'In review',
  approved: 'Approved',
  rejected: 'Rejected',
};

export const statusLabel = (code: string): string => STATUS_WORDS[code] ?? code;

const CHANNEL_WORDS: Record<string, string> = { web: 'Website', phone: 'Phone', social: 'Social media' };
export const channelLabel = (code: string): string => CHANNEL_WORDS[code] ?? code;

const name = (terms: readonly Term[], code: string | null | undefined) => (code ? (termName(terms, code, 'en') ?? code) : '');
export const categoryName = (code: string) => name(HELP_CATEGORIES, code);
export const municipalityName = (code: string | null | undefined) => name(MUNICIPALITIES, code);
export const languageName = (code: string) => name(SPOKEN_LANGUAGES, code);
export const localeName = (code: string) => (isLocale(code) ? LOCALE_NAMES[code] : code);

export function vocabularyLabel(field: string, code: string | null | undefined): string {
  if (!code) return '';
  try {
    return optionLabel(field, code, 'en');
  } catch {
    return code;
  }
}

const list = (codes: readonly string[] | undefined, nameOf: (code: string) => string) => (codes ?? []).map(nameOf).join(', ');

/** Why a suggestion was made, as a sentence. */
export function reasonText(reason: MatchReason): string {
  switch (reason.code) {
    case 'shared-category':
      return `Same kind of help: ${list(reason.terms, categoryName)}`;
    case 'same-municipality':
      return `Same municipality: ${list(reason.terms, municipalityName)}`;
    case 'anywhere-in-brussels':
      return 'Helps anywhere in Brussels';
    case 'neighbouring-municipality':
      return `Nearby: ${list(reason.terms, municipalityName)}`;
    case 'further-away':
      return 'Further away';
    case 'shared-language':
      return `Speaks ${list(reason.terms, languageName)}`;
    case 'no-shared-language':
      return 'No shared language';
    case 'shared-time':
      return `Both free ${list(reason.terms, (code) => vocabularyLabel('availableTimes', code).toLowerCase())}`;
    case 'time-unknown':
      return 'Times not given';
    case 'no-shared-time':
      return 'No shared time';
    default: {
      // A reason the server added after this page was built: its code says enough.
      const added: { code: string } = reason;
      return added.code;
    }
  }
}

/** Reasons that speak against a suggestion, shown as a warning. */
export const isDrawback = (reason: MatchReason) => ['further-away', 'no-shared-language', 'no-shared-time'].includes(reason.code);

export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

export function formatEuros(amount: number | null | undefined): string {
  return amount === null || amount === undefined ? '' : `€${amount.toLocaleString('en-GB')}`;
}
