import { MILESTONE_REPORT_MAX_LENGTH, MILESTONE_WHAT_MAX_LENGTH } from '@cb/domain';
import { intakeCollection, scalar } from '../../../../content-model/attributes';

/**
 * A milestone of a granted project: staff plan it in the back office, the applicant reports on it
 * through the signed link mailed to them (no account). Private like the proposal it belongs to.
 */
export default intakeCollection(
  { singular: 'project-milestone', plural: 'project-milestones', display: 'Project milestone', description: 'A milestone of a funded project (private)' },
  {
    /** documentId of the granted proposal. */
    proposalDocumentId: { type: 'string', required: true, maxLength: 40 },
    plannedOn: scalar.date({ required: true }),
    what: { type: 'string', required: true, maxLength: MILESTONE_WHAT_MAX_LENGTH },
    done: { type: 'boolean', default: false },
    report: { type: 'text', maxLength: MILESTONE_REPORT_MAX_LENGTH },
    /** Metadata of the photos or file the applicant sent (id, name, type, size, sha256); the files are in private storage. */
    files: scalar.json(),
    reportedAt: scalar.datetime(),
  },
);
