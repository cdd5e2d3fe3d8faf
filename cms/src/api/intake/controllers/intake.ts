import type { Core } from '@strapi/strapi';
import { errors as strapiErrors } from '@strapi/utils';
import type { Locale } from '@cb/domain';
import {
  FORM_LAYOUTS,
  fieldMessage,
  fieldMessages,
  filesFieldOf,
  formOfPath,
  fromPostedFields,
  validateIntake,
  type IntakeForm,
  type PostedFields,
  type ProposalLimits,
} from '@cb/domain/intake';
import { uploadedFilesOf, type UploadedFile } from '../attachments/uploads';
import { attemptPage, type HintParams } from '../pages/attempt-page';
import { expiredAttemptPage, refusedPostPage, thankYouPage } from '../pages/outcome-pages';
import { refreshPageShell } from '../pages/site-shell';
import { configOf } from '../../../config';
import { answersWithPages, refuse, refuseFields, seeOther, sendPage, type IntakeContext } from '../request/answers';
import { formFieldsOf, type Attempt, type AttemptStore } from '../request/attempts';
import { INTAKE_LIMITS, UPLOAD_LIMIT_PARAMS } from '../request/limits';
import { requestLocale, submissionLocale } from '../request/locale';
import { flatPostedFields } from '../request/posted-fields';
import { intakeOpenApi } from '../request/openapi';
import { intakeService } from '../intake-services';

/** Checks a form's files by their bytes and keeps them in private storage, or lets them go again. */
interface FilesService {
  check(
    data: unknown,
    files: readonly UploadedFile[],
    locale: Locale,
  ): Promise<{ ok: true; data: Record<string, unknown> } | { ok: false; errors: Record<string, string> }>;
  discard(data: Record<string, unknown>): Promise<void>;
}

interface ProposalService extends FilesService {
  limitsFor(projectCallDocumentId: unknown): Promise<ProposalLimits | undefined>;
}

/** The forms that take files (see UPLOAD_RULES), each with the service that checks them. */
const FILES_SERVICES: Partial<Record<IntakeForm, 'api::intake.project-proposals' | 'api::intake.story-photos'>> = {
  'project-proposal': 'api::intake.project-proposals',
  'story-submission': 'api::intake.story-photos',
};

/** What one post carries, read the same way whether it came as JSON or as a form. */
interface Submission {
  form: IntakeForm;
  locale: Locale;
  values: Record<string, unknown>;
  /** The fields as posted by a browser, kept to show the form again; absent for JSON. */
  posted?: PostedFields;
  attachments: UploadedFile[];
  honeypot: boolean;
  idempotencyKey: string | undefined;
}

