import { STORY_SUBMISSION_STATUSES } from '@cb/domain';
import { INTAKE_TEXT_LIMITS } from '@cb/domain/intake';
import { intakeCollection, scalar } from '../../../../content-model/attributes';
import { contactFields, intakeRecordFields, intakeText } from '../../../../content-model/intake-fields';

const LIMITS = INTAKE_TEXT_LIMITS['story-submission'];

/** A story, action or idea sent in by the public; an editor may turn it into a Story draft. */
export default intakeCollection(
  { singular: 'story-submission', plural: 'story-submissions', display: 'Story or idea submission', description: 'A story, action or idea sent in (private)' },
  {
    ...intakeRecordFields(STORY_SUBMISSION_STATUSES, 'new'),
    title: intakeText(LIMITS.title, { required: true }),
    text: intakeText(LIMITS.text, { required: true, long: true }),
    /**
     * Metadata of the optional photo (id, name, type, size, sha256); the file is in private storage,
     * never in the media library, and staff download it through the back office's download route.
     */
    photo: scalar.json(),
    mayPublish: scalar.boolean(false),
    publishAs: intakeText(LIMITS.publishAs),
    ...contactFields(),
    storyDocumentId: { type: 'string', maxLength: 40 },
  },
);
