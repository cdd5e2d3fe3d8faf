import type { Core } from '@strapi/strapi';
import { erasePersonalData, exportPersonalData, type PersonLookup } from '../../../../privacy/subject-requests';
import { badRequest, bodyOf, text, type StaffContext } from '../http';

/** A person's right of access and right to be forgotten, handled by staff on their request. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async export(ctx: StaffContext) {
    const person = lookupOf(ctx);
    if (!person) return badRequest(ctx, 'Give an email address or a phone number', { email: 'Required without a phone number' });
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await exportPersonalData(strapi, person);
  },

  async erase(ctx: StaffContext) {
    const person = lookupOf(ctx);
    if (!person) return badRequest(ctx, 'Give an email address or a phone number', { email: 'Required without a phone number' });
    const erased = await erasePersonalData(strapi, person);
    strapi.log.info(`Erased personal data on request by admin ${ctx.state.user?.id ?? '?'}: ${JSON.stringify(erased)}`);
    ctx.body = erased;
  },
});

function lookupOf(ctx: StaffContext): PersonLookup | undefined {
  const body = bodyOf(ctx);
  const email = text(body.email, 200);
  const phone = text(body.phone, 40);
  return email || phone ? { email, phone } : undefined;
}
