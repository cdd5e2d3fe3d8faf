import type { Core } from '@strapi/strapi';
import { computeFigures, loadFacts, outboxOf } from '../app';
import type { DashboardFigures, FailedOutboxJob } from '../contracts';
import type { DashboardFilters } from '../validation';

const WEEK = 7 * 24 * 3600 * 1000;

/** What the dashboard counts (about nobody: codes, statuses and dates) and what the outbox gave up on. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The figures over the last `weeks` weeks, for one municipality or kind of help if asked. */
  async dashboard({ weeks, municipality, category }: DashboardFilters, today = new Date()): Promise<DashboardFigures> {
    const facts = await loadFacts(strapi, new Date(today.getTime() - weeks * WEEK), { municipality, category });
    return computeFigures(facts, today, weeks);
  },

  /** Jobs the outbox gave up on (a mail not sent after days of trying): kind, reference label, attempts, error code. */
  async failedJobs(): Promise<FailedOutboxJob[]> {
    return outboxOf(strapi).failedJobs();
  },
});
