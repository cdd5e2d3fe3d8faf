import { describe, expect, it } from 'vitest';
import {
  HELP_REQUEST_STATUSES,
  LOCALES,
  PUBLIC_REQUEST_STATES,
  REFERENCE_PATTERN,
  expectedChecks,
  normalCheck,
  normalReference,
  publicRequestState,
  readStatusLookup,
  requestStatusText,
} from '../src/index.js';

describe('status by reference: what is read of what people type', () => {
  it('reads a reference in any case, with spaces, without its dash or without CB-, and nothing that is no reference', () => {
    for (const typed of ['CB-7KQ4M2', 'cb-7kq4m2', ' cb 7kq 4m2 ', 'CB7KQ4M2', '7KQ4M2', '7kq-4m2']) expect(normalReference(typed), typed).toBe('CB-7KQ4M2');
    // 0, O, 1, I and L are never drawn.
    for (const typed of ['', 'CB-', 'CB-7KQ4M', 'CB-7KQ4M22', 'CB-0KQ4M2', 'CB-OKQ4M2', 'CB-1KQ4M2', 'CB-LKQ4M2', 'XX-7KQ4M2', 'CB-7KQ4M2'.repeat(40)])
      expect(normalReference(typed), typed).toBeUndefined();
    expect(REFERENCE_PATTERN.test('CB-7KQ4M2')).toBe(true);
  });

  it('reads four digits or the part of an email address before the @, and nothing else', () => {
    expect(normalCheck('4433')).toBe('4433');
    expect(normalCheck(' 44 33 ')).toBe('4433');
    expect(normalCheck('Jane.Doe')).toBe('jane.doe');
    expect(normalCheck('Jane.Doe@Example.org')).toBe('jane.doe');
    for (const typed of ['', '   ', '12', '123', '12345', '0470 98 76 54', 'a b', '@example.org', '<script>', 'x'.repeat(65)])
      expect(normalCheck(typed), typed).toBeUndefined();
  });

  it('answers to the last four digits of the phone and the email’s part before the @, in lower case', () => {
    expect(expectedChecks({ phone: '+32 470 98 76 54', email: 'Jane.Doe@Example.org' })).toEqual({ phone: '7654', email: 'jane.doe' });
    expect(expectedChecks({ phone: '', email: null })).toEqual({ phone: undefined, email: undefined });
    expect(expectedChecks({ phone: '123', email: '@x' })).toEqual({ phone: undefined, email: undefined });
  });

  it('names each field’s problem, never its value', () => {
    expect(readStatusLookup({ reference: 'cb7kq4m2', check: '44 33' })).toEqual({ ok: true, reference: 'CB-7KQ4M2', check: '4433' });
    expect(readStatusLookup({})).toEqual({ ok: false, problems: { reference: 'reference-missing', check: 'check-missing' } });
    expect(readStatusLookup({ reference: 'nope', check: '12' })).toEqual({
      ok: false,
      problems: { reference: 'reference-malformed', check: 'check-malformed' },
    });
    expect(readStatusLookup({ reference: ['x', 'CB-7KQ4M2'], check: { nested: true } })).toEqual({ ok: false, problems: { check: 'check-missing' } });
  });

  it('maps every request status to a public state with words in every locale', () => {
    for (const status of HELP_REQUEST_STATUSES) expect(PUBLIC_REQUEST_STATES).toContain(publicRequestState(status));
    for (const locale of LOCALES) for (const state of PUBLIC_REQUEST_STATES) expect(requestStatusText(locale).states[state].label).not.toBe('');
  });
});
