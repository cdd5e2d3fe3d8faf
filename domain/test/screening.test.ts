import { describe, expect, it } from 'vitest';
import {
  brusselsDay,
  DEFAULT_SCREENING_VALID_MONTHS,
  offerIsAway,
  offerMatchability,
  organisationNameKey,
  pairMatchability,
  lastLapsedScreeningDay,
  screeningExpiresAt,
  screeningStateOf,
  type OfferLoad,
  type OfferScreening,
} from '../src/index.js';

const free: OfferLoad = { caseStatus: 'available', offerAs: 'person', capacity: null, openMatches: 0, anonymised: false };
const unscreened: OfferScreening = { offerAs: 'person', screenedOn: null, organisationCheckedAt: null };
const policy = { now: new Date('2026-12-04T10:00:00Z'), validMonths: DEFAULT_SCREENING_VALID_MONTHS };

describe('a screening holds for a number of months', () => {
  it('ends on the same day that many months later, or the month’s last day', () => {
    expect(screeningExpiresAt('2026-01-15', 24).toISOString()).toBe('2028-01-15T00:00:00.000Z');
    expect(screeningExpiresAt('2026-01-31', 1).toISOString()).toBe('2026-02-28T00:00:00.000Z');
    expect(screeningExpiresAt('2027-12-31', 2).toISOString()).toBe('2028-02-29T00:00:00.000Z');
  });

  it('counts as screened before that moment and expired from it', () => {
    expect(screeningStateOf({ ...unscreened, screenedOn: '2024-12-05' }, policy)).toBe('screened');
    expect(screeningStateOf({ ...unscreened, screenedOn: '2024-12-04' }, policy)).toBe('expired');
    expect(screeningStateOf({ ...unscreened, screenedOn: '2026-06-01' }, { ...policy, validMonths: 6 })).toBe('expired');
  });

  it('an offer never screened, or with a date that is no date, is to screen', () => {
    expect(screeningStateOf(unscreened, policy)).toBe('to-screen');
    expect(screeningStateOf({ ...unscreened, screenedOn: 'not a date' }, policy)).toBe('to-screen');
  });
});

describe('an organisation’s offer follows the organisation’s check', () => {
  it('counts once the organisation is checked, whatever its own screening', () => {
    expect(screeningStateOf({ offerAs: 'organisation', screenedOn: null, organisationCheckedAt: '2020-01-01T00:00:00Z' }, policy)).toBe('organisation-checked');
  });

  it('a person’s offer does not borrow an organisation’s check', () => {
    expect(screeningStateOf({ offerAs: 'person', screenedOn: null, organisationCheckedAt: '2026-01-01T00:00:00Z' }, policy)).toBe('to-screen');
  });

  it('an organisation not checked is screened like a person', () => {
    expect(screeningStateOf({ offerAs: 'organisation', screenedOn: '2026-11-01', organisationCheckedAt: null }, policy)).toBe('screened');
    expect(screeningStateOf({ offerAs: 'organisation', screenedOn: null, organisationCheckedAt: null }, policy)).toBe('to-screen');
  });
});

describe('whether an offer may be suggested or matched', () => {
  it('only when screened and free', () => {
    expect(offerMatchability({ ...free, ...unscreened, screenedOn: '2026-11-01' }, policy)).toEqual({ matchable: true });
  });

  it('never twice with the same request at once, whatever room the volunteer has left', () => {
    const screened = { ...free, ...unscreened, capacity: 3, openMatches: 1, screenedOn: '2026-11-01' };
    expect(pairMatchability(screened, policy, true)).toEqual({ matchable: false, refusal: 'already-matched' });
    expect(pairMatchability(screened, policy, false)).toEqual({ matchable: true });
  });

  it('not when to screen or expired, and says which', () => {
    expect(offerMatchability({ ...free, ...unscreened }, policy)).toEqual({ matchable: false, refusal: 'to-screen' });
    expect(offerMatchability({ ...free, ...unscreened, screenedOn: '2020-01-01' }, policy)).toEqual({ matchable: false, refusal: 'screening-expired' });
  });

  it('not when screened but paused, closed or forgotten', () => {
    const screened = { ...unscreened, screenedOn: '2026-11-01' };
    for (const load of [
      { ...free, caseStatus: 'paused' },
      { ...free, caseStatus: 'closed' },
      { ...free, anonymised: true },
      { ...free, openMatches: 1, anonymised: true },
    ]) {
      expect(offerMatchability({ ...load, ...screened }, policy)).toEqual({ matchable: false, refusal: 'not-free' });
    }
  });

  it('not when screened but at capacity (as many open matches as the volunteer said, or busy), and says so', () => {
    const screened = { ...unscreened, screenedOn: '2026-11-01' };
    for (const load of [
      { ...free, caseStatus: 'busy' },
      { ...free, openMatches: 1 },
      { ...free, capacity: 3, openMatches: 3 },
    ]) {
      expect(offerMatchability({ ...load, ...screened }, policy)).toEqual({ matchable: false, refusal: 'at-capacity' });
    }
    expect(offerMatchability({ ...free, capacity: 3, openMatches: 2, ...screened }, policy)).toEqual({ matchable: true });
  });
});

