import type { Core } from '@strapi/strapi';
import { MATCH_STATUSES } from '@cb/domain';
import { createMatch, createReferral, dueFollowUps, moveMatch, WorkflowError, type MatchStatus } from '../../../../matching/workflow';
import { notifyMatchConfirmed } from '../../../../notifications/back-office';
import { badRequest, bodyOf, isoDate, text, type StaffContext } from '../http';

/** Creating and moving matches; the workflow module keeps the request and the offer in step. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async createMatch(ctx: StaffContext) {
    const body = bodyOf(ctx);
    const helpRequest = text(body.helpRequest, 40);
    const helpOffer = text(body.helpOffer, 40);
    if (!helpRequest || !helpOffer) return badRequest(ctx, 'Choose a request and an offer');
    await answer(ctx, () =>
      createMatch(strapi, {
        helpRequest,
        helpOffer,
        followUpOn: isoDate(body.followUpOn),
        sharedWithRequester: text(body.sharedWithRequester),
        sharedWithVolunteer: text(body.sharedWithVolunteer),
        notes: text(body.notes, 10_000),
      }),
    );
  },

  async createReferral(ctx: StaffContext) {
    const body = bodyOf(ctx);
    const helpRequest = text(body.helpRequest, 40);
    if (!helpRequest) return badRequest(ctx, 'Choose a request');
    await answer(ctx, () =>
      createReferral(strapi, {
        helpRequest,
        initiativeDocumentId: text(body.initiativeDocumentId, 40),
        organisationDocumentId: text(body.organisationDocumentId, 40),
        followUpOn: isoDate(body.followUpOn),
        sharedWithRequester: text(body.sharedWithRequester),
        notes: text(body.notes, 10_000),
      }),
    );
  },

  async move(ctx: StaffContext) {
    const body = bodyOf(ctx);
    const status = MATCH_STATUSES.find((candidate) => candidate === body.status) as MatchStatus | undefined;
    if (!status) return badRequest(ctx, 'Choose a status', { status: `One of ${MATCH_STATUSES.join(', ')}` });
    if (body.followUpOn !== undefined && body.followUpOn !== null && !isoDate(body.followUpOn)) {
      return badRequest(ctx, 'The follow-up date is not a date', { followUpOn: 'YYYY-MM-DD' });
    }
    await answer(ctx, async () => {
      const documentId = ctx.params.documentId ?? '';
      const { confirmed } = await moveMatch(strapi, documentId, {
        status,
        followUpOn: body.followUpOn === null ? null : isoDate(body.followUpOn),
        notes: text(body.notes, 10_000),
      });
      if (confirmed) await notifyMatchConfirmed(strapi, documentId);
      return { documentId, confirmed };
    });
  },

  /** Matches and referrals whose follow-up date has come: what the daily job reports too. */
  async followUps(ctx: StaffContext) {
    ctx.body = { results: await dueFollowUps(strapi, new Date().toISOString().slice(0, 10)) };
  },
});

async function answer(ctx: StaffContext, action: () => Promise<{ documentId?: string | undefined }>): Promise<void> {
  try {
    ctx.body = await action();
    ctx.status = ctx.method === 'POST' ? 201 : 200;
  } catch (error) {
    if (!(error instanceof WorkflowError)) throw error;
    ctx.status = 409;
    ctx.body = { error: { status: 409, name: 'ConflictError', message: error.message } };
  }
}
