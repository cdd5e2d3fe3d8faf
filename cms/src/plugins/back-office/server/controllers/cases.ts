import type { Core } from '@strapi/strapi';
import { authorOf, CaseRefused, staffText } from '../app';
import { getService } from '../get-service';
import { answerError, conflict, localeOf, notFound, read, readParams, type StaffContext } from '../http';
import { AudiencesBody, AvailabilityBody, CaseSearchBody, DocumentParams, NoteBody, OfferActionBody, RequestActionBody } from '../validation';

/** Notes, actions on a request or an offer, an offer's page, and finding a case. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async addRequestNote(ctx: StaffContext) {
    const params = readParams(ctx, DocumentParams);
    const body = params && read(ctx, NoteBody, ctx.request.body);
    if (params && body)
      await answer(ctx, 201, () => getService(strapi, 'caseWork').addNote({ helpRequest: params.documentId }, body.text, authorOf(ctx.state.user)));
  },

  async addOfferNote(ctx: StaffContext) {
    const params = readParams(ctx, DocumentParams);
    const body = params && read(ctx, NoteBody, ctx.request.body);
    if (params && body)
      await answer(ctx, 201, () => getService(strapi, 'caseWork').addNote({ helpOffer: params.documentId }, body.text, authorOf(ctx.state.user)));
  },

  async actOnRequest(ctx: StaffContext) {
    const params = readParams(ctx, DocumentParams);
    const body = params && read(ctx, RequestActionBody, ctx.request.body);
    if (params && body) await answer(ctx, 200, () => getService(strapi, 'caseWork').actOnRequest(params.documentId, body, authorOf(ctx.state.user)));
  },

  async actOnOffer(ctx: StaffContext) {
    const params = readParams(ctx, DocumentParams);
    const body = params && read(ctx, OfferActionBody, ctx.request.body);
    if (params && body)
      await answer(ctx, 200, () => getService(strapi, 'caseWork').actOnOffer(params.documentId, body.action, body.note, authorOf(ctx.state.user)));
  },

  /** Holiday cover: the days the volunteer is away (both, or neither to clear them) and how many people they help at once. */
  async setAvailability(ctx: StaffContext) {
    const params = readParams(ctx, DocumentParams);
    const body = params && read(ctx, AvailabilityBody, ctx.request.body);
    if (params && body) await answer(ctx, 200, () => getService(strapi, 'caseWork').setAvailability(params.documentId, body, authorOf(ctx.state.user)));
  },

  async setAudiences(ctx: StaffContext) {
    const params = readParams(ctx, DocumentParams);
    const body = params && read(ctx, AudiencesBody, ctx.request.body);
    if (!params || !body) return;
    if (await getService(strapi, 'cases').setAudiences(params.documentId, body.audiences))
      ctx.body = { documentId: params.documentId, audiences: body.audiences };
    else notFound(ctx, 'case.refused.not-found');
  },

  async offer(ctx: StaffContext) {
    const params = readParams(ctx, DocumentParams);
    if (!params) return;
    const offer = await getService(strapi, 'cases').offer(params.documentId);
    if (offer) ctx.body = offer;
    else notFound(ctx, 'case.refused.not-found');
  },

  /** POST, so that what the caller quoted is in no URL and no log line. */
  async find(ctx: StaffContext) {
    const body = read(ctx, CaseSearchBody, ctx.request.body);
    if (!body) return;
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await getService(strapi, 'caseWork').find(body.term);
  },
});

/** A change the rules refuse is a conflict, said in the staff member's language on the field `action`. */
async function answer(ctx: StaffContext, status: number, action: () => Promise<unknown>): Promise<void> {
  try {
    const result = await action();
    ctx.body = result ?? {};
    ctx.status = status;
  } catch (error) {
    if (!(error instanceof CaseRefused)) throw error;
    const message = staffText(localeOf(ctx), `case.refused.${error.refusal}`);
    if (error.refusal === 'not-found') answerError(ctx, 404, 'NotFoundError', message);
    else conflict(ctx, message, { action: message });
  }
}
