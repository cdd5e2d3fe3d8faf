import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { localeOf, notFound, read, readParams, type StaffContext } from '../http';
import { DocumentParams, QueueQuery, SearchQuery } from '../validation';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async queue(ctx: StaffContext) {
    const query = read(ctx, QueueQuery, ctx.query);
    if (query) ctx.body = await getService(strapi, 'cases').queue(query);
  },

  async findOne(ctx: StaffContext) {
    const params = readParams(ctx, DocumentParams);
    if (!params) return;
    const request = await getService(strapi, 'cases').request(params.documentId);
    if (request) ctx.body = request;
    else notFound(ctx, 'problem.no-request');
  },

  async suggestions(ctx: StaffContext) {
    const params = readParams(ctx, DocumentParams);
    if (!params) return;
    const suggestions = await getService(strapi, 'cases').suggestions(params.documentId);
    if (suggestions) ctx.body = suggestions;
    else notFound(ctx, 'problem.no-request');
  },

  /** Offers and initiatives by words; initiatives named in the staff member's language when translated. */
  async search(ctx: StaffContext) {
    const query = read(ctx, SearchQuery, ctx.query);
    if (query) ctx.body = await getService(strapi, 'cases').search(query.q, localeOf(ctx));
  },
});
