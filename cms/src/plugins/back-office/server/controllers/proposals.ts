import type { Core } from '@strapi/strapi';
import { DECIDE_PROPOSALS_PERMISSION } from '@cb/domain';
import { staffText } from '../app';
import { getService } from '../get-service';
import { answerError, localeOf, notFound, read, readParams, type StaffContext } from '../http';
import { isRefusal, nameOf, type Caller, type Refusal } from '../services/proposal-records';
import { AssignBody, AssignmentParams, ConflictBody, DecisionBody, DocumentParams, MilestonesBody, ReviewBody, SpreadBody } from '../validation';

/**
 * The project call's review. Reviewers (the review permission) read and score what is assigned to
 * them; staff who decide (the decide permission, held by the back-office role) also assign, read every
 * review and decide. The routes say which permission each needs; the services apply the rest.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const proposals = () => getService(strapi, 'proposals');
  const committee = () => getService(strapi, 'committee');
  const decisions = () => getService(strapi, 'decisions');
  const fundedProjects = () => getService(strapi, 'fundedProjects');

  /** Answers the result, or the refusal in the caller's language; `created` answers 201. */
  function answer(ctx: StaffContext, result: unknown, created = false): void {
    if (isRefusal(result)) return refuse(ctx, result);
    ctx.status = created ? 201 : 200;
    ctx.body = result;
  }

  return {
    /** Every project call, newest deadline first, with its criteria, in the staff member's language. */
    async calls(ctx: StaffContext) {
      ctx.body = await proposals().calls(localeOf(ctx));
    },

    async list(ctx: StaffContext) {
      const params = readParams(ctx, DocumentParams);
      const caller = params && callerOf(ctx);
      if (!params || !caller) return;
      const list = await proposals().list(params.documentId, caller);
      if (list) ctx.body = list;
      else notFound(ctx, 'review.refused.noCall');
    },

    /** The sheet for the decision meeting, as a download. */
    async sheet(ctx: StaffContext) {
      const params = readParams(ctx, DocumentParams);
      const caller = params && callerOf(ctx);
      if (!params || !caller) return;
      const sheet = await proposals().sheet(params.documentId, caller);
      if (!sheet) return notFound(ctx, 'review.refused.noCall');
      ctx.type = 'text/csv; charset=utf-8';
      ctx.attachment(sheet.filename);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = sheet.csv;
    },

    /** The whole proposal; staff who decide also get where the decision stands. */
    async findOne(ctx: StaffContext) {
      const params = readParams(ctx, DocumentParams);
      const caller = params && callerOf(ctx);
      if (!params || !caller) return;
      const reading = await proposals().read(params.documentId, caller);
      if (isRefusal(reading) || !caller.decides) return answer(ctx, reading);
      const decision = await decisions().state(params.documentId);
      answer(ctx, isRefusal(decision) ? decision : { ...reading, decision });
    },

    /** One reviewer's scores; reviewing again replaces their earlier review. */
    async review(ctx: StaffContext) {
      const params = readParams(ctx, DocumentParams);
      const body = params && read(ctx, ReviewBody, ctx.request.body);
      const caller = body && callerOf(ctx);
      if (!params || !body || !caller) return;
      const reviewed = await proposals().review(params.documentId, caller, body.scores, body.comment);
      if (isRefusal(reviewed)) return refuse(ctx, reviewed);
      answer(ctx, { documentId: reviewed.documentId }, reviewed.created);
    },

    async declareConflict(ctx: StaffContext) {
      const params = readParams(ctx, DocumentParams);
      const body = params && read(ctx, ConflictBody, ctx.request.body ?? {});
      const caller = body && callerOf(ctx);
      if (!params || !body || !caller) return;
      const declared = await proposals().declareConflict(params.documentId, caller, body.note);
      if (isRefusal(declared)) return refuse(ctx, declared);
      answer(ctx, { documentId: declared.documentId }, declared.created);
    },

    async mine(ctx: StaffContext) {
      const caller = callerOf(ctx);
      if (caller) ctx.body = await committee().mine(caller);
    },

    async committee(ctx: StaffContext) {
      const params = readParams(ctx, DocumentParams);
      if (params) answer(ctx, await committee().members(params.documentId, localeOf(ctx)));
    },

    async assign(ctx: StaffContext) {
      const params = readParams(ctx, DocumentParams);
      const body = params && read(ctx, AssignBody, ctx.request.body);
      const caller = body && callerOf(ctx);
      if (!params || !body || !caller) return;
      const assigned = await committee().assign(params.documentId, body.reviewerId, caller);
      if (isRefusal(assigned)) return refuse(ctx, assigned);
      answer(ctx, { documentId: assigned.documentId }, assigned.created);
    },

    async unassign(ctx: StaffContext) {
      const params = readParams(ctx, AssignmentParams);
      if (params) answer(ctx, await committee().unassign(params.documentId, params.reviewerId));
    },

    async spread(ctx: StaffContext) {
      const params = readParams(ctx, DocumentParams);
      const body = params && read(ctx, SpreadBody, ctx.request.body ?? {});
      const caller = body && callerOf(ctx);
      if (!params || !body || !caller) return;
      answer(ctx, await committee().spread(params.documentId, caller, body));
    },

    /** Approve or reject as a draft (with the applicant's mail as a preview); other statuses are set at once. */
    async decide(ctx: StaffContext) {
      const params = readParams(ctx, DocumentParams);
      const body = params && read(ctx, DecisionBody, ctx.request.body);
      const caller = body && callerOf(ctx);
      if (!params || !body || !caller) return;
      answer(ctx, await decisions().draft(params.documentId, body, caller));
    },

    async preview(ctx: StaffContext) {
      const params = readParams(ctx, DocumentParams);
      if (params) answer(ctx, await decisions().preview(params.documentId));
    },

    async milestones(ctx: StaffContext) {
      const params = readParams(ctx, DocumentParams);
      if (params) answer(ctx, await fundedProjects().milestones(params.documentId));
    },

    /** Staff's plan of a granted proposal's milestones; saving mails the applicant their link. */
    async planMilestones(ctx: StaffContext) {
      const params = readParams(ctx, DocumentParams);
      const body = params && read(ctx, MilestonesBody, ctx.request.body);
      if (params && body) answer(ctx, await fundedProjects().plan(params.documentId, body.milestones));
    },

    async dashboard(ctx: StaffContext) {
      const params = readParams(ctx, DocumentParams);
      if (params) answer(ctx, await fundedProjects().dashboard(params.documentId, localeOf(ctx)));
    },

    async confirm(ctx: StaffContext) {
      const params = readParams(ctx, DocumentParams);
      const caller = params && callerOf(ctx);
      if (!params || !caller) return;
      answer(ctx, await decisions().confirm(params.documentId, caller));
    },
  };
};

function callerOf(ctx: StaffContext): Caller | undefined {
  const user = ctx.state.user;
  if (!user) {
    answerError(ctx, 401, 'UnauthorizedError', staffText(localeOf(ctx), 'review.refused.signIn'));
    return undefined;
  }
  return { id: user.id, name: nameOf(user), decides: ctx.state.userAbility?.can(DECIDE_PROPOSALS_PERMISSION) === true, locale: localeOf(ctx) };
}

function refuse(ctx: StaffContext, refusal: Refusal): void {
  const locale = localeOf(ctx);
  const message = refusal.said.map(({ text, values }) => staffText(locale, text, typeof values === 'function' ? values(locale) : values)).join(' ');
  const name = { 400: 'ValidationError', 403: 'ForbiddenError', 404: 'NotFoundError', 409: 'ConflictError' }[refusal.refused];
  answerError(ctx, refusal.refused, name, message, refusal.field ? { [refusal.field]: message } : undefined);
}
