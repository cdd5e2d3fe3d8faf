/**
 * Scheduled publishing (issue #18): an editor sets the moment a story or a project call goes online
 * and, optionally, the moment it goes offline. Moments are stored as UTC instants; the editor enters
 * them as Brussels wall-clock time (see `brusselsMoment`, which knows summer and winter time).
 * These rules decide what is valid and what is due; the CMS's scheduled job applies them.
 */

export const SCHEDULE_FIELDS = ['publishAt', 'unpublishAt'] as const;
export type ScheduleField = (typeof SCHEDULE_FIELDS)[number];

export const SCHEDULE_PROBLEMS = ['not-a-moment', 'unpublish-not-after-publish'] as const;
export type ScheduleProblem = (typeof SCHEDULE_PROBLEMS)[number];

export interface ScheduleFieldProblem {
  field: ScheduleField;
  problem: ScheduleProblem;
}

/** The two moments as the content holds them: ISO date-times, or nothing when not scheduled. */
export interface PublicationSchedule {
  publishAt?: string | null;
  unpublishAt?: string | null;
}

/** Milliseconds since the epoch, null when empty, undefined when unreadable. */
function instantOf(value: string | null | undefined): number | null | undefined {
  if (value === null || value === undefined || value.trim() === '') return null;
  const time = Date.parse(value);
  return Number.isFinite(time) ? time : undefined;
}

/** Field-level problems of a schedule; empty when it may be saved. */
export function publicationScheduleProblems(schedule: PublicationSchedule): ScheduleFieldProblem[] {
  const problems: ScheduleFieldProblem[] = [];
  const publishAt = instantOf(schedule.publishAt);
  const unpublishAt = instantOf(schedule.unpublishAt);
  if (publishAt === undefined) problems.push({ field: 'publishAt', problem: 'not-a-moment' });
  if (unpublishAt === undefined) problems.push({ field: 'unpublishAt', problem: 'not-a-moment' });
  if (typeof publishAt === 'number' && typeof unpublishAt === 'number' && unpublishAt <= publishAt) {
    problems.push({ field: 'unpublishAt', problem: 'unpublish-not-after-publish' });
  }
  return problems;
}

export type ScheduledAction = 'publish' | 'unpublish';

/**
 * What is due for one document at `now`, given whether it is online: going offline wins once its
 * moment has passed (a publish moment also past does not bring it back); a publish is due from its
 * moment until the unpublish moment. Nothing is due for an unreadable moment.
 */
export function dueScheduledAction(schedule: PublicationSchedule, published: boolean, now: Date): ScheduledAction | undefined {
  const publishAt = instantOf(schedule.publishAt);
  const unpublishAt = instantOf(schedule.unpublishAt);
  const passed = (moment: number | null | undefined): moment is number => typeof moment === 'number' && moment <= now.getTime();
  if (passed(unpublishAt)) return published ? 'unpublish' : undefined;
  if (passed(publishAt) && !published) return 'publish';
  return undefined;
}

/**
 * The moments still ahead of `now` at which the public site must be rebuilt for a document's state to
 * follow its dates (a call opening and closing, a scheduled publish or unpublish), earliest first and
 * without repeats. Unreadable moments are left out.
 */
export function rebuildMomentsAfter(moments: readonly (string | null | undefined)[], now: Date): Date[] {
  const ahead = moments.map(instantOf).filter((moment): moment is number => typeof moment === 'number' && moment > now.getTime());
  return [...new Set(ahead)].sort((a, b) => a - b).map((moment) => new Date(moment));
}
