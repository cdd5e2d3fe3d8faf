import { ReadStream } from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { hasMediaLibraryExtension } from '../editing/media-types';

/**
 * The media library's files are served only under the extensions of what it takes (src/editing/media-types.ts): a
 * file stored under another extension before the library checked names (a page, a script), or put there by hand, is
 * not served, as its extension would have it served as a page or a script. Decided twice: on the address, decoded as
 * Strapi's file server decodes it, before anything is served (a `Range` request gets a slice of the file, no longer
 * a file stream); and on the file about to be served, whichever spelling of the address reached it.
 */
const uploadsMediaOnly: Core.MiddlewareFactory = (_config, { strapi }) => {
  const publicDir = path.resolve(strapi.dirs.static.public);
  const uploadsDir = path.join(publicDir, 'uploads') + path.sep;
  const servedFromUploads = (file: string) => file.startsWith(uploadsDir) && !hasMediaLibraryExtension(file);
  return async (ctx, next) => {
    const addressed = decodedPath(ctx.path);
    if (addressed !== undefined && servedFromUploads(path.join(publicDir, addressed))) throw new errors.NotFoundError();
    await next();
    const file = ctx.body;
    if (!(file instanceof ReadStream) || typeof file.path !== 'string' || !servedFromUploads(path.resolve(file.path))) return;
    file.destroy();
    throw new errors.NotFoundError();
  };
};

/** The path as the file server reads it; undefined when it cannot be decoded (the file server refuses it then). */
function decodedPath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}

export default uploadsMediaOnly;
