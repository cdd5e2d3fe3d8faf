import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { badRequest, notFound, problemText, read, type StaffContext } from '../http';
import type { Refusal } from '../services/proposals';
import { DecisionBody, DocumentParams, ReviewBody } from '../validation';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Every project call, newest deadline first, with its criteria (Dutch titles: the staff's working language). */
  async calls(ctx: StaffContext) {
    ctx.body = await getService(strapi, 'proposals').calls();
  },

  async list(ctx: StaffContext) {
    const params = read(ctx, DocumentParams, ctx.params);
    if (!params) return;
    const proposals = await getService(strapi, 'proposals').list(params.documentId);
    if (proposals) ctx.body = proposals;
    else notFound(ctx, 'problem.no-call');
  },

  /** The sheet for the decision meeting, as a download. */
  async sheet(ctx: StaffContext) {
    const params = read(ctx, DocumentParams, ctx.params);
    if (!params) return;
    const sheet = await getService(strapi, 'proposals').sheet(params.documentId);
    if (!sheet) return notFound(ctx, 'problem.no-call');
    ctx.type = 'text/csv; charset=utf-8';
    ctx.attachment(sheet.filename);
    ctx.set('Cache-Control', 'no-store');
    ctx.body = sheet.csv;
  },

  /** One reviewer's scores; reviewing again replaces their earlier review. */
  async review(ctx: StaffContext) {
    const params = read(ctx, DocumentParams, ctx.params);
    const body = params && read(ctx, ReviewBody, ctx.request.body);
    const reviewer = ctx.state.user;
    if (!params || !body || !reviewer) return;
    const reviewed = await getService(strapi, 'proposals').review(params.documentId, reviewer, body.scores, body.comment);
    if ('refused' in reviewed) return refuse(ctx, reviewed);
    ctx.status = reviewed.created ? 201 : 200;
    ctx.body = { documentId: reviewed.documentId };
  },

  async decide(ctx: StaffContext) {
    const params = read(ctx, DocumentParams, ctx.params);
    const body = params && read(ctx, DecisionBody, ctx.request.body);
    if (!params || !body) return;
    const decided = await getService(strapi, 'proposals').decide(params.documentId, body);
    if ('refused' in decided) return refuse(ctx, decided);
    ctx.body = decided;
  },
});

function refuse(ctx: StaffContext, refusal: Refusal): void {
  if (refusal.refused === 'not-found') return notFound(ctx, 'problem.no-proposal');
  const message = problemText(ctx, refusal.problem, refusal.values);
  badRequest(ctx, message, { [refusal.field]: message });
}
