/** The bits of Koa's context the workspace's controllers use. */
export interface StaffContext {
  params: Record<string, string | undefined>;
  query: Record<string, unknown>;
  method: string;
  request: { body?: unknown };
  state: { user?: { id: number; firstname?: string | null; lastname?: string | null; email?: string } };
  status: number;
  body: unknown;
  type: string;
  set(field: string, value: string): void;
  attachment(filename: string): void;
}

export function badRequest(ctx: StaffContext, message: string, fields: Record<string, string> = {}): void {
  ctx.status = 400;
  ctx.body = { error: { status: 400, name: 'ValidationError', message, fields } };
}

export function notFound(ctx: StaffContext, message: string): void {
  ctx.status = 404;
  ctx.body = { error: { status: 404, name: 'NotFoundError', message } };
}

export function bodyOf(ctx: StaffContext): Record<string, unknown> {
  const body = ctx.request.body;
  return body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
}

export function text(value: unknown, max = 2000): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, max) : undefined;
}

/** A calendar date as staff pick it: YYYY-MM-DD. */
export function isoDate(value: unknown): string | undefined {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;
}
