import { HELP_OFFER_STATUSES, HELP_REQUEST_STATUSES, MATCH_PEOPLE, MATCH_STATUSES, REQUEST_CLOSE_REASONS, TIMELINE_KINDS } from '@cb/domain';
import { intakeCollection, enumeration, relation, scalar } from '../../../../content-model/attributes';

const CASE_STATUSES = [...new Set([...HELP_REQUEST_STATUSES, ...HELP_OFFER_STATUSES, ...MATCH_STATUSES])];

/**
 * One line of a case's timeline: a note staff wrote, or a change they made (who, when, what). Lines
 * are only ever added: the back office has no route that changes or removes one, and the back-office
 * role may read them but not edit them in the content manager. Private like the case it belongs to.
 */
export default intakeCollection(
  { singular: 'case-event', plural: 'case-events', display: 'Case timeline entry', description: 'A note or a change on a request or offer (private)' },
  {
    kind: enumeration(TIMELINE_KINDS, { required: true, default: 'note' }),
    text: { type: 'text', maxLength: 10_000 },
    toStatus: enumeration(CASE_STATUSES),
    closeReason: enumeration(REQUEST_CLOSE_REASONS),
    /** Who of the match answered a check-in or reported a concern (never their name). */
    person: enumeration(MATCH_PEOPLE),
    /** The admin user who wrote it, and their name as it was then (kept if the account goes). None: written before the timeline existed. */
    authorId: { type: 'integer' },
    authorName: { type: 'string', maxLength: 200 },
    writtenAt: scalar.datetime({ required: true }),
    helpRequest: relation('manyToOne', 'api::help-request.help-request'),
    helpOffer: relation('manyToOne', 'api::help-offer.help-offer'),
    match: relation('manyToOne', 'api::match.match'),
    /** Set when the person's data was wiped: the note's text went with it. */
    anonymisedAt: scalar.datetime(),
  },
);
