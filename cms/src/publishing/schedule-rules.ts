import type { Core, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { publicationScheduleProblems, SCHEDULE_FIELDS, type PublicationSchedule, type ScheduleFieldProblem } from '@cb/domain';
import { staffText } from '../staff-texts';
import { fieldLabelOf } from '../editing/field-label';
import { currentStaffLocale } from '../editing/staff-locale';

/** The content types an editor can schedule (issue #18): their publishAt/unpublishAt fields. */
export const SCHEDULED_TYPES = ['api::story.story', 'api::project-call.project-call'] as const satisfies readonly UID.ContentType[];
export type ScheduledType = (typeof SCHEDULED_TYPES)[number];

export function isScheduledType(uid: string): uid is ScheduledType {
  return SCHEDULED_TYPES.some((type) => type === uid);
}

const SAVING_ACTIONS = new Set(['create', 'update', 'clone']);

/**
 * An editor cannot save a schedule the job could not follow: a moment that is not one, or an
 * unpublish moment not after the publish moment. The values sent are judged over the draft's (an
 * update may change one of the two); the refusal names the field, in the staff member's language.
 */
export function refuseInvalidSchedules(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (!isScheduledType(context.uid) || !SAVING_ACTIONS.has(context.action)) return next();
    const params = context.params as { data?: Record<string, unknown>; documentId?: string };
    const sent = params.data ?? {};
    if (!SCHEDULE_FIELDS.some((field) => field in sent)) return next();
    const stored = params.documentId ? await storedSchedule(strapi, context.uid, params.documentId) : {};
    const problems = publicationScheduleProblems({ ...stored, ...scheduleOf(sent) });
    if (problems.length > 0) {
      const locale = currentStaffLocale(strapi);
      const errorsOf = problems.map((problem) => ({
        path: [problem.field],
        message: messageOf(context.uid, problem, locale),
        name: 'ValidationError' as const,
      }));
      throw new errors.ValidationError(errorsOf.map((problem) => problem.message).join(' '), { errors: errorsOf });
    }
    return next();
  });
}

function messageOf(uid: string, { field, problem }: ScheduleFieldProblem, locale: ReturnType<typeof currentStaffLocale>): string {
  const label = fieldLabelOf(uid, field, locale);
  if (problem === 'not-a-moment') return staffText(locale, 'editing.refused.scheduleNotAMoment', { field: label });
  return staffText(locale, 'editing.refused.unpublishNotAfterPublish', { field: label, publishField: fieldLabelOf(uid, 'publishAt', locale) });
}

/** The schedule of a document's draft (the two fields are shared by its languages). */
export async function storedSchedule(strapi: Core.Strapi, uid: ScheduledType, documentId: string): Promise<PublicationSchedule> {
  const draft: unknown = await strapi.db.query(uid).findOne({ select: [...SCHEDULE_FIELDS], where: { documentId, publishedAt: { $null: true } } });
  return isRecord(draft) ? scheduleOf(draft) : {};
}

/** The schedule fields among some values, as ISO text (the database and callers may hand over dates or numbers). */
export function scheduleOf(values: Record<string, unknown>): PublicationSchedule {
  const schedule: PublicationSchedule = {};
  for (const field of SCHEDULE_FIELDS) if (field in values) schedule[field] = momentText(values[field]);
  return schedule;
}

/** A moment as ISO text; null when empty, text rebuildMomentsAfter and the schedule rules read as no moment when unreadable. */
export function momentText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  const moment = value instanceof Date ? value : typeof value === 'number' ? new Date(value) : undefined;
  return moment && Number.isFinite(moment.getTime()) ? moment.toISOString() : 'not a moment';
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
