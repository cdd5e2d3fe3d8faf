import { describe, expect, it } from 'vitest';
import {
  BACK_OFFICE_PERMISSION,
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

const free: OfferLoad = { caseStatus: 'available', offerAs: 'person', openMatches: 0, anonymised: false };

describe('an offer can take a match', () => {
  it('when it is new or available and carries less than it can', () => {
    expect(offerCanTakeMatch(free)).toBe(true);
    expect(offerCanTakeMatch({ ...free, caseStatus: 'new' })).toBe(true);
  });

  it('not when busy, paused or closed, whatever it carries', () => {
    for (const caseStatus of ['busy', 'paused', 'closed']) expect(offerCanTakeMatch({ ...free, caseStatus })).toBe(false);
  });

  it('not when a person already has one open match; an organisation carries up to ten', () => {
    expect(offerCanTakeMatch({ ...free, openMatches: 1 })).toBe(false);
    expect(offerCanTakeMatch({ ...free, offerAs: 'organisation', openMatches: 9 })).toBe(true);
    expect(offerCanTakeMatch({ ...free, offerAs: 'organisation', openMatches: 10 })).toBe(false);
  });

  it('not once the person behind it has been forgotten', () => {
    expect(offerCanTakeMatch({ ...free, anonymised: true })).toBe(false);
  });

  it('agrees with the status the workflow gives the offer', () => {
    for (const offerAs of ['person', 'organisation'] as const) {
      for (let openMatches = 0; openMatches <= 11; openMatches += 1) {
        const caseStatus = offerStatusFor('available', offerAs, openMatches);
        expect(offerCanTakeMatch({ caseStatus, offerAs, openMatches, anonymised: false })).toBe(caseStatus === 'available');
      }
    }
  });
});

describe('statuses that move together', () => {
  it('keeps staff decisions on an offer and derives busy from what it carries', () => {
    expect(offerStatusFor('paused', 'person', 0)).toBe('paused');
    expect(offerStatusFor('closed', 'person', 0)).toBe('closed');
    expect(offerStatusFor('new', 'person', 1)).toBe('busy');
    expect(offerStatusFor('busy', 'person', 0)).toBe('available');
  });

  it('moves the request with its match or referral', () => {
    expect(requestStatusFor('match', 'proposed')).toBe('in-progress');
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
