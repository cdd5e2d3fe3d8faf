import { APPLICANT_TYPES, PROJECT_PROPOSAL_STATUSES } from '@cb/domain';
import { INTAKE_TEXT_LIMITS } from '@cb/domain/intake';
import { intakeCollection, enumeration, relation, component, scalar } from '../../../../content-model/attributes';
import { contactFields, intakeRecordFields, intakeText } from '../../../../content-model/intake-fields';

const LIMITS = INTAKE_TEXT_LIMITS['project-proposal'];

export default intakeCollection(
  { singular: 'project-proposal', plural: 'project-proposals', display: 'Project proposal', description: 'An application to the project call (private)' },
  {
    ...intakeRecordFields(PROJECT_PROPOSAL_STATUSES, 'received'),
    /** documentId of the project call (a localized document; the proposal itself is not). */
    projectCallDocumentId: intakeText(LIMITS.projectCallDocumentId, { required: true }),
    applicantType: enumeration(APPLICANT_TYPES, { required: true, default: 'person' }),
    organisationName: intakeText(LIMITS.organisationName),
    enterpriseNumber: intakeText(LIMITS.enterpriseNumber),
    ...contactFields(),
    projectTitle: intakeText(LIMITS.projectTitle, { required: true }),
    description: intakeText(LIMITS.description, { required: true, long: true }),
    targetGroup: intakeText(LIMITS.targetGroup, { required: true, long: true }),
    municipalities: relation('manyToMany', 'api::municipality.municipality'),
    startDate: scalar.date({ required: true }),
    endDate: scalar.date({ required: true }),
    requestedAmount: scalar.decimal({ required: true, min: 0 }),
    budgetLines: component('proposal.budget-line', { repeatable: true }),
    /**
     * Metadata of the attachments (id, name, type, size, sha256); the files are in private storage,
     * never in the media library, and staff download them through the back office's route.
     */
    attachments: scalar.json(),
    grantedAmount: scalar.decimal({ min: 0 }),
    /** The text for the applicant: it goes into the decision mail (back office, project-call review). */
    decisionNote: { type: 'text', maxLength: 2000 },
    /** Staff's internal note on the decision: never mailed, never shown to the applicant. */
    decisionInternalNote: { type: 'text', maxLength: 4000 },
    decidedAt: scalar.datetime(),
    /** A decision prepared but not yet confirmed (status, amount, both texts, who and when); nothing is mailed until confirmed. */
    decisionDraft: scalar.json(),
    /** When a decision was taken before the deadline or with too few reviews: what was overridden, why, by whom and when. */
    decisionOverride: scalar.json(),
    /** When the applicant agreed that the funded project (with the organisation's name) becomes a public page. */
    publicationConsentAt: scalar.datetime(),
  },
);