/**
 * POST /api/intake/<help-requests|help-offers|story-submissions|project-proposals> as JSON (the
 * island) or as a plain form post (no JavaScript). JSON: 201 with the reference, 200 with the same
 * reference for a retry, 422 with a message per field. A form post: 303 to the thank-you page, or
 * 303 to the form again with the messages and the typed values kept on the server (or, when the
 * store of those is full, the form again in the answer itself, 422).
 * Rate limit, body limits and unreadable bodies are answered before this by the intake door.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const attempts = (): AttemptStore => intakeService(strapi, 'api::intake.attempts');
  const proposals = (): ProposalService => intakeService(strapi, 'api::intake.project-proposals');
  const intake = () => intakeService(strapi, 'api::intake.intake');
  const filesServiceOf = (form: IntakeForm): FilesService | undefined => {
    const uid = FILES_SERVICES[form];
    return uid ? intakeService(strapi, uid) : undefined;
  };

  async function submit(ctx: IntakeContext): Promise<void> {
    const requested = requestLocale(ctx);
    const form = formOfPath(ctx.params.form ?? '');
    if (!form) return refuse(ctx, undefined, requested, { status: 404, problem: 'unknown-form' });
    const submission = readSubmission(ctx, form, requested);
    if (!submission) return refuse(ctx, form, requested, { status: 422, problem: 'unreadable' });

    const errors: Record<string, string> = {};
    if (tooManyOrTooLarge(submission.attachments)) {
      const fields = { [filesFieldOf(form)?.name ?? 'form']: fieldMessage('upload-too-large', submission.locale, UPLOAD_LIMIT_PARAMS) };
      if (!answersWithPages(ctx))
        return refuse(ctx, form, submission.locale, { status: 413, problem: 'upload-too-large', params: UPLOAD_LIMIT_PARAMS, fields });
      Object.assign(errors, fields);
    }
    // The honeypot: a field people never see. A bot that fills it is answered like anyone else.
    if (submission.honeypot) return succeed(ctx, submission, 'CB-THANKS', true);

    const limits = form === 'project-proposal' ? await proposals().limitsFor(submission.values.projectCallDocumentId) : undefined;
    const result = validateIntake(form, submission.values, fieldMessages(submission.locale), limits);
    if (!result.ok || Object.keys(errors).length > 0) return fail(ctx, submission, { ...(result.ok ? {} : result.errors), ...errors });

    let data = result.data as Record<string, unknown>;
    const files = filesServiceOf(form);
    if (files) {
      const checked = await files.check(data, submission.attachments, submission.locale);
      if (!checked.ok) return fail(ctx, submission, checked.errors);
      data = checked.data;
    }
    const stored = await storeOnce(form, data, submission).catch(refusedByStrapi);
    if (!stored) {
      // The schema is the only judge; this only happens if Strapi's own checks drift from it again.
      strapi.log.error(`A ${form} passed its schema but Strapi refused to store it; nothing was stored.`);
      return fail(ctx, submission, { form: fieldMessage('not-stored', submission.locale) });
    }
    if (stored.outcome === 'key-reused') return refuseReusedKey(ctx, submission);
    return succeed(ctx, submission, stored.reference, stored.created);
  }

  /**
   * Fields to correct: JSON names them; a browser without JavaScript is sent to the form again,
   * its values kept (the form's own fields only) under a token, the messages on top. When the
   * store is full it keeps nothing new: the form comes back in this very answer instead.
   */
  async function fail(ctx: IntakeContext, submission: Submission, errors: Record<string, string>): Promise<void> {
    if (!submission.posted || !answersWithPages(ctx)) return refuseFields(ctx, errors, submission.locale);
    const tried: Attempt = {
      form: submission.form,
      locale: submission.locale,
      fields: formFieldsOf(submission.form, submission.posted),
      errors,
      hadFiles: submission.attachments.some((file) => file.size > 0),
    };
    const token = await attempts().save(tried, ctx.ip);
    if (token) return seeOther(ctx, `/api/intake/${FORM_LAYOUTS[submission.form].path}/attempts/${token}`);
    await withSiteLayout(submission.locale);
    sendPage(ctx, 422, attemptPage(tried, await hintParamsOf(tried)));
  }

  /** The key came with other content before: 409 for JSON; the form again, with the message, for a browser (which gets a new key there). */
  async function refuseReusedKey(ctx: IntakeContext, submission: Submission): Promise<void> {
    if (submission.posted && answersWithPages(ctx)) return fail(ctx, submission, { form: fieldMessage('key-reused', submission.locale) });
    refuse(ctx, submission.form, submission.locale, { status: 409, problem: 'key-reused' });
  }

  /** Strapi's own validation answers in English with the value in it: never passed on to the person. */
  function refusedByStrapi(error: unknown): undefined {
    if (error instanceof strapiErrors.ValidationError) return undefined;
    throw error;
  }

  /** Stores once; files kept for a submission that turns out to be a retry are let go again. */
  async function storeOnce(form: IntakeForm, data: Record<string, unknown>, submission: Submission) {
    const discard = () => filesServiceOf(form)?.discard(data) ?? Promise.resolve();
    try {
      const stored = await intake().store(form, data, submission.locale, submission.idempotencyKey);
      if (stored.outcome === 'key-reused' || !stored.created) await discard();
      return stored;
    } catch (error) {
      await discard();
      throw error;
    }
  }

  /** The site's layout for the pages in a locale, read from the site when the one kept is old (see site-shell.ts). */
  const withSiteLayout = (locale: Locale) => refreshPageShell(configOf(strapi).siteUrl, locale);

  /** GET /api/intake/thank-you/<form-path>?locale=fr&reference=CB-7KQ4M2 */
  async function thankYou(ctx: IntakeContext): Promise<void> {
    const form = formOfPath(ctx.params.form ?? '');
    const locale = requestLocale(ctx);
    await withSiteLayout(locale);
    if (!form) return sendPage(ctx, 404, refusedPostPage(undefined, locale, 'unknown-form'));
    const reference = typeof ctx.query.reference === 'string' ? ctx.query.reference : undefined;
    sendPage(ctx, 200, thankYouPage(form, locale, reference, ctx.query.mail === '1'));
  }

  /** GET /api/intake/<form-path>/attempts/<token>: the form again, as it was posted. */
  async function attempt(ctx: IntakeContext): Promise<void> {
    const form = formOfPath(ctx.params.form ?? '');
    if (!form) return sendPage(ctx, 404, refusedPostPage(undefined, requestLocale(ctx), 'unknown-form'));
    const kept = await attempts().find(ctx.params.token ?? '');
    await withSiteLayout(kept?.locale ?? requestLocale(ctx));
    if (!kept || kept.form !== form) return sendPage(ctx, 404, expiredAttemptPage(form, requestLocale(ctx)));
    sendPage(ctx, 200, attemptPage(kept, await hintParamsOf(kept)));
  }

  /** The figures the form's hints name: a project call's maximum. */
  async function hintParamsOf(attempt: Attempt): Promise<HintParams> {
    const limits = attempt.form === 'project-proposal' ? await proposals().limitsFor(lastOf(attempt.fields.projectCallDocumentId)) : undefined;
    return limits ? { max: limits.maxPerProject } : {};
  }

  /** GET /api/intake/openapi.json */
  function openApi(ctx: IntakeContext): void {
    ctx.status = 200;
    ctx.body = intakeOpenApi();
  }

  return { submit, thankYou, attempt, openApi };
};

