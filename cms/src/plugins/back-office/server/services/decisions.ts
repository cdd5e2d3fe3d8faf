import type { Core } from '@strapi/strapi';
import * as z from 'zod';
import {
  DECIDED_PROPOSAL_STATUSES,
  DEFAULT_LOCALE,
  DECISION_BLOCKS,
  MIN_OVERRIDE_REASON_LENGTH,
  decisionBlocks,
  decisionPermit,
  formatDateTime,
  formatEuro,
  isDecidedProposal,
  type DecisionBlock,
  type ProposalStatus,
} from '@cb/domain';
import { clearedField, configOf, notifyProposalDecision, previewProposalDecision } from '../app';
import type { DecisionDrafted, DecisionDraftView, DecisionOverrideRecord, DecisionState, MailPreview, ProposalDecided } from '../contracts';
import {
  PROPOSAL,
  callWithCriteria,
  committeeRecords,
  completeScore,
  refusal,
  type CallWithCriteria,
  type Caller,
  type Refusal,
  type Said,
} from './proposal-records';
import { amountOrNull } from './proposals';

/**
 * A decision on a proposal, in two steps. Staff prepare it as a draft (approved with an amount, or
 * rejected; the text for the applicant and an internal note kept apart), see the applicant's mail in
 * the applicant's language, and confirm it: only then does the proposal change and the mail go out,
 * through the outbox, once. A decision needs the call's deadline passed and enough complete reviews
 * (PROJECT_REVIEW_MIN_REVIEWS); staff may override with a reason, which is kept with the decision.
 */

export interface DecisionInput {
  status: ProposalStatus;
  grantedAmount?: number | undefined;
  applicantText?: string | undefined;
  internalNote?: string | undefined;
  overrideReason?: string | undefined;
}

const DraftSchema = z.object({
  status: z.enum(DECIDED_PROPOSAL_STATUSES),
  grantedAmount: z.number().nullable(),
  applicantText: z.string().nullable(),
  internalNote: z.string().nullable(),
  override: z.object({ blocks: z.array(z.enum(DECISION_BLOCKS)), reason: z.string() }).nullable(),
  draftedById: z.number(),
  draftedByName: z.string(),
  draftedAt: z.string(),
});
type Draft = z.infer<typeof DraftSchema>;

const OverrideSchema = z.object({
  blocks: z.array(z.enum(DECISION_BLOCKS)),
  reason: z.string(),
  byId: z.number(),
  byName: z.string(),
  at: z.string(),
  completeReviews: z.number(),
  minimumReviews: z.number(),
  deadline: z.string(),
});

