import type { Core } from '@strapi/strapi';
import { getService } from '../get-service';
import { read, type StaffContext } from '../http';
import { PersonBody } from '../validation';

/** A person's right of access and right to be forgotten, handled by staff on their request. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async export(ctx: StaffContext) {
    const person = read(ctx, PersonBody, ctx.request.body);
    if (!person) return;
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await getService(strapi, 'people').export(person);
  },

  async erase(ctx: StaffContext) {
    const person = read(ctx, PersonBody, ctx.request.body);
    if (person) ctx.body = await getService(strapi, 'people').erase(person, ctx.state.user?.id);
  },
});
