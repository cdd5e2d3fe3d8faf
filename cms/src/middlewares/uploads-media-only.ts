import { ReadStream } from 'node:fs';
import path from 'node:path';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { hasMediaLibraryExtension } from '../editing/media-types';

/**
 * The media library's files are served only under the extensions of what it takes (src/editing/media-types.ts),
 * whichever spelling of the address reached them: a file stored under another extension before the library checked
 * names (a page, a script) is not served, as its extension would have it served as a page or a script.
 */
const uploadsMediaOnly: Core.MiddlewareFactory = (_config, { strapi }) => {
  const uploadsDir = path.join(strapi.dirs.static.public, 'uploads') + path.sep;
  return async (ctx, next) => {
    await next();
    const file = ctx.body;
    if (!(file instanceof ReadStream) || typeof file.path !== 'string') return;
    const served = path.resolve(file.path);
    if (!served.startsWith(uploadsDir) || hasMediaLibraryExtension(served)) return;
    file.destroy();
    throw new errors.NotFoundError();
  };
};

export default uploadsMediaOnly;
