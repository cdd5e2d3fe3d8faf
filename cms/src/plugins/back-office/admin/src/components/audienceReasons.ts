import { AUDIENCES, termName, type Locale } from '@cb/domain';
import type { MatchReason } from '../../../server/contracts';
import type { useStaffTexts } from '../i18n';

type Translate = ReturnType<typeof useStaffTexts>['t'];

/** The audience reasons of a suggestion in the staff member's words; undefined for the other reasons. */
export function audienceReasonText(reason: MatchReason, t: Translate, locale: Locale): string | undefined {
  const audiences = (codes: string[]) => codes.map((code) => termName(AUDIENCES, code, locale) ?? code).join(', ');
  switch (reason.code) {
    case 'shared-audience':
    case 'audience-unknown':
    case 'audience-mismatch':
      return t(`reason.${reason.code}`, { audiences: audiences(reason.terms) });
    case 'open-to-everyone':
      return t('reason.open-to-everyone');
    default:
      return undefined;
  }
}
