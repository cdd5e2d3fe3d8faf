import { intakeCollection, relation, scalar } from '../../../../content-model/attributes';

/**
 * One committee member's part in one project proposal (private, staff only): assigned to review it,
 * perhaps a declared conflict of interest, and their scores against the call's criteria once given.
 */
export default intakeCollection(
  { singular: 'proposal-review', plural: 'proposal-reviews', display: 'Proposal review', description: 'A reviewer scores a project proposal (private)' },
  {
    proposal: relation('manyToOne', 'api::project-proposal.project-proposal'),
    /** The admin user who reviewed; their name is kept for the decision meeting's sheet. */
    reviewerId: scalar.integer({ required: true, min: 1 }),
    reviewerName: { type: 'string', required: true, maxLength: 160 },
    /** [{ criterion: position of the call's criterion, score: 0–5 }]; empty until they score. */
    scores: scalar.json(),
    comment: { type: 'text', maxLength: 4000 },
    reviewedAt: scalar.datetime(),
    /** Staff asked them to review it (by hand or spread evenly), when and who. */
    assignedAt: scalar.datetime(),
    assignedByName: { type: 'string', maxLength: 160 },
    /** A declared conflict of interest: they cannot score this proposal from then on. */
    conflictDeclaredAt: scalar.datetime(),
    conflictNote: { type: 'text', maxLength: 1000 },
  },
);
