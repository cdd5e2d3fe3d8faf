import { MATCH_KINDS, MATCH_STATUSES } from '@cb/domain';
import { intakeCollection, enumeration, relation, scalar } from '../../../../content-model/attributes';

/** A help request connected to a help offer, or referred to an initiative or an organisation. */
export default intakeCollection(
  { singular: 'match', plural: 'matches', display: 'Match', description: 'A request connected to an offer or referred on (private)' },
  {
    kind: enumeration(MATCH_KINDS, { required: true, default: 'match' }),
    caseStatus: enumeration(MATCH_STATUSES, { required: true, default: 'proposed' }),
    helpRequest: relation('manyToOne', 'api::help-request.help-request', { inversedBy: 'matches' }),
    helpOffer: relation('manyToOne', 'api::help-offer.help-offer', { inversedBy: 'matches' }),
    /** documentIds of the localized initiative or organisation a request was referred to. */
    initiativeDocumentId: { type: 'string', maxLength: 40 },
    organisationDocumentId: { type: 'string', maxLength: 40 },
    followUpOn: scalar.date(),
    sharedWithRequester: { type: 'text', maxLength: 2000 },
    sharedWithVolunteer: { type: 'text', maxLength: 2000 },
    notes: { type: 'text' },
    confirmedAt: scalar.datetime(),
    /** Staff paused the match (after a concern): no check-in mails while it is paused. */
    pausedAt: scalar.datetime(),
    anonymisedAt: scalar.datetime(),
  },
);