export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function proposalAndCall(proposalDocumentId: string) {
    const proposal = await strapi.documents(PROPOSAL).findOne({
      documentId: proposalDocumentId,
      fields: [
        'projectCallDocumentId',
        'caseStatus',
        'grantedAmount',
        'decisionNote',
        'decisionInternalNote',
        'decidedAt',
        'decisionDraft',
        'decisionOverride',
      ],
    });
    if (!proposal) return refusal(404, 'review.refused.noProposal');
    // Deadline, maximum and criteria: the same in every language.
    const call = await callWithCriteria(strapi, proposal.projectCallDocumentId, DEFAULT_LOCALE);
    if (!call) return refusal(404, 'review.refused.noCall');
    return { proposal, call };
  }

  async function readiness(proposalDocumentId: string, call: CallWithCriteria) {
    const records = await committeeRecords(strapi, [proposalDocumentId]);
    const completeReviews = records.filter((record) => completeScore(call.criteria, record) !== undefined).length;
    const { minimumReviews } = configOf(strapi);
    const blocks = decisionBlocks({ now: new Date(), deadline: call.deadline, completeReviews, minimumReviews });
    return { blocks, completeReviews, minimumReviews };
  }

  async function preview(proposalDocumentId: string, draft: Draft, call: CallWithCriteria): Promise<MailPreview | null> {
    const mail = await previewProposalDecision(
      strapi,
      proposalDocumentId,
      { decision: draft.status, grantedAmount: draft.grantedAmount ?? undefined, decisionNote: draft.applicantText ?? undefined },
      call.documentId,
    );
    return mail ?? null;
  }

  return {
    /** Where the decision stands: what blocks it, the decision taken, the draft waiting. */
    async state(proposalDocumentId: string): Promise<DecisionState | Refusal> {
      const found = await proposalAndCall(proposalDocumentId);
      if ('refused' in found) return found;
      const { proposal, call } = found;
      const { blocks, minimumReviews } = await readiness(proposalDocumentId, call);
      const decided = isDecidedProposal(proposal.caseStatus);
      return {
        blocks,
        minimumReviews,
        decidedAt: decided && proposal.decidedAt ? String(proposal.decidedAt) : null,
        grantedAmount: amountOrNull(proposal.grantedAmount),
        applicantText: proposal.decisionNote ?? null,
        internalNote: proposal.decisionInternalNote ?? null,
        override: parsed(OverrideSchema, proposal.decisionOverride) ?? null,
        draft: draftView(parsed(DraftSchema, proposal.decisionDraft)),
      };
    },

    /**
     * Approved or rejected: checked and kept as a draft, answered with the applicant's mail as it
     * would be sent. Any other status (received, eligible, in review) is a step of the review, set at once.
     */
    async draft(proposalDocumentId: string, input: DecisionInput, caller: Caller): Promise<DecisionDrafted | ProposalDecided | Refusal> {
      const found = await proposalAndCall(proposalDocumentId);
      if ('refused' in found) return found;
      const { call } = found;
      const { status } = input;
      if (!isDecidedProposal(status)) {
        await strapi.documents(PROPOSAL).update({ documentId: proposalDocumentId, data: { caseStatus: status, decisionDraft: clearedField() } });
        return { documentId: proposalDocumentId, caseStatus: status };
      }
      if (status === 'approved' && (input.grantedAmount === undefined || input.grantedAmount > call.maxPerProject)) {
        return refusal(400, 'review.refused.amount', (locale) => ({ maximum: formatEuro(locale, call.maxPerProject) }), 'grantedAmount');
      }
      const { blocks } = await readiness(proposalDocumentId, call);
      const permit = decisionPermit(blocks, input.overrideReason);
      if (!permit.allowed) return blockedRefusal(permit.blocks, permit.reasonTooShort, call, await readiness(proposalDocumentId, call));
      const draft: Draft = {
        status,
        grantedAmount: status === 'approved' ? (input.grantedAmount ?? null) : null,
        applicantText: input.applicantText ?? null,
        internalNote: input.internalNote ?? null,
        override: permit.overridden.length > 0 ? { blocks: permit.overridden, reason: input.overrideReason?.trim() ?? '' } : null,
        draftedById: caller.id,
        draftedByName: caller.name,
        draftedAt: new Date().toISOString(),
      };
      await strapi.documents(PROPOSAL).update({ documentId: proposalDocumentId, data: { decisionDraft: draft } });
      const current = found.proposal.caseStatus ?? 'received';
      return { documentId: proposalDocumentId, caseStatus: current, draft: draftView(draft)!, preview: await preview(proposalDocumentId, draft, call) };
    },

    /** The applicant's mail for the draft waiting, in the applicant's language; nothing is sent. */
    async preview(proposalDocumentId: string): Promise<MailPreview | Refusal> {
      const found = await proposalAndCall(proposalDocumentId);
      if ('refused' in found) return found;
      const draft = parsed(DraftSchema, found.proposal.decisionDraft);
      if (!draft) return refusal(409, 'review.refused.noDraft');
      return (await preview(proposalDocumentId, draft, found.call)) ?? refusal(404, 'review.refused.noProposal');
    },

    /**
     * Confirms the draft: the proposal takes the decision (an override is recorded with who, when and
     * why), and the applicant's mail is recorded in the outbox in the same transaction, once per draft.
     */
    async confirm(proposalDocumentId: string, caller: Caller): Promise<ProposalDecided | Refusal> {
      return strapi.db.transaction(async () => {
        const found = await proposalAndCall(proposalDocumentId);
        if ('refused' in found) return found;
        const { call } = found;
        const draft = parsed(DraftSchema, found.proposal.decisionDraft);
        if (!draft) return refusal(409, 'review.refused.noDraft');
        const ready = await readiness(proposalDocumentId, call);
        const uncovered = ready.blocks.filter((block) => !draft.override?.blocks.includes(block));
        if (uncovered.length > 0) return blockedRefusal(uncovered, false, call, ready);
        const decidedAt = new Date().toISOString();
        const override: DecisionOverrideRecord | undefined = draft.override
          ? {
              ...draft.override,
              byId: caller.id,
              byName: caller.name,
              at: decidedAt,
              completeReviews: ready.completeReviews,
              minimumReviews: ready.minimumReviews,
              deadline: call.deadline,
            }
          : undefined;
        await strapi.documents(PROPOSAL).update({
          documentId: proposalDocumentId,
          data: {
            caseStatus: draft.status,
            grantedAmount: draft.status === 'approved' && draft.grantedAmount !== null ? draft.grantedAmount : clearedField(),
            decisionNote: draft.applicantText ?? clearedField(),
            decisionInternalNote: draft.internalNote ?? clearedField(),
            decidedAt,
            decisionOverride: override ?? clearedField(),
            decisionDraft: clearedField(),
          },
        });
        // Keyed by the draft: two confirmations of one draft racing each other record one mail.
        await notifyProposalDecision(strapi, proposalDocumentId, draft.draftedAt);
        return { documentId: proposalDocumentId, caseStatus: draft.status };
      });
    },
  };
};

function blockedRefusal(
  blocks: readonly DecisionBlock[],
  reasonTooShort: boolean,
  call: CallWithCriteria,
  { completeReviews, minimumReviews }: { completeReviews: number; minimumReviews: number },
): Refusal {
  const said: Said[] = blocks.map((block) =>
    block === 'before-deadline'
      ? { text: 'review.refused.beforeDeadline', values: (locale) => ({ deadline: formatDateTime(locale, call.deadline) }) }
      : { text: 'review.refused.tooFewReviews', values: { reviews: completeReviews, minimum: minimumReviews } },
  );
  if (reasonTooShort) said.push({ text: 'review.refused.reasonTooShort', values: { min: MIN_OVERRIDE_REASON_LENGTH } });
  return { refused: 409, said, field: 'overrideReason' };
}

function parsed<Schema extends z.ZodType>(schema: Schema, value: unknown): z.output<Schema> | undefined {
  const result = schema.safeParse(value);
  return result.success ? result.data : undefined;
}

function draftView(draft: Draft | undefined): DecisionDraftView | null {
  if (!draft) return null;
  const { status, grantedAmount, applicantText, internalNote, override, draftedByName, draftedAt } = draft;
  return { status, grantedAmount, applicantText, internalNote, override, draftedByName, draftedAt };
}
