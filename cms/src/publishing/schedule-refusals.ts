import type { Core } from '@strapi/strapi';
import { isLocale, isValueRule, type Locale } from '@cb/domain';
import type { ScheduleRefusal, ScheduleRefusalProblem, ScheduleRefusalReason } from '../editing/contracts';
import { publicTypeInfo, publicTypeOfUid } from '../editing/public-types';
import type { Knex } from '../outbox/table';
import { isRecord, momentText, type ScheduledType } from './schedule-rules';

/**
 * A scheduled publish the content rules refused (a required field left empty, an image without its
 * alternative text, a value the site cannot use): kept per document and language so editors are told
 * in the admin (the missing-work widget), with the field and why. A refusal stands while that
 * language is unpublished and the publish moment is the one refused: once an editor publishes it or
 * chooses another moment, it is no longer shown. A plain table like the outbox's, created at every start.
 */
export const SCHEDULE_REFUSALS_TABLE = 'cb_schedule_refusals';

const PROBLEMS_KEPT = 20;

export async function ensureScheduleRefusalsTable(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable(SCHEDULE_REFUSALS_TABLE)) return;
  try {
    await knex.schema.createTable(SCHEDULE_REFUSALS_TABLE, (table) => {
      table.increments('id');
      table.string('type', 80).notNullable();
      table.string('document_id', 64).notNullable();
      table.string('locale', 8).notNullable();
      // The publish moment refused, as milliseconds since the epoch (as in cb_scheduled_publications).
      table.bigInteger('moment').notNullable();
      table.bigInteger('refused_at').notNullable();
      // The fields and why, as JSON (ScheduleRefusalProblem[]); never a value.
      table.text('problems').notNullable();
      table.unique(['type', 'document_id', 'locale'], { indexName: `${SCHEDULE_REFUSALS_TABLE}_unique` });
    });
  } catch (error) {
    // Another replica created it first.
    if (!(await knex.schema.hasTable(SCHEDULE_REFUSALS_TABLE))) throw error;
  }
}

export interface RefusedPublish {
  uid: ScheduledType;
  documentId: string;
  locale: string;
  moment: number;
  error: unknown;
}

/** Keeps what a refused scheduled publish was refused for (the latest refusal of a document's language replaces the one before). */
export async function recordScheduleRefusal(strapi: Core.Strapi, refused: RefusedPublish): Promise<void> {
  const row = {
    type: refused.uid,
    document_id: refused.documentId,
    locale: refused.locale,
    moment: refused.moment,
    refused_at: Date.now(),
    problems: JSON.stringify(refusalProblemsOf(strapi, refused.uid, refused.error)),
  };
  await strapi.db.connection(SCHEDULE_REFUSALS_TABLE).insert(row).onConflict(['type', 'document_id', 'locale']).merge();
}

interface FieldError {
  path: string[];
  message: string;
  /** The content rule's code (publishing/content-rules.ts); Strapi's own refusals have none. */
  rule?: unknown;
}

/** The fields a validation error names, and why, as codes the widget words in the editor's language. */
export function refusalProblemsOf(strapi: Core.Strapi, uid: ScheduledType, error: unknown): ScheduleRefusalProblem[] {
  const type = publicTypeOfUid(uid);
  const altFields = new Set(type ? publicTypeInfo(strapi, type).images.map(({ alt }) => alt) : []);
  const problems = fieldErrorsOf(error).map((problem): ScheduleRefusalProblem => {
    const field = problem.path[0] ?? '';
    return { field, path: problem.path.join('.'), reason: altFields.has(field) ? 'alt-missing' : reasonOf(problem) };
  });
  return problems.slice(0, PROBLEMS_KEPT);
}

function reasonOf({ rule, message }: FieldError): ScheduleRefusalReason {
  if (isValueRule(rule)) return rule;
  // Strapi's own validation of a draft being published: an empty required field is undefined or null.
  if (/must be defined|required|final value was: `(null|undefined)`/i.test(message)) return 'required';
  return 'other';
}

function fieldErrorsOf(error: unknown): FieldError[] {
  if (!isRecord(error) || !isRecord(error.details) || !Array.isArray(error.details.errors)) return [];
  return error.details.errors.filter(isRecord).map((problem) => ({
    path: Array.isArray(problem.path) ? problem.path.map(String) : [],
    message: typeof problem.message === 'string' ? problem.message : '',
    rule: problem.rule,
  }));
}

interface RefusalRow {
  type: string;
  document_id: string;
  locale: string;
  moment: unknown;
  refused_at: unknown;
  problems: string;
}

function isRefusalRow(row: unknown): row is RefusalRow {
  return (
    isRecord(row) && typeof row.type === 'string' && typeof row.document_id === 'string' && typeof row.locale === 'string' && typeof row.problems === 'string'
  );
}

/** The refusals still standing: the language is still unpublished and the draft's publish moment is still the one refused. */
export async function standingScheduleRefusals(strapi: Core.Strapi): Promise<ScheduleRefusal[]> {
  const rows: unknown[] = await strapi.db.connection(SCHEDULE_REFUSALS_TABLE).select('*').orderBy('refused_at', 'desc');
  const standing: ScheduleRefusal[] = [];
  for (const row of rows.filter(isRefusalRow)) {
    const refusal = await refusalIfStanding(strapi, row);
    if (refusal) standing.push(refusal);
  }
  return standing;
}

async function refusalIfStanding(strapi: Core.Strapi, row: RefusalRow): Promise<ScheduleRefusal | undefined> {
  const type = publicTypeOfUid(row.type);
  if (!type || !isLocale(row.locale)) return undefined;
  const info = publicTypeInfo(strapi, type);
  const select = ['locale', 'publishedAt', 'publishAt', ...(info.titleField ? [info.titleField] : [])];
  const versions: unknown[] = await strapi.db.query(info.uid).findMany({ select, where: { documentId: row.document_id } });
  const locale: Locale = row.locale;
  const ofLocale = versions.filter(isRecord).filter((version) => version.locale === locale);
  const draft = ofLocale.find((version) => version.publishedAt === null || version.publishedAt === undefined);
  const published = ofLocale.some((version) => version.publishedAt !== null && version.publishedAt !== undefined);
  const moment = Number(row.moment);
  const draftMoment = draft ? Date.parse(momentText(draft.publishAt) ?? '') : Number.NaN;
  if (!draft || published || draftMoment !== moment) return undefined;
  const title = info.titleField ? draft[info.titleField] : undefined;
  return {
    type,
    uid: info.uid,
    kind: info.kind,
    documentId: row.document_id,
    title: typeof title === 'string' && title.trim() !== '' ? title : null,
    locale,
    moment: new Date(moment).toISOString(),
    problems: parsedProblems(row.problems),
  };
}

function parsedProblems(text: string): ScheduleRefusalProblem[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.filter(isRecord).flatMap((problem) => {
    if (typeof problem.field !== 'string') return [];
    return [{ field: problem.field, path: String(problem.path ?? problem.field), reason: storedReason(problem.reason) }];
  });
}

/** A reason as stored; refusals stored before reasons were rule codes said 'rule' (with the rule's English). */
function storedReason(reason: unknown): ScheduleRefusalReason {
  return reason === 'alt-missing' || isValueRule(reason) ? reason : 'other';
}
