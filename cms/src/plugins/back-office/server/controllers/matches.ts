import type { Core } from '@strapi/strapi';
import { authorOf, MatchRefused, WorkflowError } from '../app';
import { getService } from '../get-service';
import { conflict, problemText, read, readParams, today, type StaffContext } from '../http';
import { DocumentParams, MatchChangeBody, NewMatchBody, NewReferralBody } from '../validation';

/** Creating and moving matches; the workflow keeps the request and the offer in step. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async createMatch(ctx: StaffContext) {
    const body = read(ctx, NewMatchBody, ctx.request.body);
    if (body) await answer(ctx, 201, () => getService(strapi, 'cases').createMatch(body, authorOf(ctx.state.user)));
  },

  async createReferral(ctx: StaffContext) {
    const body = read(ctx, NewReferralBody, ctx.request.body);
    if (body) await answer(ctx, 201, () => getService(strapi, 'cases').createReferral(body, authorOf(ctx.state.user)));
  },

  async move(ctx: StaffContext) {
    const params = readParams(ctx, DocumentParams);
    const body = params && read(ctx, MatchChangeBody, ctx.request.body);
    if (params && body) await answer(ctx, 200, () => getService(strapi, 'cases').moveMatch(params.documentId, body, authorOf(ctx.state.user)));
  },

  /** Matches and referrals whose follow-up date has come: what the daily job reports too. */
  async followUps(ctx: StaffContext) {
    ctx.body = { results: await getService(strapi, 'cases').followUps(today()) };
  },
});

/**
 * A change the workflow refuses (a taken offer, a closed request) is a conflict, said in words; an
 * offer that may not be matched (not screened, screening expired, not free) in the staff member's language, on the offer.
 */
async function answer(ctx: StaffContext, status: number, action: () => Promise<unknown>): Promise<void> {
  try {
    ctx.body = await action();
    ctx.status = status;
  } catch (error) {
    if (error instanceof MatchRefused) {
      const message = problemText(ctx, error.problem);
      conflict(ctx, message, { helpOffer: message });
      return;
    }
    if (!(error instanceof WorkflowError)) throw error;
    conflict(ctx, problemText(ctx, error.problem));
  }
}
