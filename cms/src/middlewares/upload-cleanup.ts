import { rm } from 'node:fs/promises';

const MEGABYTE = 1024 * 1024;

/**
 * The most files one multipart request may carry, on every route. Strapi's body parser has one
 * configuration for all routes, so this is the media library's need (several photos at once);
 * intake forms take at most 5 attachments and say so themselves, and their whole body is capped
 * at the door.
 */
export const MAX_FILES_PER_REQUEST = 20;

/**
 * What one multipart request may carry, on every route (formidable's options, given to Strapi's
 * body parser): all files together at most `maxFilesMb` (the media library's photos and PDFs fit;
 * intake posts have their own, smaller limit at the door), at most 1 MB of text fields in at
 * most 200 fields, and at most `maxFiles` files.
 */
export function multipartOptions(maxFilesMb: number, maxFiles = MAX_FILES_PER_REQUEST) {
  return {
    maxFileSize: maxFilesMb * MEGABYTE,
    maxFieldsSize: MEGABYTE,
    maxFields: 200,
    ...fileCountLimit(maxFiles),
  };
}

/** The parts of formidable 2's form (and its per-form copy of the options) the file count uses. */
interface CountingOptions {
  [FORM]?: { _error(error: Error): void };
  [FILES_SEEN]?: number;
}
const FORM = Symbol('form');
const FILES_SEEN = Symbol('files seen');

/**
 * Formidable 2 (koa-body's) has no `maxFiles`. Its `filter` runs for each file part before a
 * temporary file is made, with `this` the form's own copy of the options; `fileBegin` runs with
 * `this` the form. So the first file tells the options its form, and the file after the last one
 * allowed is never written and fails the whole parse with a 413 (the parser then reads no more and
 * deletes what it wrote). At most `maxFiles` temporary files per request, whatever it carries.
 */
function fileCountLimit(maxFiles: number) {
  return {
    filter(this: CountingOptions, part: { name?: string | null }): boolean {
      if (!keepsFilePart(part)) return false;
      const seen = (this[FILES_SEEN] ?? 0) + 1;
      this[FILES_SEEN] = seen;
      if (seen <= maxFiles) return true;
      this[FORM]?._error(Object.assign(new Error(`more than ${maxFiles} files`), { httpCode: 413 }));
      return false;
    },
    onFileBegin(this: { options: CountingOptions; _error(error: Error): void }) {
      this.options[FORM] = this;
    },
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
