import { describe, expect, it } from 'vitest';
import { expiryAfter, signLink, verifyLink, type LinkGrant } from '../src/check-ins/links';

const SECRET = 'test-secret-for-check-in-links';
const NOW = new Date('2026-12-04T10:00:00Z');
const grant: LinkGrant = { purpose: 'check-in', match: 'abcdefghij0123456789wxyz', person: 'requester', checkIn: 7, expiresAt: expiryAfter(NOW, 30) };

/** Replaces the payload of a token, keeping its signature. */
function withPayload(token: string, payload: Record<string, unknown>): string {
  return `${Buffer.from(JSON.stringify(payload)).toString('base64url')}.${token.split('.')[1]}`;
}

describe('signed check-in links', () => {
  it('verifies a link it signed, for its own purpose, until it expires', () => {
    const token = signLink(grant, SECRET);
    expect(verifyLink(token, 'check-in', SECRET, NOW)).toEqual({ ok: true, grant });
    expect(verifyLink(token, 'check-in', SECRET, new Date(grant.expiresAt * 1000 - 1000)).ok).toBe(true);
    expect(verifyLink(token, 'check-in', SECRET, new Date(grant.expiresAt * 1000))).toEqual({ ok: false, refusal: 'expired' });
  });

  it('refuses a link used for another purpose: an answer link is no concern link, nor the other way round', () => {
    expect(verifyLink(signLink(grant, SECRET), 'concern', SECRET, NOW)).toEqual({ ok: false, refusal: 'wrong-purpose' });
    const concern = signLink({ purpose: 'concern', match: grant.match, person: 'volunteer', expiresAt: grant.expiresAt }, SECRET);
    expect(verifyLink(concern, 'check-in', SECRET, NOW)).toEqual({ ok: false, refusal: 'wrong-purpose' });
    expect(verifyLink(concern, 'concern', SECRET, NOW)).toMatchObject({ ok: true, grant: { purpose: 'concern', person: 'volunteer', checkIn: undefined } });
  });

  it('refuses a link whose payload was changed: another match, the other person, another check-in, a later expiry', () => {
    const token = signLink(grant, SECRET);
    const compact = { p: 'check-in', m: grant.match, w: 'requester', c: 7, e: grant.expiresAt };
    for (const changed of [
      { ...compact, m: 'zzzzzzzzzz0123456789wxyz' },
      { ...compact, w: 'volunteer' },
      { ...compact, c: 42 },
      { ...compact, e: grant.expiresAt + 3600 },
    ]) {
      expect(verifyLink(withPayload(token, changed), 'check-in', SECRET, NOW)).toEqual({ ok: false, refusal: 'tampered' });
    }
  });

  it('refuses a changed signature, another secret, and anything that is no token, without throwing', () => {
    const token = signLink(grant, SECRET);
    const lastChar = token.at(-1) === 'A' ? 'B' : 'A';
    expect(verifyLink(`${token.slice(0, -1)}${lastChar}`, 'check-in', SECRET, NOW)).toEqual({ ok: false, refusal: 'tampered' });
    expect(verifyLink(token, 'check-in', 'another-secret', NOW)).toEqual({ ok: false, refusal: 'tampered' });
    for (const junk of ['', 'abc', `${token}.x`, token.replace('.', ''), `${'a'.repeat(500)}.${'b'.repeat(43)}`, '../../admin', `${token} `]) {
      expect(verifyLink(junk, 'check-in', SECRET, NOW)).toEqual({ ok: false, refusal: 'malformed' });
    }
  });

  it('puts nothing personal in a link: only a purpose, a record id, a role in the match, a day count and an expiry', () => {
    const [payload = ''] = signLink(grant, SECRET).split('.');
    expect(Object.keys(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')))).toEqual(['p', 'm', 'w', 'c', 'e']);
  });
});
