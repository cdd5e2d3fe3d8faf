import type { Core } from '@strapi/strapi';
import { authorOf, ScreeningRefused } from '../app';
import { getService } from '../get-service';
import { answerError, conflict, notFound, problemText, read, readParams, type StaffContext } from '../http';
import { DocumentParams, ScreeningBody, ScreeningQueueQuery } from '../validation';

/** The offers to screen; an offer's screening: where it stands, a screening recorded, the organisation checked. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async queue(ctx: StaffContext) {
    const query = read(ctx, ScreeningQueueQuery, ctx.query);
    if (query) ctx.body = await getService(strapi, 'screening').queue(query);
  },

  /** How many wait, counted in the database (the staff home's widget). */
  async counts(ctx: StaffContext) {
    ctx.body = await getService(strapi, 'screening').counts();
  },

  async show(ctx: StaffContext) {
    const params = readParams(ctx, DocumentParams);
    if (!params) return;
    const screening = await getService(strapi, 'screening').of(params.documentId);
    if (screening) ctx.body = screening;
    else notFound(ctx, 'screening.refused.not-found');
  },

  async record(ctx: StaffContext) {
    const params = readParams(ctx, DocumentParams);
    const body = params && read(ctx, ScreeningBody, ctx.request.body);
    if (params && body) await answer(ctx, () => getService(strapi, 'screening').record(params.documentId, body, authorOf(ctx.state.user)));
  },

  async checkOrganisation(ctx: StaffContext) {
    const params = readParams(ctx, DocumentParams);
    if (params) await answer(ctx, () => getService(strapi, 'screening').checkOrganisation(params.documentId, authorOf(ctx.state.user)));
  },
});

/** A screening the rules refuse is a conflict (a missing offer: not found), said in the staff member's language. */
async function answer(ctx: StaffContext, action: () => Promise<unknown>): Promise<void> {
  try {
    ctx.body = await action();
    ctx.status = 200;
  } catch (error) {
    if (!(error instanceof ScreeningRefused)) throw error;
    const message = problemText(ctx, `screening.refused.${error.refusal}`);
    if (error.refusal === 'not-found') answerError(ctx, 404, 'NotFoundError', message);
    else conflict(ctx, message);
  }
}
