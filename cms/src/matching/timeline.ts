import type { Core } from '@strapi/strapi';
import type { MatchPerson, MatchStatus, OfferStatus, RequestCloseReason, RequestStatus, TimelineKind } from '@cb/domain';
import type { TimelineEntry } from './timeline-entry';

export type { TimelineEntry } from './timeline-entry';

/**
 * Every case's timeline: notes and the changes staff made, one line each, only ever added. What a
 * line says about the person stays inside the back office: no export, mail or public route reads
 * it, and anonymising the case wipes its text (see privacy/personal-data.ts).
 */

const TIMELINE = 'api::case-event.case-event';
const MATCH = 'api::match.match';

/** The staff member who acts: an admin user, named as they are now. */
export interface Author {
  id: number;
  name: string;
}

export interface NewEntry {
  kind: TimelineKind;
  text?: string | undefined;
  toStatus?: RequestStatus | OfferStatus | MatchStatus | undefined;
  closeReason?: RequestCloseReason | undefined;
  /** Who of the match answered a check-in or reported a concern. */
  person?: MatchPerson | undefined;
  helpRequest?: string | undefined;
  helpOffer?: string | undefined;
  match?: string | undefined;
}

/** The staff member's name as the timeline shows it: first and last name, else their email address. */
export function authorOf(user: { id: number; firstname?: string | null; lastname?: string | null; email?: string | null } | undefined): Author | undefined {
  if (!user) return undefined;
  const name = [user.firstname, user.lastname].filter(Boolean).join(' ').trim() || user.email || `#${user.id}`;
  return { id: user.id, name };
}

/** Adds one line; inside the caller's transaction when there is one. */
export async function addToTimeline(strapi: Core.Strapi, author: Author | undefined, entry: NewEntry, writtenAt = new Date()): Promise<void> {
  await strapi.documents(TIMELINE).create({
    data: {
      kind: entry.kind,
      text: entry.text,
      toStatus: entry.toStatus,
      closeReason: entry.closeReason,
      person: entry.person,
      authorId: author?.id,
      authorName: author?.name,
      writtenAt: writtenAt.toISOString(),
      helpRequest: entry.helpRequest,
      helpOffer: entry.helpOffer,
      match: entry.match,
    },
  });
}

/** A case's timeline, newest first. */
export async function timelineOf(strapi: Core.Strapi, of: { helpRequest: string } | { helpOffer: string }): Promise<TimelineEntry[]> {
  const filters = 'helpRequest' in of ? { helpRequest: { documentId: { $eq: of.helpRequest } } } : { helpOffer: { documentId: { $eq: of.helpOffer } } };
  const rows = await strapi.documents(TIMELINE).findMany({
    filters,
    fields: ['kind', 'text', 'toStatus', 'closeReason', 'person', 'authorId', 'authorName', 'writtenAt', 'anonymisedAt'],
    populate: { match: { fields: ['kind'] } },
    sort: [{ writtenAt: 'desc' }, { id: 'desc' }],
  });
  return rows.map((row) => ({
    documentId: row.documentId,
    kind: row.kind ?? 'note',
    text: row.text ?? null,
    toStatus: row.toStatus ?? null,
    closeReason: row.closeReason ?? null,
    person: row.person ?? null,
    author: row.authorName ? { id: row.authorId ?? null, name: row.authorName } : null,
    writtenAt: new Date(String(row.writtenAt)).toISOString(),
    matchKind: row.match?.kind ?? null,
    wiped: Boolean(row.anonymisedAt),
  }));
}

/**
 * Notes written before the timeline lived in one field per record (a match's `notes`, a request's or
 * offer's `staffNotes`), where each save replaced the last. At every start, any such text becomes a
 * timeline line (no author: nobody knows who wrote it; dated by the record's last change) and the
 * field is emptied, so nothing is moved twice.
 */
export async function moveOldNotesIntoTimeline(strapi: Core.Strapi): Promise<number> {
  let moved = 0;
  const matches = await strapi.documents(MATCH).findMany({
    filters: { notes: { $notNull: true, $ne: '' } },
    fields: ['notes', 'updatedAt'],
    populate: { helpRequest: { fields: ['documentId'] }, helpOffer: { fields: ['documentId'] } },
  });
  for (const match of matches) {
    await strapi.db.transaction(async () => {
      await addToTimeline(
        strapi,
        undefined,
        { kind: 'note', text: match.notes ?? '', helpRequest: match.helpRequest?.documentId, helpOffer: match.helpOffer?.documentId, match: match.documentId },
        new Date(String(match.updatedAt)),
      );
      await strapi.documents(MATCH).update({ documentId: match.documentId, data: { notes: '' } });
    });
    moved += 1;
  }
  for (const [uid, relation] of [
    ['api::help-request.help-request', 'helpRequest'],
    ['api::help-offer.help-offer', 'helpOffer'],
  ] as const) {
    const rows = await strapi.documents(uid).findMany({ filters: { staffNotes: { $notNull: true, $ne: '' } }, fields: ['staffNotes', 'updatedAt'] });
    for (const row of rows) {
      await strapi.db.transaction(async () => {
        await addToTimeline(strapi, undefined, { kind: 'note', text: row.staffNotes ?? '', [relation]: row.documentId }, new Date(String(row.updatedAt)));
        await strapi.documents(uid).update({ documentId: row.documentId, data: { staffNotes: '' } });
      });
      moved += 1;
    }
  }
  return moved;
}
