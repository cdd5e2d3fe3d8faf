/**
 * Right around Strapi's body parser, on every route: whatever the parser refuses (a broken or
 * boundary-less multipart, too many fields or files, a field too large, a body that does not
 * inflate, malformed JSON, JSON nested too deep) is answered with a 4xx in Strapi's error shape,
 * never a 500 and never an echo of what was sent. Errors from after the body was accepted (the
 * route's own) pass on untouched. The intake door, in front, turns a refusal into its localized
 * answer (`refusedBody`).
 */

const ACCEPTED = new WeakSet<object>();
const REFUSED = new WeakMap<object, number>();

/** The deepest JSON body any route reads: the admin's and the API's bodies are far shallower. */
export const MAX_JSON_DEPTH = 64;

/** Strapi's admin shows a refusal's message in the staff member's language (admin/strapi-texts/api-errors.ts). */
export const BODY_REFUSALS = {
  400: { name: 'BadRequestError', message: 'The request body could not be read' },
  413: { name: 'PayloadTooLargeError', message: 'The request body is too large' },
  415: { name: 'UnsupportedMediaTypeError', message: 'The request body’s encoding is not supported' },
} as const satisfies Record<number, { name: string; message: string }>;
const REFUSALS: Readonly<Record<number, { name: string; message: string }>> = BODY_REFUSALS;

interface BodyContext {
  status: number;
  body: unknown;
  request: { body?: unknown };
}

/** Placed just before `strapi::body`. */
export default () => {
  return async (ctx: BodyContext, next: () => Promise<void>) => {
    try {
      await next();
    } catch (error) {
      if (ACCEPTED.has(ctx)) throw error;
      refuseBody(ctx, refusalStatus(error));
    }
  };
};

/** Placed just after `strapi::body`: the body is read; a JSON body too deep is refused before any route validates it. */
export function bodyAccepted() {
  return async (ctx: BodyContext, next: () => Promise<void>) => {
    if (depthExceeds(ctx.request.body, MAX_JSON_DEPTH)) return refuseBody(ctx, 400);
    ACCEPTED.add(ctx);
    await next();
  };
}

/** The status the body parser refused this request's body with, if it did. */
export function refusedBody(ctx: object): number | undefined {
  return REFUSED.get(ctx);
}

function refuseBody(ctx: BodyContext, status: number): void {
  const refusal = REFUSALS[status] ?? REFUSALS[400]!;
  REFUSED.set(ctx, status);
  ctx.status = status;
  ctx.body = { data: null, error: { status, name: refusal.name, message: refusal.message, details: {} } };
}

/** 413 and 415 as the parser meant them; any other refusal of the body is a 400. */
function refusalStatus(error: unknown): number {
  const { status, statusCode, httpCode } = (error ?? {}) as { status?: unknown; statusCode?: unknown; httpCode?: unknown };
  const declared = [status, statusCode, httpCode].find((value): value is number => typeof value === 'number');
  return declared === 413 || declared === 415 ? declared : 400;
}

/** Whether a parsed value nests deeper than `limit`, walked without recursion (a deep body must not overflow the stack here). */
export function depthExceeds(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  while (pending.length > 0) {
    const [current, depth] = pending.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth >= limit) return true;
    for (const child of Object.values(current)) pending.push([child, depth + 1]);
  }
  return false;
}
