import type { Core } from '@strapi/strapi';
import { bearsPreviewToken } from '../publishing/preview-token';
import { isContentApiRoute } from './routed-path';

/**
 * The public content API serves published content only. Strapi 5 would hand out drafts to anyone
 * who may `find` and asks `?status=draft`; drafts are for editors in the admin, so refuse that here,
 * on every route of the content API however its path is spelled. Any `status` other than exactly
 * `published` is refused (a list, another case), as is v4's `publicationState`. The one exception
 * is a read by the site's preview, with its token (src/publishing/preview-token.ts).
 */
export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) => {
  return async (
    ctx: { path: string; method: string; query: Record<string, unknown>; status: number; body: unknown; get(field: string): string },
    next: () => Promise<void>,
  ) => {
    if (asksForDrafts(ctx.query) && isContentApiRoute(ctx, strapi) && !isPreviewRead(strapi, ctx)) {
      ctx.status = 403;
      ctx.body = { data: null, error: { status: 403, name: 'ForbiddenError', message: 'Only published content is public', details: {} } };
      return;
    }
    await next();
  };
};

const STATUS_PARAMETERS = new Set(['status', 'publicationstate']);

export function asksForDrafts(query: Record<string, unknown>): boolean {
  return Object.entries(query).some(([name, value]) => STATUS_PARAMETERS.has(name.toLowerCase()) && value !== 'published');
}

/** A GET with the preview's token; Strapi then checks that token's own permissions (find and findOne on public types). */
function isPreviewRead(strapi: Core.Strapi, ctx: { method: string; get(field: string): string }): boolean {
  return ctx.method === 'GET' && bearsPreviewToken(strapi, ctx.get('authorization') || undefined);
}
