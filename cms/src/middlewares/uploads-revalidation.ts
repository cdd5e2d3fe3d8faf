import { stat } from 'node:fs/promises';
import { ReadStream } from 'node:fs';
import type { Core } from '@strapi/strapi';

/**
 * Uploaded files answer a conditional GET with 304 Not Modified while unchanged. The site's build
 * asks for every image again on each build (Strapi sends `max-age=0`), and Strapi's file server
 * ignores If-Modified-Since, so each build downloaded and re-optimised every image. The files cannot
 * be cached as immutable instead: the media library's "replace" keeps a file's URL. The validator is
 * the file's size and modification time to the millisecond (Last-Modified counts whole seconds).
 */
const uploadsRevalidation: Core.MiddlewareFactory = () => async (ctx, next) => {
  await next();
  const file = ctx.body;
  if (!(file instanceof ReadStream) || ctx.status !== 200 || !ctx.path.startsWith('/uploads/')) return;
  const { size, mtimeMs } = await stat(file.path);
  ctx.set('ETag', `W/"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`);
  if (!ctx.fresh) return;
  file.destroy();
  ctx.status = 304;
};

export default uploadsRevalidation;
