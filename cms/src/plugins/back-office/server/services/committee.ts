import type { Core } from '@strapi/strapi';
import { spreadEvenly, type Locale } from '@cb/domain';
import { COMMITTEE_ROLE_CODES, configOf } from '../app';
import type { CommitteeMember, Created, MyReviews, Spread } from '../contracts';
import {
  PROPOSAL,
  REVIEW,
  callWithCriteria,
  committeeRecords,
  completeScore,
  isOnProposal,
  nameOf,
  refusal,
  type Caller,
  type CommitteeRecord,
  type Refusal,
} from './proposal-records';

/**
 * The review committee of a call: who may be on it (project-call reviewers and back-office staff),
 * which proposals each reviews (assigned by hand or spread evenly), and each reviewer's own list
 * ("mine to review") with what is left.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  async function members(): Promise<{ id: number; name: string }[]> {
    const users: { id: number; firstname?: string | null; lastname?: string | null; email?: string | null }[] = await strapi.db.query('admin::user').findMany({
      where: { isActive: true, roles: { code: { $in: [...COMMITTEE_ROLE_CODES] } } },
      select: ['id', 'firstname', 'lastname', 'email'],
      orderBy: { id: 'asc' },
    });
    return users.map((user) => ({ id: user.id, name: nameOf(user) }));
  }

  async function proposalsOfCall(callDocumentId: string): Promise<string[]> {
    const proposals = await strapi.documents(PROPOSAL).findMany({
      filters: { projectCallDocumentId: { $eq: callDocumentId } },
      fields: ['reference'],
      sort: { createdAt: 'asc' },
    });
    return proposals.map((proposal) => proposal.documentId);
  }

  async function assign(
    proposalDocumentId: string,
    reviewer: { id: number; name: string },
    by: Caller,
    existing: CommitteeRecord | undefined,
  ): Promise<string> {
    const data = { assignedAt: new Date().toISOString(), assignedByName: by.name };
    if (existing) return (await strapi.documents(REVIEW).update({ documentId: existing.documentId, data }))?.documentId ?? '';
    const created = await strapi
      .documents(REVIEW)
      .create({ data: { ...data, proposal: proposalDocumentId, reviewerId: reviewer.id, reviewerName: reviewer.name } });
    return created.documentId;
  }

  return {
    /** Who may review, with what each has of this call. */
    async members(callDocumentId: string, locale: Locale): Promise<CommitteeMember[] | Refusal> {
      const call = await callWithCriteria(strapi, callDocumentId, locale);
      if (!call) return refusal(404, 'review.refused.noCall');
      const records = await committeeRecords(strapi, await proposalsOfCall(callDocumentId));
      return (await members()).map((member) => {
        const own = records.filter((record) => record.reviewerId === member.id);
        return {
          ...member,
          assigned: own.filter(isOnProposal).length,
          reviewed: own.filter((record) => completeScore(call.criteria, record) !== undefined).length,
          conflicts: own.filter((record) => record.conflictDeclaredAt).length,
        };
      });
    },

    /** Assigns one proposal to one committee member, by hand; assigning again changes nothing. */
    async assign(proposalDocumentId: string, reviewerId: number, by: Caller): Promise<(Created & { created: boolean }) | Refusal> {
      const proposal = await strapi.documents(PROPOSAL).findOne({ documentId: proposalDocumentId, fields: ['reference'] });
      if (!proposal) return refusal(404, 'review.refused.noProposal');
      const reviewer = (await members()).find((member) => member.id === reviewerId);
      if (!reviewer) return refusal(400, 'review.refused.notReviewer', undefined, 'reviewerId');
      const existing = (await committeeRecords(strapi, [proposalDocumentId])).find((record) => record.reviewerId === reviewerId);
      if (existing?.conflictDeclaredAt) return refusal(409, 'review.refused.reviewerHasConflict', undefined, 'reviewerId');
      if (existing?.assignedAt) return { documentId: existing.documentId, created: false };
      return { documentId: await assign(proposalDocumentId, reviewer, by, existing), created: true };
    },

    /** Takes an assignment back, as long as the reviewer has not scored (a given review stays on record). */
    async unassign(proposalDocumentId: string, reviewerId: number): Promise<{ removed: boolean } | Refusal> {
      const existing = (await committeeRecords(strapi, [proposalDocumentId])).find((record) => record.reviewerId === reviewerId);
      if (!existing?.assignedAt) return { removed: false };
      if (existing.reviewedAt || existing.conflictDeclaredAt) return refusal(409, 'review.refused.alreadyScored', undefined, 'reviewerId');
      await strapi.documents(REVIEW).delete({ documentId: existing.documentId });
      return { removed: true };
    },

    /**
     * Gives every proposal of the call `perProposal` reviewers (the minimum of reviews by default),
     * the least busy member first, never one with a conflict on it.
     */
    async spread(
      callDocumentId: string,
      by: Caller,
      options: { perProposal?: number | undefined; reviewerIds?: number[] | undefined },
    ): Promise<Spread | Refusal> {
      const call = await callWithCriteria(strapi, callDocumentId, by.locale);
      if (!call) return refusal(404, 'review.refused.noCall');
      const committee = await members();
      const chosen = options.reviewerIds ? committee.filter((member) => options.reviewerIds?.includes(member.id)) : committee;
      if (options.reviewerIds && chosen.length !== new Set(options.reviewerIds).size)
        return refusal(400, 'review.refused.notReviewer', undefined, 'reviewerIds');
      const perProposal = options.perProposal ?? configOf(strapi).minimumReviews;
      const proposalIds = await proposalsOfCall(callDocumentId);
      const records = await committeeRecords(strapi, proposalIds);
      const onProposal = (id: string) => records.filter((record) => record.proposalDocumentId === id);
      const toAssign = proposalIds.map((id) => ({
        id,
        assigned: onProposal(id)
          .filter((record) => isOnProposal(record) && !record.conflictDeclaredAt)
          .map((record) => record.reviewerId),
        conflicts: onProposal(id)
          .filter((record) => record.conflictDeclaredAt)
          .map((record) => record.reviewerId),
      }));
      const added = spreadEvenly(
        toAssign,
        chosen.map((member) => member.id),
        perProposal,
      );
      for (const { proposal, reviewer } of added) {
        const member = chosen.find((candidate) => candidate.id === reviewer);
        const existing = onProposal(proposal).find((record) => record.reviewerId === reviewer);
        if (member) await assign(proposal, member, by, existing);
      }
      const countOf = (id: string) => toAssign.find((proposal) => proposal.id === id)?.assigned.length ?? 0;
      const short = proposalIds.filter((id) => countOf(id) + added.filter((assignment) => assignment.proposal === id).length < perProposal).length;
      return { added: added.length, short };
    },

    /** "Mine to review": every proposal the caller is on, in every call, with what is left. */
    async mine(caller: Caller): Promise<MyReviews> {
      const rows = await strapi.documents(REVIEW).findMany({
        filters: { reviewerId: { $eq: caller.id } },
        fields: ['documentId'],
        populate: { proposal: { fields: ['documentId'] } },
      });
      const proposalIds = rows.flatMap((row) => (row.proposal?.documentId ? [row.proposal.documentId] : []));
      const records = (await committeeRecords(strapi, proposalIds)).filter((record) => record.reviewerId === caller.id && isOnProposal(record));
      const proposals = await strapi.documents(PROPOSAL).findMany({
        filters: { documentId: { $in: records.map((record) => record.proposalDocumentId) } },
        fields: ['reference', 'projectTitle', 'projectCallDocumentId', 'createdAt'],
        sort: { createdAt: 'asc' },
      });
      const calls = new Map<string, Awaited<ReturnType<typeof callWithCriteria>>>();
      for (const callId of new Set(proposals.map((proposal) => proposal.projectCallDocumentId ?? '')))
        calls.set(callId, await callWithCriteria(strapi, callId, caller.locale));
      const results = proposals.flatMap((proposal) => {
        const record = records.find((candidate) => candidate.proposalDocumentId === proposal.documentId);
        const call = calls.get(proposal.projectCallDocumentId ?? '');
        if (!record || !call) return [];
        const state = record.conflictDeclaredAt ? 'conflict' : completeScore(call.criteria, record) === undefined ? 'to-review' : 'reviewed';
        return [
          {
            documentId: proposal.documentId,
            reference: proposal.reference ?? '',
            projectTitle: proposal.projectTitle ?? '',
            callDocumentId: call.documentId,
            callTitle: call.title,
            deadline: call.deadline,
            state,
          } as const,
        ];
      });
      const count = (state: string) => results.filter((result) => result.state === state).length;
      return {
        decides: caller.decides,
        minimumReviews: configOf(strapi).minimumReviews,
        assigned: results.length,
        reviewed: count('reviewed'),
        conflicts: count('conflict'),
        left: count('to-review'),
        results,
      };
    },
  };
};
