import type { Core } from '@strapi/strapi';
import { isLocale } from '@cb/domain';
import { fieldMessage, validateIntake, type IntakeForm } from '@cb/domain/intake';
import type { StoredSubmission } from '../../../../api/intake/services/intake';
import { badRequest, bodyOf, type StaffContext } from '../http';

/** What staff can register for a caller or from a social-media message. */
const STAFF_FORMS: Record<string, IntakeForm> = { 'help-request': 'help-request', 'help-offer': 'help-offer' };
const STAFF_CHANNELS = ['phone', 'social'] as const;

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Phone and social intake: the same schema and messages as the public form, the same reference
   * numbers, stored with the channel staff name. The person's consent is what staff confirm they
   * asked on the phone (the form's consent box).
   */
  async register(ctx: StaffContext) {
    const form = STAFF_FORMS[ctx.params.form ?? ''];
    if (!form) return badRequest(ctx, 'Staff register help requests and help offers');
    const body = bodyOf(ctx);
    const channel = STAFF_CHANNELS.find((candidate) => candidate === body.channel);
    if (!channel) return badRequest(ctx, 'Say how the person reached us', { channel: 'phone or social' });
    const locale = isLocale(body.locale) ? body.locale : 'nl';

    const result = validateIntake(form, body.values, locale);
    if (!result.ok) {
      ctx.status = 422;
      ctx.body = { error: { status: 422, name: 'ValidationError', message: 'Some fields need another look', fields: result.errors } };
      return;
    }
    const stored = (await strapi.service('api::intake.intake').store(form, result.data, locale, undefined, { channel })) as StoredSubmission;
    if (stored.outcome === 'key-reused') {
      const message = fieldMessage('key-reused', locale);
      ctx.status = 409;
      ctx.body = { error: { status: 409, name: 'ConflictError', message, fields: { form: message } } };
      return;
    }
    ctx.status = 201;
    ctx.body = { reference: stored.reference };
  },
});
