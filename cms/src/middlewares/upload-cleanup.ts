import { rm } from 'node:fs/promises';

const MEGABYTE = 1024 * 1024;

/**
 * What one multipart request may carry, on every route (formidable's options, given to Strapi's
 * body parser): all files together at most `maxFilesMb` (the media library's photos and PDFs fit;
 * intake posts have their own, smaller limit at the door), and at most 1 MB of text fields.
 */
export function multipartOptions(maxFilesMb: number) {
  return {
    maxFileSize: maxFilesMb * MEGABYTE,
    maxFieldsSize: MEGABYTE,
    maxFields: 200,
    filter: keepsFilePart,
  };
}

/**
 * Formidable collects files in a plain object by field name: a file posted as `__proto__` would
 * become the object's prototype, out of sight of whoever cleans up, and a second one would drop
 * the first altogether. Such a part is never written to disk.
 */
export function keepsFilePart(part: { name?: string | null }): boolean {
  return part.name !== '__proto__';
}

interface TemporaryFile {
  filepath: string;
}

/**
 * Right after Strapi's body parser, on every route: the temporary files of a multipart request are
 * deleted when the request ends, whatever happened and whatever field they came in. A file a
 * handler kept has been moved (or copied) away by then; Strapi's parser only cleans up the field
 * `files` of the media library. A parse that fails deletes its own files (formidable).
 */
export default () => {
  return async (ctx: { request: { files?: unknown } }, next: () => Promise<void>) => {
    const temporary = temporaryFilesOf(ctx.request.files);
    try {
      await next();
    } finally {
      await Promise.all(temporary.map((file) => rm(file.filepath, { force: true })));
    }
  };
};

/** Every file the parser left, in any field, as a list: one file, several, or one hidden as a prototype. */
export function temporaryFilesOf(files: unknown): TemporaryFile[] {
  if (!files || typeof files !== 'object') return [];
  const prototype: unknown = Object.getPrototypeOf(files);
  return [...Object.values(files), prototype].flat().filter(isTemporaryFile);
}

function isTemporaryFile(value: unknown): value is TemporaryFile {
  return typeof (value as Partial<TemporaryFile> | null)?.filepath === 'string';
}