function readSubmission(ctx: IntakeContext, form: IntakeForm, requested: Locale): Submission | undefined {
  const body = ctx.request.body;
  if (!isRecord(body)) return undefined;
  const posted = ctx.is('json') ? undefined : flatPostedFields(body);
  const honeypot = posted ? lastOf(posted.website) : body.website;
  return {
    form,
    locale: submissionLocale(posted ?? body, requested),
    values: posted ? fromPostedFields(form, posted) : body,
    ...(posted ? { posted } : {}),
    attachments: postedFilesOf(ctx, form),
    honeypot: typeof honeypot === 'string' && honeypot.trim() !== '',
    idempotencyKey: idempotencyKeyOf(ctx, posted ? lastOf(posted.idempotencyKey) : body.idempotencyKey),
  };
}

/** The files posted in the form's files field; files sent under any other name are ignored (and removed when the request ends, by global::upload-cleanup). */
function postedFilesOf(ctx: IntakeContext, form: IntakeForm): UploadedFile[] {
  const field = filesFieldOf(form);
  return field ? uploadedFilesOf([(ctx.request.files as Record<string, unknown> | undefined)?.[field.name]]) : [];
}

function tooManyOrTooLarge(files: readonly UploadedFile[]): boolean {
  const sent = files.filter((file) => file.size > 0);
  return sent.length > INTAKE_LIMITS.files || sent.some((file) => file.size > INTAKE_LIMITS.fileBytes);
}

function succeed(ctx: IntakeContext, submission: Submission, reference: string, created: boolean): void {
  if (submission.posted && answersWithPages(ctx)) {
    // Whether an address was given, so the page may say a confirmation mail goes there (the address itself never travels).
    const mailed = typeof submission.values.email === 'string' && submission.values.email.trim() !== '';
    const query = new URLSearchParams({ locale: submission.locale, reference, ...(mailed ? { mail: '1' } : {}) });
    return seeOther(ctx, `/api/intake/thank-you/${FORM_LAYOUTS[submission.form].path}?${query}`);
  }
  ctx.status = created ? 201 : 200;
  ctx.body = { reference };
}

function idempotencyKeyOf(ctx: IntakeContext, posted: unknown): string | undefined {
  const header = ctx.request.headers['idempotency-key'];
  const key = (Array.isArray(header) ? header[0] : header) ?? posted;
  return typeof key === 'string' && /^[A-Za-z0-9_-]{8,100}$/.test(key) ? `client-${key}` : undefined;
}

function lastOf(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value.at(-1) : value;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
