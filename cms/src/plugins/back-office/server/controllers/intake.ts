import type { Core } from '@strapi/strapi';
import { fieldMessage, fieldMessages, validateIntake } from '@cb/domain/intake';
import { getService } from '../get-service';
import { answerError, conflict, localeOf, problemText, read, readParams, type StaffContext } from '../http';
import { IntakeBody, IntakeParams } from '../validation';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /**
   * Phone and social intake: the same schema and messages as the public form, the same reference
   * numbers, stored with the channel staff name. The person's consent is what staff confirm they
   * asked on the phone (the form's consent box). The caller's language (`locale`) is the one they are
   * written to in; what staff read back (the field messages) is in the staff member's language.
   */
  async register(ctx: StaffContext) {
    const params = readParams(ctx, IntakeParams);
    const body = params && read(ctx, IntakeBody, ctx.request.body);
    if (!params || !body) return;
    const result = validateIntake(params.form, body.values, fieldMessages(localeOf(ctx)));
    if (!result.ok) return answerError(ctx, 422, 'ValidationError', problemText(ctx, 'problem.fields'), result.errors);

    const stored = await getService(strapi, 'cases').register(params.form, result.data, body.locale, body.channel);
    if (stored.outcome === 'key-reused') {
      const message = fieldMessage('key-reused', localeOf(ctx));
      return conflict(ctx, message, { form: message });
    }
    ctx.status = 201;
    ctx.body = { reference: stored.reference };
  },
});
