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
  const etag = `W/"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`;
  ctx.set('ETag', etag);
  if (!unchangedFor(ctx.get('If-None-Match'), ctx.get('If-Modified-Since'), etag, mtimeMs)) return;
  file.destroy();
  ctx.status = 304;
};

/**
 * The conditional request's validators against the file (RFC 9110 13.1.1-13.1.3). Koa's `ctx.fresh`
 * cannot be used: it treats `Cache-Control: no-cache` as "send it all", and Node's fetch, which the
 * site build uses, adds exactly that header to every conditional request.
 */
export function unchangedFor(ifNoneMatch: string, ifModifiedSince: string, etag: string, mtimeMs: number): boolean {
  if (ifNoneMatch) {
    const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
    return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
  }
  const since = Date.parse(ifModifiedSince);
  return Number.isFinite(since) && Math.floor(mtimeMs / 1000) * 1000 <= since;
}

export default uploadsRevalidation;
