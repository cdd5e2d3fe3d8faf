import type { Core } from '@strapi/strapi';
import { authorOf, pauseMatch, recordConcern } from '../app';
import { notFound, read, readParams, type StaffContext } from '../http';
import { ConcernBody, DocumentParams, PauseBody } from '../validation';

/** A concern staff record from a phone call, and pausing a match: both on the case's timeline. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async recordConcern(ctx: StaffContext) {
    const params = readParams(ctx, DocumentParams);
    const body = params && read(ctx, ConcernBody, ctx.request.body);
    if (!params || !body) return;
    const outcome = await recordConcern(strapi, { match: params.documentId, ...body }, authorOf(ctx.state.user));
    if (outcome === 'gone') return notFound(ctx, 'case.refused.not-found');
    ctx.status = 201;
    ctx.body = { documentId: params.documentId, recorded: true };
  },

  async pause(ctx: StaffContext) {
    const params = readParams(ctx, DocumentParams);
    const body = params && read(ctx, PauseBody, ctx.request.body);
    if (!params || !body) return;
    const outcome = await pauseMatch(strapi, params.documentId, body.paused, authorOf(ctx.state.user));
    if (outcome === 'gone') return notFound(ctx, 'case.refused.not-found');
    ctx.body = { documentId: params.documentId, paused: body.paused, changed: outcome === 'changed' };
  },
});
