/**
 * One line of a case's timeline as staff read it. Types only (nothing imported at run time): the
 * back office's admin pages read it through the plugin's contracts.
 */
import type { MatchPerson, TimelineKind } from '@cb/domain';

export interface TimelineEntry {
  documentId: string;
  kind: TimelineKind;
  text: string | null;
  toStatus: string | null;
  closeReason: string | null;
  /** Who of the match answered a check-in or reported a concern. */
  person: MatchPerson | null;
  /** Who wrote it; null for notes written before the timeline existed. */
  author: { id: number | null; name: string } | null;
  writtenAt: string;
  /** The match or referral the line is about, when it is about one. */
  matchKind: 'match' | 'referral' | null;
  /** The person's data was wiped: the text went with it. */
  wiped: boolean;
}
