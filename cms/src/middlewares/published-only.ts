import type { Core } from '@strapi/strapi';

/**
 * The public content API serves published content only. Strapi 5 would hand out drafts to anyone
 * who may `find` and asks `?status=draft`; drafts are for editors in the admin, so refuse that here.
 */
export default (_config: unknown, _context: { strapi: Core.Strapi }) => {
  return async (ctx: { path: string; query: Record<string, unknown>; status: number; body: unknown }, next: () => Promise<void>) => {
    const asksForDrafts = ctx.path.startsWith('/api/') && ctx.query.status !== undefined && ctx.query.status !== 'published';
    if (asksForDrafts) {
      ctx.status = 403;
      ctx.body = { data: null, error: { status: 403, name: 'ForbiddenError', message: 'Only published content is public', details: {} } };
      return;
    }
    await next();
  };
};
