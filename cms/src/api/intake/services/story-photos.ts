import type { Core } from '@strapi/strapi';
import type { Locale } from '@cb/domain';
import type { IntakeData } from '@cb/domain/intake';
import { privateStorageOf } from '../attachments/private-storage';
import { STORY_PHOTO, discardUploads, inspectUploads, keepUploads, removeStoredFiles, uploadedFilesOf, type AttachmentMetadata } from '../attachments/uploads';
import type { PostedFiles } from './project-proposals';

export type StoryData = IntakeData<'story-submission'>;
export type CheckedStory = StoryData & { photo?: AttachmentMetadata };

export type StoryPhotoCheck = { ok: true; data: CheckedStory } | { ok: false; errors: Record<string, string> };

/** The optional photo of a story: one JPEG or PNG by its bytes, at most 10 MB, kept in private storage. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const storage = () => privateStorageOf(strapi);

  return {
    /**
     * Accepts the photo, moves it into private storage and describes it in `photo`; on an error
     * nothing is kept and every temporary upload is removed.
     */
    async check(data: StoryData, posted: PostedFiles = [], locale: Locale = 'nl'): Promise<StoryPhotoCheck> {
      const files = uploadedFilesOf(posted);
      try {
        const inspection = await inspectUploads(files, locale, STORY_PHOTO);
        if (!inspection.ok) return inspection;
        const [photo] = await keepUploads(inspection.uploads, storage());
        return { ok: true, data: photo ? { ...data, photo } : data };
      } finally {
        // An accepted photo was moved away already; whatever is left is refused or empty.
        await discardUploads(files);
      }
    },

    /** Removes the stored photo of a checked story that was not stored after all (a retry, or a failure). */
    async discard(data: { photo?: unknown }): Promise<void> {
      await removeStoredFiles(data.photo, storage());
    },
  };
};
