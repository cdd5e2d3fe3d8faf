import { STORY_SUBMISSION_STATUSES } from '@cb/domain';
import { intakeCollection, scalar } from '../../../../content-model/attributes';
import { contactFields, intakeRecordFields } from '../../../../content-model/intake-fields';

/** A story, action or idea sent in by the public; an editor may turn it into a Story draft. */
export default intakeCollection(
  { singular: 'story-submission', plural: 'story-submissions', display: 'Story or idea submission', description: 'A story, action or idea sent in (private)' },
  {
    ...intakeRecordFields(STORY_SUBMISSION_STATUSES, 'new'),
    title: { type: 'string', required: true, maxLength: 160 },
    text: { type: 'text', required: true, maxLength: 5000 },
    /**
     * Metadata of the optional photo (id, name, type, size, sha256); the file is in private storage,
     * never in the media library, and staff download it through the back office's download route.
     */
    photo: scalar.json(),
    mayPublish: scalar.boolean(false),
    publishAs: { type: 'string', maxLength: 120 },
    ...contactFields(),
    storyDocumentId: { type: 'string', maxLength: 40 },
  },
);
