import { brusselsDay, formatLocaleOf, type Locale } from '@cb/domain';
import { staffText, type StaffTextId, type StaffTextValues } from '../../../staff-texts';
import { parse, staffLocale, type FieldErrors, type Parsed } from './validation';
import type { ErrorBody } from './contracts';
import type * as z from 'zod';

/** The bits of Koa's context the workspace's controllers use. */
export interface StaffContext {
  params: Record<string, string | undefined>;
  query: Record<string, unknown>;
  method: string;
  request: { body?: unknown };
  state: {
    user?: { id: number; firstname?: string | null; lastname?: string | null; email?: string; preferedLanguage?: string | null };
    userAbility?: { can(action: string, subject?: string): boolean };
  };
  status: number;
  body: unknown;
  type: string;
  get(field: string): string;
  set(field: string, value: string): void;
  attachment(filename: string): void;
}

/** The staff member's language, for messages: the one chosen in their admin profile, else the browser's. */
export function localeOf(ctx: StaffContext): Locale {
  const chosen = ctx.state.user?.preferedLanguage;
  return chosen ? formatLocaleOf(chosen) : staffLocale(ctx.get('accept-language'));
}

/** A problem said in the staff member's language. */
export const problemText = (ctx: StaffContext, problem: StaffTextId, values?: StaffTextValues) => staffText(localeOf(ctx), problem, values);

/** Reads one part of the request (params, query or body) with its schema; on failure answers 400 with the fields. */
export function read<Schema extends z.ZodType>(ctx: StaffContext, schema: Schema, input: unknown): z.output<Schema> | undefined {
  const parsed: Parsed<z.output<Schema>> = parse(schema, input, localeOf(ctx));
  if (parsed.ok) return parsed.data;
  badRequest(ctx, problemText(ctx, 'problem.fields'), parsed.fields);
  return undefined;
}

/**
 * Reads a route's path parameters: a document id that is no document of ours, or a form that does not
 * exist, is a page that is not there (404), as an id that is well formed but unknown.
 */
export function readParams<Schema extends z.ZodType>(ctx: StaffContext, schema: Schema): z.output<Schema> | undefined {
  const parsed = schema.safeParse(ctx.params);
  if (parsed.success) return parsed.data;
  notFound(ctx, 'problem.not-found');
  return undefined;
}

export function badRequest(ctx: StaffContext, message: string, fields: FieldErrors = {}): void {
  answerError(ctx, 400, 'ValidationError', message, fields);
}

export function notFound(ctx: StaffContext, problem: StaffTextId): void {
  answerError(ctx, 404, 'NotFoundError', problemText(ctx, problem));
}

export function conflict(ctx: StaffContext, message: string, fields?: FieldErrors): void {
  answerError(ctx, 409, 'ConflictError', message, fields);
}

export function answerError(ctx: StaffContext, status: number, name: string, message: string, fields?: FieldErrors): void {
  const body: ErrorBody = { error: { status, name, message, ...(fields ? { fields } : {}) } };
  ctx.status = status;
  ctx.body = body;
}

/** Today in Brussels, as staff pick dates (not the server's UTC day: from midnight to 1 or 2 a.m. they differ). */
export function today(): string {
  return brusselsDay(new Date());
}
