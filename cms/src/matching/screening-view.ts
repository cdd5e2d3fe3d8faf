/**
 * An offer's screening as staff read it on the offer's page. Types only (nothing imported at run
 * time): the back office's admin pages read it through the plugin's contracts.
 */
import type { Locale, OfferAs, ReferenceCheck, ScreeningState } from '@cb/domain';

export interface OfferScreeningView {
  state: ScreeningState;
  /** How long a screening holds (SCREENING_VALID_MONTHS), and the day the current one ends (exclusive). */
  validMonths: number;
  validUntil: string | null;
  offerAs: OfferAs;
  organisationName: string | null;
  /** The volunteer's language: the information note is given in it. */
  formLocale: Locale;
  /** The code of conduct the volunteer accepted on the form. */
  acceptedOnForm: { version: string; acceptedAt: string | null } | null;
  /** The latest screening; null: never screened. */
  screening: {
    conversationOn: string;
    conversationBy: string | null;
    references: ReferenceCheck | null;
    waiverReason: string | null;
    codeOfConductVersion: string | null;
    informationNoteLocale: Locale | null;
    informationNoteVersion: string | null;
  } | null;
  /** The check of the offer's organisation: tied to this offer, or made for another offer of the same name. */
  organisationCheck: { name: string; checkedAt: string; checkedBy: string | null; tiedToThisOffer: boolean } | null;
  currentVersions: { codeOfConduct: string; informationNote: string };
}
