import { describe, expect, it } from 'vitest';
import {
  BACK_OFFICE_PERMISSION,
  capacityOf,
  DEFAULT_CAPACITY,
  MAX_CAPACITY,
  CLOSED_MATCH_STATUSES,
  MATCH_STATUSES,
  OPEN_MATCH_STATUSES,
  isDecidedProposal,
  isOpenMatch,
  offerCanTakeMatch,
  offerStatusFor,
  requestCanTakeMatch,
  requestStatusFor,
  type OfferLoad,
} from '../src/index.js';

const free: OfferLoad = { caseStatus: 'available', offerAs: 'person', capacity: null, openMatches: 0, anonymised: false };

describe('an offer can take a match', () => {
  it('when it is new or available and carries less than it can', () => {
    expect(offerCanTakeMatch(free)).toBe(true);
    expect(offerCanTakeMatch({ ...free, caseStatus: 'new' })).toBe(true);
  });

  it('not when busy, paused or closed, whatever it carries', () => {
    for (const caseStatus of ['busy', 'paused', 'closed']) expect(offerCanTakeMatch({ ...free, caseStatus })).toBe(false);
  });

  it('not when a person who said nothing already has one open match; an organisation that said nothing carries up to ten', () => {
    expect(offerCanTakeMatch({ ...free, openMatches: 1 })).toBe(false);
    expect(offerCanTakeMatch({ ...free, offerAs: 'organisation', openMatches: 9 })).toBe(true);
    expect(offerCanTakeMatch({ ...free, offerAs: 'organisation', openMatches: 10 })).toBe(false);
  });

  it('up to the capacity the volunteer gave: two people at once means a second match, not a third', () => {
    expect(offerCanTakeMatch({ ...free, capacity: 2, openMatches: 1 })).toBe(true);
    expect(offerCanTakeMatch({ ...free, capacity: 2, openMatches: 2 })).toBe(false);
    expect(offerCanTakeMatch({ ...free, offerAs: 'organisation', capacity: 3, openMatches: 3 })).toBe(false);
    expect(capacityOf({ offerAs: 'person', capacity: null })).toBe(DEFAULT_CAPACITY.person);
    expect(capacityOf({ offerAs: 'person', capacity: 0 })).toBe(DEFAULT_CAPACITY.person);
    expect(capacityOf({ offerAs: 'person', capacity: 99 })).toBe(MAX_CAPACITY);
  });

  it('not once the person behind it has been forgotten', () => {
    expect(offerCanTakeMatch({ ...free, anonymised: true })).toBe(false);
  });

  it('agrees with the status the workflow gives the offer', () => {
    for (const offerAs of ['person', 'organisation'] as const) {
      for (const capacity of [null, 1, 3, MAX_CAPACITY]) {
        for (let openMatches = 0; openMatches <= 11; openMatches += 1) {
          const caseStatus = offerStatusFor('available', { offerAs, capacity, openMatches });
          expect(offerCanTakeMatch({ caseStatus, offerAs, capacity, openMatches, anonymised: false })).toBe(caseStatus === 'available');
        }
      }
    }
  });
});

describe('statuses that move together', () => {
  it('keeps staff decisions on an offer and derives busy from what it carries', () => {
    expect(offerStatusFor('paused', { offerAs: 'person', capacity: null, openMatches: 0 })).toBe('paused');
    expect(offerStatusFor('closed', { offerAs: 'person', capacity: null, openMatches: 0 })).toBe('closed');
    expect(offerStatusFor('new', { offerAs: 'person', capacity: null, openMatches: 1 })).toBe('busy');
    expect(offerStatusFor('busy', { offerAs: 'person', capacity: null, openMatches: 0 })).toBe('available');
  });

  it('moves the request with its match or referral', () => {
    expect(requestStatusFor('match', 'proposed')).toBe('in-progress');
    expect(requestStatusFor('match', 'contacted')).toBe('matched');
    expect(requestStatusFor('match', 'active')).toBe('matched');
    expect(requestStatusFor('referral', 'active')).toBe('referred');
    expect(requestStatusFor('referral', 'ended')).toBe('closed');
    expect(requestStatusFor('match', 'did-not-work-out')).toBe('in-progress');
  });

  it('splits match statuses into open and closed, every status in exactly one', () => {
    expect([...OPEN_MATCH_STATUSES, ...CLOSED_MATCH_STATUSES].sort()).toEqual([...MATCH_STATUSES].sort());
    expect(CLOSED_MATCH_STATUSES.some(isOpenMatch)).toBe(false);
  });

  it('lets only a closed request refuse new matches, and knows a decided proposal', () => {
    expect(requestCanTakeMatch('closed')).toBe(false);
    expect(requestCanTakeMatch('referred')).toBe(true);
    expect(isDecidedProposal('approved')).toBe(true);
    expect(isDecidedProposal('in-review')).toBe(false);
  });
});

it('names the workspace permission once', () => {
  expect(BACK_OFFICE_PERMISSION).toBe('plugin::back-office.use');
});
