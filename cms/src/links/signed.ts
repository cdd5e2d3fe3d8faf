import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Signed links for people without an account (check-ins, concerns, a funded project's milestones):
 * each link carries what it may do, as a small JSON payload, signed with HMAC-SHA256. The payload
 * names its purpose (`p`) and its end (`e`, seconds since the epoch); what else it holds is the
 * purpose's business (see check-ins/links.ts, milestones/links.ts). Nothing personal is in it.
 *
 * Form: `<payload>.<signature>`, both base64url.
 */

export type SignedPayload = Record<string, unknown> & { p: string; e: number };

export type SignedRefusal = 'malformed' | 'tampered' | 'expired' | 'wrong-purpose';
export type SignedCheck = { ok: true; payload: SignedPayload } | { ok: false; refusal: SignedRefusal };

/** Characters a token is made of: what the routes (and nginx) accept in the path. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{10,400}\.[A-Za-z0-9_-]{43}$/;

export function signPayload(payload: SignedPayload, secret: string): string {
  const encoded = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${encoded}.${signatureOf(encoded, secret)}`;
}

/** Checks a token's form, signature, purpose and end at `now`; a refused token says why (for the page, never the log). */
export function verifyPayload(token: string, purpose: string, secret: string, now = new Date()): SignedCheck {
  if (!TOKEN_PATTERN.test(token)) return { ok: false, refusal: 'malformed' };
  const [encoded = '', signature = ''] = token.split('.');
  const expected = Buffer.from(signatureOf(encoded, secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, refusal: 'tampered' };
  const payload = payloadOf(encoded);
  if (!payload) return { ok: false, refusal: 'malformed' };
  if (payload.p !== purpose) return { ok: false, refusal: 'wrong-purpose' };
  if (payload.e * 1000 <= now.getTime()) return { ok: false, refusal: 'expired' };
  return { ok: true, payload };
}

/** The expiry of a link made at `from` that works for `days` days. */
export function expiryAfter(from: Date, days: number): number {
  return Math.floor(from.getTime() / 1000) + days * 24 * 3600;
}

function signatureOf(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(`cb-link-v1.${payload}`).digest('base64url');
}

function payloadOf(encoded: string): SignedPayload | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const { p, e } = parsed as Record<string, unknown>;
  if (typeof p !== 'string' || typeof e !== 'number' || !Number.isSafeInteger(e)) return undefined;
  return { ...(parsed as Record<string, unknown>), p, e };
}