describe('holiday cover', () => {
  const screened = { ...free, ...unscreened, screenedOn: '2026-11-01' };

  it('an offer whose volunteer is away today is not matchable, and says so', () => {
    const today = brusselsDay(policy.now);
    expect(offerMatchability({ ...screened, awayFrom: today, awayUntil: today }, policy)).toEqual({ matchable: false, refusal: 'away' });
    expect(offerIsAway({ awayFrom: '2000-01-01', awayUntil: '2100-01-01' }, policy.now)).toBe(true);
  });

  it('before or after the dates, or without both dates, the volunteer is not away', () => {
    expect(offerMatchability({ ...screened, awayFrom: '2000-01-01', awayUntil: '2000-01-31' }, policy)).toEqual({ matchable: true });
    expect(offerMatchability({ ...screened, awayFrom: '2100-01-01', awayUntil: '2100-01-31' }, policy)).toEqual({ matchable: true });
    expect(offerIsAway({ awayFrom: '2000-01-01', awayUntil: null }, policy.now)).toBe(false);
  });

  it('screening comes first: an unscreened volunteer who is away is "to screen"', () => {
    expect(offerMatchability({ ...free, ...unscreened, awayFrom: '2000-01-01', awayUntil: '2100-01-01' }, policy)).toEqual({
      matchable: false,
      refusal: 'to-screen',
    });
  });
});

describe('an organisation’s name, folded for comparing', () => {
  it('ignores case, accents, spaces and punctuation', () => {
    expect(organisationNameKey('  Croix-Rouge  de Belgique ')).toBe(organisationNameKey('croix rouge de BELGIQUE'));
    expect(organisationNameKey('Société Saint-Vincent')).toBe('societe saint vincent');
  });
});

describe('the cut-off day of expired screenings, for a database filter', () => {
  const DAY_MS = 86_400_000;
  /** Every day from 45 days before `day` to 45 days after it. */
  const daysAround = (day: string) =>
    Array.from({ length: 91 }, (_, n) => new Date(Date.parse(`${day}T00:00:00Z`) + (n - 45) * DAY_MS).toISOString().slice(0, 10));

  it('agrees with screeningStateOf on every day around it: on or before it expired, after it screened', () => {
    const nows = [
      '2026-12-04T10:00:00.000Z',
      '2026-02-28T00:00:00.000Z', // screened on 29 February 2024: its 24 months end at this very moment
      '2026-02-27T23:59:59.999Z',
      '2027-02-28T12:00:00.000Z',
      '2028-02-29T00:00:00.000Z',
      '2026-03-01T00:00:00.000Z',
      '2026-03-31T23:59:59.999Z',
      '2026-04-30T08:00:00.000Z',
      '2026-01-01T00:00:00.000Z',
    ];
    for (const now of nows) {
      for (const validMonths of [1, 2, 6, 12, 24, 25]) {
        const cutOff = lastLapsedScreeningDay(new Date(now), validMonths);
        for (const screenedOn of daysAround(cutOff)) {
          const state = screeningStateOf({ ...unscreened, screenedOn }, { now: new Date(now), validMonths });
          expect(state === 'expired', `${now} ${validMonths} months, screened ${screenedOn}`).toBe(screenedOn <= cutOff);
        }
      }
    }
  });

  it('takes the last of the days whose screening ends on the same day (a month’s end)', () => {
    expect(lastLapsedScreeningDay(new Date('2026-02-28T00:00:00.000Z'), 24)).toBe('2024-02-29');
    expect(lastLapsedScreeningDay(new Date('2026-02-27T23:59:59.999Z'), 24)).toBe('2024-02-27');
    expect(lastLapsedScreeningDay(new Date('2026-02-28T09:00:00.000Z'), 1)).toBe('2026-01-31');
    expect(lastLapsedScreeningDay(new Date('2026-12-04T10:00:00Z'), DEFAULT_SCREENING_VALID_MONTHS)).toBe('2024-12-04');
  });
});
