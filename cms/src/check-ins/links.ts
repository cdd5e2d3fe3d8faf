import { MATCH_PEOPLE, type MatchPerson } from '@cb/domain';
import { signPayload, verifyPayload, type SignedPayload, type SignedRefusal } from '../links/signed';

/**
 * The links of check-in and match mails: no login, so each link carries what it may do, signed.
 * A token names one purpose (answering one check-in, or reporting a concern), one match, one of its
 * two people and, for a check-in, which one (its day count); it ends on a date. Nothing personal is
 * in it: the match's documentId is a random id. Signed (links/signed.ts) under CHECK_IN_LINK_SECRET.
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

export type LinkRefusal = SignedRefusal;
export type LinkCheck = { ok: true; grant: LinkGrant } | { ok: false; refusal: LinkRefusal };

export { TOKEN_PATTERN, expiryAfter } from '../links/signed';
const DOCUMENT_ID = /^[a-z0-9]{10,40}$/;

export function signLink(grant: LinkGrant, secret: string): string {
  const compact = { p: grant.purpose, m: grant.match, w: grant.person, ...(grant.checkIn !== undefined ? { c: grant.checkIn } : {}), e: grant.expiresAt };
  return signPayload(compact, secret);
}

/** Checks a token for one purpose at a time `now`; a refused token says why (for the page, never the log). */
export function verifyLink(token: string, purpose: LinkPurpose, secret: string, now = new Date()): LinkCheck {
  const checked = verifyPayload(token, purpose, secret, now);
  if (!checked.ok) return checked;
  const grant = grantOf(checked.payload);
  return grant ? { ok: true, grant } : { ok: false, refusal: 'malformed' };
}

function grantOf(payload: SignedPayload): LinkGrant | undefined {
  const { p, m, w, c, e } = payload;
  if (p !== 'check-in' && p !== 'concern') return undefined;
  if (typeof m !== 'string' || !DOCUMENT_ID.test(m)) return undefined;
  const person = MATCH_PEOPLE.find((candidate) => candidate === w);
  if (!person) return undefined;
  if (p === 'check-in' && (typeof c !== 'number' || !Number.isSafeInteger(c) || c < 1)) return undefined;
  return { purpose: p, match: m, person, checkIn: p === 'check-in' ? Number(c) : undefined, expiresAt: e };
}
