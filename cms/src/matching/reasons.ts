/**
 * Why a suggestion got its points (see scoring.ts). Importing nothing: the back office's admin pages
 * read it (the types through the plugin's contracts, the tones directly).
 */
export type MatchReason =
  | { code: 'shared-category'; terms: string[] }
  | { code: 'same-municipality'; terms: string[] }
  | { code: 'anywhere-in-brussels' }
  | { code: 'neighbouring-municipality'; terms: string[] }
  | { code: 'further-away' }
  | { code: 'shared-language'; terms: string[] }
  | { code: 'no-shared-language' }
  | { code: 'shared-time'; terms: string[] }
  | { code: 'time-unknown' }
  | { code: 'no-shared-time' }
  | { code: 'shared-interest'; terms: string[] }
  | { code: 'no-shared-interest' }
  | { code: 'shared-audience'; terms: string[] }
  | { code: 'open-to-everyone' }
  | { code: 'audience-unknown'; terms: string[] }
  | { code: 'audience-mismatch'; terms: string[] };

/** How a reason speaks for a suggestion: it fits, it is a fact to check (not a plus), or it speaks against. */
export type ReasonTone = 'fits' | 'neutral' | 'drawback';

/** Written once for the back office's pages (a constant, no import: the admin bundle may read this file). */
export const REASON_TONES: Readonly<Record<MatchReason['code'], ReasonTone>> = {
  'shared-category': 'fits',
  'same-municipality': 'fits',
  'anywhere-in-brussels': 'fits',
  'neighbouring-municipality': 'fits',
  'further-away': 'drawback',
  'shared-language': 'fits',
  'no-shared-language': 'drawback',
  'shared-time': 'fits',
  'time-unknown': 'neutral',
  'no-shared-time': 'drawback',
  'shared-interest': 'fits',
  'no-shared-interest': 'neutral',
  'shared-audience': 'fits',
  'open-to-everyone': 'fits',
  'audience-unknown': 'neutral',
  'audience-mismatch': 'drawback',
};
