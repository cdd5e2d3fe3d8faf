import type { Core } from '@strapi/strapi';
import { isLocale, LOCALES, PUBLIC_COLLECTION_TYPES } from '@cb/domain';
import { documentStamp, type PublishedStampsAnswer } from '@cb/domain/cms-api';
import type { Context } from 'koa';
import { apiUid } from '../../../content-model/uids';

/**
 * GET /api/published-stamps/initiative?locale=nl: documentId → stamp (`documentStamp`) of every
 * published document of that type in that locale, in one answer read with one query. The site build
 * asks it for each collection at every build to find what changed, was unpublished or deleted; the
 * REST list would take a request per hundred documents (seconds for the large set).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: Context): Promise<void> {
    const type = PUBLIC_COLLECTION_TYPES.find((name) => name === ctx.params.type);
    const locale = ctx.query.locale;
    if (!type) return ctx.notFound('No public collection has that name');
    const oneOfTheLocales = `must be one of ${LOCALES.join(', ')}`;
    if (!isLocale(locale)) return ctx.badRequest(`locale ${oneOfTheLocales}`, { fields: { locale: oneOfTheLocales } });
    const rows = (await strapi.db.query(apiUid(type)).findMany({
      select: ['id', 'documentId', 'updatedAt'],
      where: { locale, publishedAt: { $notNull: true } },
    })) as { id: number; documentId: string; updatedAt: unknown }[];
    const answer: PublishedStampsAnswer = { data: Object.fromEntries(rows.map((row) => [row.documentId, documentStamp(row.id, row.updatedAt)])) };
    ctx.body = answer;
  },
});
