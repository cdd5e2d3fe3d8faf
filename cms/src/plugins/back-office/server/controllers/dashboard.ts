import type { Core } from '@strapi/strapi';
import { computeFigures, loadFacts } from '../../../../dashboard/figures';
import { text, type StaffContext } from '../http';

const WEEK = 7 * 24 * 3600 * 1000;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The figures over the last `weeks` weeks (12 by default, at most a year), for one municipality or kind of help if asked. */
  async figures(ctx: StaffContext) {
    const weeks = Math.min(52, Math.max(1, Number.parseInt(String(ctx.query.weeks ?? '12'), 10) || 12));
    const today = new Date();
    const filters = { municipality: text(ctx.query.municipality, 40), category: text(ctx.query.category, 40) };
    const facts = await loadFacts(strapi, new Date(today.getTime() - weeks * WEEK), filters);
    ctx.body = computeFigures(facts, today, weeks);
  },
});
