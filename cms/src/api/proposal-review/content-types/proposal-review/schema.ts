import { intakeCollection, relation, scalar } from '../../../../content-model/attributes';

/** One reviewer's scores of one project proposal against the call's criteria (private, staff only). */
export default intakeCollection(
  { singular: 'proposal-review', plural: 'proposal-reviews', display: 'Proposal review', description: 'A reviewer scores a project proposal (private)' },
  {
    proposal: relation('manyToOne', 'api::project-proposal.project-proposal'),
    /** The admin user who reviewed; their name is kept for the decision meeting's sheet. */
    reviewerId: scalar.integer({ required: true, min: 1 }),
    reviewerName: { type: 'string', required: true, maxLength: 160 },
    /** [{ criterion: position of the call's criterion, score: 0–5 }] */
    scores: { type: 'json', required: true },
    comment: { type: 'text', maxLength: 4000 },
  },
);
