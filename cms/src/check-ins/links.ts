import { createHmac, timingSafeEqual } from 'node:crypto';
import { MATCH_PEOPLE, type MatchPerson } from '@cb/domain';

/**
 * The links of check-in and match mails: no login, so each link carries what it may do, signed.
 * A token names one purpose (answering one check-in, or reporting a concern), one match, one of its
 * two people and, for a check-in, which one (its day count); it ends on a date. Nothing personal is
 * in it: the match's documentId is a random id. Signed with HMAC-SHA256 under CHECK_IN_LINK_SECRET.
 *
 * Form: `<payload>.<signature>`, both base64url; the payload is a small JSON object.
 */

export type LinkPurpose = 'check-in' | 'concern';

export interface LinkGrant {
  purpose: LinkPurpose;
  match: string;
  person: MatchPerson;
  /** The check-in's day count after confirmed contact (7, 42, …); absent for a concern. */
  checkIn?: number | undefined;
  /** Seconds since the epoch after which the link no longer works. */
  expiresAt: number;
}

export type LinkRefusal = 'malformed' | 'tampered' | 'expired' | 'wrong-purpose';
export type LinkCheck = { ok: true; grant: LinkGrant } | { ok: false; refusal: LinkRefusal };

/** Characters a token is made of: what the routes (and nginx) accept in the path. */
export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{10,400}\.[A-Za-z0-9_-]{43}$/;
const DOCUMENT_ID = /^[a-z0-9]{10,40}$/;

export function signLink(grant: LinkGrant, secret: string): string {
  const compact = { p: grant.purpose, m: grant.match, w: grant.person, ...(grant.checkIn !== undefined ? { c: grant.checkIn } : {}), e: grant.expiresAt };
  const payload = Buffer.from(JSON.stringify(compact)).toString('base64url');
  return `${payload}.${signatureOf(payload, secret)}`;
}

/** Checks a token for one purpose at a time `now`; a refused token says why (for the page, never the log). */
export function verifyLink(token: string, purpose: LinkPurpose, secret: string, now = new Date()): LinkCheck {
  if (!TOKEN_PATTERN.test(token)) return { ok: false, refusal: 'malformed' };
  const [payload = '', signature = ''] = token.split('.');
  const expected = Buffer.from(signatureOf(payload, secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, refusal: 'tampered' };
  const grant = grantOf(payload);
  if (!grant) return { ok: false, refusal: 'malformed' };
  if (grant.purpose !== purpose) return { ok: false, refusal: 'wrong-purpose' };
  if (grant.expiresAt * 1000 <= now.getTime()) return { ok: false, refusal: 'expired' };
  return { ok: true, grant };
}

/** The expiry of a link made at `from` that works for `days` days. */
export function expiryAfter(from: Date, days: number): number {
  return Math.floor(from.getTime() / 1000) + days * 24 * 3600;
}

function signatureOf(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(`cb-link-v1.${payload}`).digest('base64url');
}

function grantOf(payload: string): LinkGrant | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (parsed === null || typeof parsed !== 'object') return undefined;
  const { p, m, w, c, e } = parsed as Record<string, unknown>;
  if (p !== 'check-in' && p !== 'concern') return undefined;
  if (typeof m !== 'string' || !DOCUMENT_ID.test(m)) return undefined;
  const person = MATCH_PEOPLE.find((candidate) => candidate === w);
  if (!person || typeof e !== 'number' || !Number.isSafeInteger(e)) return undefined;
  if (p === 'check-in' && (typeof c !== 'number' || !Number.isSafeInteger(c) || c < 1)) return undefined;
  return { purpose: p, match: m, person, checkIn: p === 'check-in' ? Number(c) : undefined, expiresAt: e };
}
