import type { Locale } from '@cb/domain';
import { commonText, fieldMessage, type IntakeForm, type SubmissionProblem } from '@cb/domain/intake';
import { refusedPostPage } from '../pages/outcome-pages';

/** The parts of Koa's context the intake door and its controller use. */
export interface IntakeContext {
  method: string;
  path: string;
  ip: string;
  params: Record<string, string | undefined>;
  query: Record<string, unknown>;
  request: { body?: unknown; files?: unknown; headers: Record<string, string | string[] | undefined>; length?: number };
  status: number;
  body: unknown;
  type: string;
  is(...types: string[]): string | false | null;
  accepts(...types: string[]): string | false;
  acceptsLanguages(...languages: string[]): string | false;
  set(field: string, value: string): void;
  redirect(url: string): void;
}

const ERROR_NAMES: Record<number, string> = {
  403: 'ForbiddenError',
  404: 'NotFoundError',
  409: 'ConflictError',
  411: 'LengthRequiredError',
  413: 'PayloadTooLargeError',
  415: 'UnsupportedMediaTypeError',
  422: 'ValidationError',
  429: 'RateLimitError',
};

/**
 * A form posted by a browser without JavaScript is answered with pages and redirects; the island
 * (which asks for JSON) and any other client get JSON.
 */
export function answersWithPages(ctx: IntakeContext): boolean {
  return Boolean(ctx.is('urlencoded', 'multipart')) && ctx.accepts('html', 'json') === 'html';
}

export interface Refusal {
  status: number;
  problem: SubmissionProblem;
  params?: Record<string, number>;
  /** More field errors beside `form`, e.g. on `attachments`. */
  fields?: Record<string, string>;
}

/** A post refused as a whole: every JSON error names `fields.form`, a browser gets a page. */
export function refuse(ctx: IntakeContext, form: IntakeForm | undefined, locale: Locale, refusal: Refusal): void {
  const message = fieldMessage(refusal.problem, locale, refusal.params);
  ctx.status = refusal.status;
  if (answersWithPages(ctx)) {
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = refusedPostPage(form, locale, refusal.problem, refusal.params);
    return;
  }
  ctx.body = { error: { status: refusal.status, name: ERROR_NAMES[refusal.status] ?? 'Error', message, fields: { form: message, ...refusal.fields } } };
}

/** Answers a JSON client whose fields need another look, headed by the error summary's title in the form's language. */
export function refuseFields(ctx: IntakeContext, fields: Record<string, string>, locale: Locale): void {
  ctx.status = 422;
  ctx.body = { error: { status: 422, name: 'ValidationError', message: commonText('errorSummaryTitle', locale), fields } };
}

/**
 * Pages of the intake routes: personal data may be on them, so no cache, and no referrer beyond
 * the CMS itself. Within it the referrer is kept: a form posted from an attempt page then names
 * the CMS's origin, even in browsers without `Sec-Fetch-Site` (`no-referrer` made them send
 * `Origin: null`, which any sandboxed frame can send too).
 */
export function sendPage(ctx: IntakeContext, status: number, markup: string): void {
  ctx.status = status;
  ctx.type = 'text/html; charset=utf-8';
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Referrer-Policy', 'same-origin');
  ctx.set('X-Robots-Tag', 'noindex');
  ctx.body = markup;
}

/** A 303 to another page of the same origin: the browser follows it with a GET. */
export function seeOther(ctx: IntakeContext, location: string): void {
  ctx.redirect(location);
  ctx.status = 303;
  ctx.set('Cache-Control', 'no-store');
}
