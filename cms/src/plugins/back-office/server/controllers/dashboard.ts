import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { read, type StaffContext } from '../http';
import { DashboardQuery } from '../validation';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** The figures over the last `weeks` weeks (12 by default, at most a year), for one municipality or kind of help if asked. */
  async figures(ctx: StaffContext) {
    const query = read(ctx, DashboardQuery, ctx.query);
    if (query) ctx.body = await getService(strapi, 'figures').dashboard(query);
  },
});
