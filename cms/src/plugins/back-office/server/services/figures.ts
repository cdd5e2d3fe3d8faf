import type { Core } from '@strapi/strapi';
import { computeFigures, loadFacts, lonelinessFigures, outboxOf, unmetDemand } from '../app';
import type { DashboardFigures, FailedOutboxJob } from '../contracts';
import type { DashboardFilters } from '../validation';

const WEEK = 7 * 24 * 3600 * 1000;
/** Loneliness is measured six weeks apart: its figures look back a year, month by month. */
const LONELINESS_MONTHS = 12;

/** What the dashboard counts (about nobody: codes, statuses and dates) and what the outbox gave up on. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The figures over the last `weeks` weeks, for one municipality or kind of help if asked. */
  async dashboard({ weeks, municipality, category }: DashboardFilters, today = new Date()): Promise<DashboardFigures> {
    const filters = { municipality, category };
    const facts = await loadFacts(strapi, new Date(today.getTime() - weeks * WEEK), filters);
    const yearAgo = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - (LONELINESS_MONTHS - 1), 1));
    return {
      ...computeFigures(facts, today, weeks),
      loneliness: await lonelinessFigures(strapi, yearAgo, filters),
      unmetDemand: await unmetDemand(strapi, filters, today),
    };
  },

  /** Jobs the outbox gave up on (a mail not sent after days of trying): kind, reference label, attempts, error code. */
  async failedJobs(): Promise<FailedOutboxJob[]> {
    return outboxOf(strapi).failedJobs();
  },
});
