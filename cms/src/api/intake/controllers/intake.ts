import type { Core } from '@strapi/strapi';
import { isLocale, type Locale } from '@cb/domain';
import { validateIntake, type IntakeForm } from '@cb/domain/intake';

const PUBLIC_FORMS: readonly IntakeForm[] = ['help-request', 'help-offer', 'story-submission'];
const FORM_BY_PATH: Record<string, IntakeForm> = {
  'help-requests': 'help-request',
  'help-offers': 'help-offer',
  'story-submissions': 'story-submission',
};

interface IntakeContext {
  params: { form?: string };
  query: Record<string, unknown>;
  request: { body?: unknown; headers: Record<string, string | string[] | undefined> };
  status: number;
  body: unknown;
}

/**
 * POST /api/intake/help-requests (…/help-offers, …/story-submissions) with JSON.
 * 201 with the reference; 200 with the same reference for a retry; 422 with a message per field,
 * in the form's language, and nothing stored. The project call's form comes with attachments (#5).
 */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async submit(ctx: IntakeContext) {
    const form = FORM_BY_PATH[ctx.params.form ?? ''];
    if (!form || !PUBLIC_FORMS.includes(form)) {
      ctx.status = 404;
      ctx.body = { error: { status: 404, name: 'NotFoundError', message: 'No such form' } };
      return;
    }
    const body = isRecord(ctx.request.body) ? ctx.request.body : {};
    const locale: Locale = isLocale(body.locale) ? body.locale : isLocale(ctx.query.locale) ? ctx.query.locale : 'nl';

    // The honeypot: a field people never see. A bot that fills it is answered like anyone else.
    if (typeof body.website === 'string' && body.website.trim() !== '') {
      ctx.status = 201;
      ctx.body = { reference: 'CB-THANKS' };
      return;
    }

    const result = validateIntake(form, body, locale);
    if (!result.ok) {
      ctx.status = 422;
      ctx.body = { error: { status: 422, name: 'ValidationError', message: 'Some fields need another look', fields: result.errors } };
      return;
    }
    const stored = await strapi.service('api::intake.intake').store(form, result.data, locale, idempotencyKeyOf(ctx, body));
    ctx.status = stored.created ? 201 : 200;
    ctx.body = { reference: stored.reference };
  },
});

function idempotencyKeyOf(ctx: IntakeContext, body: Record<string, unknown>): string | undefined {
  const header = ctx.request.headers['idempotency-key'];
  const key = (Array.isArray(header) ? header[0] : header) ?? body.idempotencyKey;
  return typeof key === 'string' && /^[A-Za-z0-9_-]{8,100}$/.test(key) ? `client-${key}` : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
