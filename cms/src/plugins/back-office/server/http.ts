import type { Locale } from '@cb/domain';
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
    user?: { id: number; firstname?: string | null; lastname?: string | null; email?: string };
    userAbility?: { can(action: string, subject?: string): boolean };
  };
  status: number;
  body: unknown;
  type: string;
  get(field: string): string;
  set(field: string, value: string): void;
  attachment(filename: string): void;
}

/** The staff member's language, for field messages. */
export function localeOf(ctx: StaffContext): Locale {
  return staffLocale(ctx.get('accept-language'));
}

/** Reads one part of the request (params, query or body) with its schema; on failure answers 400 with the fields. */
export function read<Schema extends z.ZodType>(ctx: StaffContext, schema: Schema, input: unknown): z.output<Schema> | undefined {
  const parsed: Parsed<z.output<Schema>> = parse(schema, input, localeOf(ctx));
  if (parsed.ok) return parsed.data;
  badRequest(ctx, 'Some fields need another look', parsed.fields);
  return undefined;
}

export function badRequest(ctx: StaffContext, message: string, fields: FieldErrors = {}): void {
  answerError(ctx, 400, 'ValidationError', message, fields);
}

export function notFound(ctx: StaffContext, message: string): void {
  answerError(ctx, 404, 'NotFoundError', message);
}

export function conflict(ctx: StaffContext, message: string, fields?: FieldErrors): void {
  answerError(ctx, 409, 'ConflictError', message, fields);
}

export function answerError(ctx: StaffContext, status: number, name: string, message: string, fields?: FieldErrors): void {
  const body: ErrorBody = { error: { status, name, message, ...(fields ? { fields } : {}) } };
  ctx.status = status;
  ctx.body = body;
}

/** Today in the calendar of the server, as staff pick dates. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
