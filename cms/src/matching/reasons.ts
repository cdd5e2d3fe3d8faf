/**
 * Why a suggestion got its points (see scoring.ts). Types only, importing nothing: the back office's
 * admin pages read it through the plugin's contracts.
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
  | { code: 'no-shared-time' };
