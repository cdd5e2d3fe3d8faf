import type { Core } from '@strapi/strapi';

/** A file as Strapi's body parser hands it to the upload plugin (formidable). */
export interface UploadedFile {
  originalFilename?: string | null;
  filepath?: string;
  size?: number;
  mimetype?: string | null;
  type?: string | null;
}

/** Who uploads, when a staff member does (the content API's tokens have no user). */
export type UploadOptions = { user?: { preferedLanguage?: string | null } | null } | undefined;

/** What is being stored: new files, or one file in place of the stored file `replacing` (its id). */
export interface Upload {
  files: UploadedFile[];
  options: UploadOptions;
  replacing?: unknown;
}

/**
 * Runs `check` before the upload plugin stores anything, on every way in (the admin's upload, single file and
 * replace, the content API's): all of them go through the upload service's `upload` and `replace`. A check refuses
 * by throwing; checks added later run first.
 */
export function checkBeforeStoring(strapi: Core.Strapi, check: (upload: Upload) => Promise<void> | void): void {
  const service: {
    upload(input: { data?: unknown; files: UploadedFile | UploadedFile[] }, options?: UploadOptions): Promise<unknown>;
    replace(id: unknown, input: { data?: unknown; file: UploadedFile }, options?: UploadOptions): Promise<unknown>;
  } = strapi.plugin('upload').service('upload');
  const upload = service.upload.bind(service);
  const replace = service.replace.bind(service);
  service.upload = async (input, options) => {
    await check({ files: [input.files].flat(), options });
    return upload(input, options);
  };
  service.replace = async (id, input, options) => {
    await check({ files: [input.file], options, replacing: id });
    return replace(id, input, options);
  };
}
