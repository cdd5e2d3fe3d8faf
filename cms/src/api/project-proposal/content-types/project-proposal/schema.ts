import { APPLICANT_TYPES, PROJECT_PROPOSAL_STATUSES } from '@cb/domain';
import { intakeCollection, enumeration, relation, component, scalar } from '../../../../content-model/attributes';
import { contactFields, intakeRecordFields } from '../../../../content-model/intake-fields';

export default intakeCollection(
  { singular: 'project-proposal', plural: 'project-proposals', display: 'Project proposal', description: 'An application to the project call (private)' },
  {
    ...intakeRecordFields(PROJECT_PROPOSAL_STATUSES, 'received'),
    /** documentId of the project call (a localized document; the proposal itself is not). */
    projectCallDocumentId: { type: 'string', required: true, maxLength: 40 },
    applicantType: enumeration(APPLICANT_TYPES, { required: true, default: 'person' }),
    organisationName: { type: 'string', maxLength: 160 },
    enterpriseNumber: { type: 'string', maxLength: 20 },
    ...contactFields(),
    projectTitle: { type: 'string', required: true, maxLength: 160 },
    description: { type: 'text', required: true, maxLength: 5000 },
    targetGroup: { type: 'text', required: true, maxLength: 1000 },
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
    /** The decision as told to the applicant (back office, project-call review). */
    decisionNote: { type: 'text', maxLength: 2000 },
    decidedAt: scalar.datetime(),
  },
);
