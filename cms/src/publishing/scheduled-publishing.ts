import type { Core } from '@strapi/strapi';
import { dueScheduledAction, type PublicationSchedule, type ScheduledAction } from '@cb/domain';
import { errorCode } from '../outbox/outbox';
import type { Knex } from '../outbox/table';
import type { RunReport, ScheduleRunner } from '../schedule';
import { isRecord, scheduleOf, SCHEDULED_TYPES, type ScheduledType } from './schedule-rules';
import { ensureScheduleRefusalsTable, recordScheduleRefusal } from './schedule-refusals';

export const SCHEDULED_PUBLISHING_JOB = 'scheduled-publishing';

/**
 * One row per schedule moment acted on: (type, document, action, moment). A moment is followed once:
 * a story an editor takes offline by hand after its publish moment stays offline, and a moment an
 * editor changes is a new one. A plain table like the outbox's, created at every start.
 */
export const SCHEDULED_PUBLICATIONS_TABLE = 'cb_scheduled_publications';

async function ensureScheduledPublicationsTable(knex: Knex): Promise<void> {
  if (await knex.schema.hasTable(SCHEDULED_PUBLICATIONS_TABLE)) return;
  try {
    await knex.schema.createTable(SCHEDULED_PUBLICATIONS_TABLE, (table) => {
      table.increments('id');
      table.string('type', 80).notNullable();
      table.string('document_id', 64).notNullable();
      table.string('action', 16).notNullable();
      // The moment as milliseconds since the epoch, as in the outbox.
      table.bigInteger('moment').notNullable();
      table.unique(['type', 'document_id', 'action', 'moment'], { indexName: `${SCHEDULED_PUBLICATIONS_TABLE}_unique` });
      table.bigInteger('done_at').notNullable();
      // How many languages were changed and refused (a refusal is the site's rules, e.g. a missing alternative text).
      table.integer('changed').notNullable();
      table.integer('refused').notNullable();
    });
  } catch (error) {
    // Another replica created it first.
    if (!(await knex.schema.hasTable(SCHEDULED_PUBLICATIONS_TABLE))) throw error;
  }
}

/** Every minute, once across replicas (the schedule runner's slot), the due moments are followed. */
export async function scheduleScheduledPublishing(strapi: Core.Strapi, schedule: ScheduleRunner): Promise<void> {
  await ensureScheduledPublicationsTable(strapi.db.connection);
  await ensureScheduleRefusalsTable(strapi.db.connection);
  schedule.define({ name: SCHEDULED_PUBLISHING_JOB, rule: '* * * * *', run: (slotAt) => followDueSchedules(strapi, slotAt) });
}

interface ScheduledDocument {
  documentId: string;
  schedule: PublicationSchedule;
  /** Languages with a draft, and those with a published version. */
  drafts: string[];
  published: Set<string>;
}

/**
 * Publishes or unpublishes, per language, the stories and project calls whose moment has passed at
 * `now`, through the document service (so the site rebuild and the search follow as for an editor's
 * click). The schedule itself is left as the editor wrote it.
 */
export async function followDueSchedules(strapi: Core.Strapi, now: Date): Promise<RunReport> {
  const counts = { published: 0, unpublished: 0, refused: 0 };
  for (const uid of SCHEDULED_TYPES) {
    for (const document of await scheduledDocuments(strapi, uid)) {
      for (const action of ['unpublish', 'publish'] as const) {
        const moment = momentOf(document.schedule, action, now);
        if (moment === undefined || (await followed(strapi, uid, document.documentId, action, moment))) continue;
        const locales = document.drafts.filter((locale) => dueScheduledAction(document.schedule, document.published.has(locale), now) === action);
        const outcome = await apply(strapi, { uid, documentId: document.documentId, action, moment }, locales);
        counts[action === 'publish' ? 'published' : 'unpublished'] += outcome.changed;
        counts.refused += outcome.refused;
        await strapi.db
          .connection(SCHEDULED_PUBLICATIONS_TABLE)
          .insert({ type: uid, document_id: document.documentId, action, moment, done_at: Date.now(), ...outcome })
          .onConflict(['type', 'document_id', 'action', 'moment'])
          .ignore();
      }
    }
  }
  return counts;
}

/** The action's moment when it has passed at `now` (a publish moment only while the unpublish moment has not). */
function momentOf(schedule: PublicationSchedule, action: ScheduledAction, now: Date): number | undefined {
  const time = (value: string | null | undefined) => (value ? Date.parse(value) : Number.NaN);
  const publishAt = time(schedule.publishAt);
  const unpublishAt = time(schedule.unpublishAt);
  const passed = (moment: number) => Number.isFinite(moment) && moment <= now.getTime();
  if (action === 'unpublish') return passed(unpublishAt) ? unpublishAt : undefined;
  return passed(publishAt) && !passed(unpublishAt) ? publishAt : undefined;
}

async function followed(strapi: Core.Strapi, type: ScheduledType, documentId: string, action: ScheduledAction, moment: number): Promise<boolean> {
  const row: unknown = await strapi.db.connection(SCHEDULED_PUBLICATIONS_TABLE).where({ type, document_id: documentId, action, moment }).first('id');
  return row !== undefined;
}

interface DueMoment {
  uid: ScheduledType;
  documentId: string;
  action: ScheduledAction;
  moment: number;
}

async function apply(strapi: Core.Strapi, { uid, documentId, action, moment }: DueMoment, locales: string[]): Promise<{ changed: number; refused: number }> {
  let changed = 0;
  let refused = 0;
  for (const locale of locales) {
    try {
      if (action === 'publish') await strapi.documents(uid).publish({ documentId, locale });
      else await strapi.documents(uid).unpublish({ documentId, locale });
      changed += 1;
    } catch (error) {
      refused += 1;
      const byTheRules = error instanceof Error && error.name === 'ValidationError';
      const reason = byTheRules ? 'refused by the content rules' : errorCode(error);
      // Editors are told in the admin (the missing-work widget), with the field and why.
      if (byTheRules && action === 'publish') await recordScheduleRefusal(strapi, { uid, documentId, locale, moment, error });
      strapi.log.warn(`Scheduled ${action} of ${uid} ${documentId} in ${locale} not done (${reason}); an editor can do it by hand.`);
    }
  }
  return { changed, refused };
}

/** Every document of the type with a schedule: its languages' drafts and published versions. */
async function scheduledDocuments(strapi: Core.Strapi, uid: ScheduledType): Promise<ScheduledDocument[]> {
  const rows: unknown[] = await strapi.db.query(uid).findMany({
    select: ['documentId', 'locale', 'publishedAt', 'publishAt', 'unpublishAt'],
    where: { $or: [{ publishAt: { $notNull: true } }, { unpublishAt: { $notNull: true } }] },
  });
  const documents = new Map<string, ScheduledDocument>();
  for (const row of rows.filter(isRecord)) {
    const documentId = String(row.documentId);
    const locale = String(row.locale);
    const document = documents.get(documentId) ?? { documentId, schedule: {}, drafts: [], published: new Set<string>() };
    if (row.publishedAt === null || row.publishedAt === undefined) {
      document.drafts.push(locale);
      // The draft holds what the editor wrote last.
      document.schedule = scheduleOf(row);
    } else document.published.add(locale);
    documents.set(documentId, document);
  }
  return [...documents.values()];
}
