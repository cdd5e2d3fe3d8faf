import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import type { StaffContext } from '../http';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Jobs the outbox gave up on (a mail not sent after days of trying): kind, reference label, attempts, error code. */
  async failed(ctx: StaffContext) {
    ctx.body = { results: await getService(strapi, 'figures').failedJobs() };
  },
});
