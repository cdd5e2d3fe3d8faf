import { describe, expect, it } from 'vitest';
import { POINTS, rankInitiatives, rankOffers, type InitiativeProfile, type OfferProfile, type RequestProfile } from '../src/matching/scoring';

/** Mrs Peeters in Schaerbeek would like a walking buddy, speaks Dutch and French, free on weekday mornings. */
const request: RequestProfile = {
  categories: ['walking'],
  municipality: 'schaerbeek',
  languages: ['nl', 'fr'],
  availableTimes: ['weekday-mornings'],
};

let sequence = 0;
function offer(overrides: Partial<OfferProfile> = {}): OfferProfile {
  sequence += 1;
  return {
    documentId: `offer-${sequence}`,
    caseStatus: 'available',
    offerAs: 'person',
    openMatches: 0,
    anonymised: false,
    categories: ['walking'],
    anywhereInBrussels: false,
    municipalities: ['schaerbeek'],
    languages: ['nl'],
    availableTimes: ['weekday-mornings'],
    createdAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  };
}

const ids = (suggestions: { documentId: string }[]) => suggestions.map((suggestion) => suggestion.documentId);

describe('suggesting help offers for a request', () => {
  it('ranks a perfect match first, with every reason it scored', () => {
    const perfect = offer({ documentId: 'perfect' });
    const elsewhere = offer({ documentId: 'elsewhere', municipalities: ['uccle'] });
    const [best] = rankOffers(request, [elsewhere, perfect]);
    expect(best?.documentId).toBe('perfect');
    expect(best?.score).toBe(100);
    expect(best?.reasons.map((reason) => reason.code)).toEqual(['shared-category', 'same-municipality', 'shared-language', 'shared-time']);
  });

  it('ranks an offer without a shared language below one with a shared language', () => {
    const noLanguage = offer({ documentId: 'english-only', languages: ['en'] });
    const speaksFrench = offer({ documentId: 'french', languages: ['fr'] });
    const ranked = rankOffers(request, [noLanguage, speaksFrench]);
    expect(ids(ranked)).toEqual(['french', 'english-only']);
    expect(ranked[1]?.reasons).toContainEqual({ code: 'no-shared-language' });
  });

  it('does not suggest a busy, paused or closed offer, nor one already carrying an open match', () => {
    const offers = [
      offer({ documentId: 'busy', caseStatus: 'busy' }),
      offer({ documentId: 'paused', caseStatus: 'paused' }),
      offer({ documentId: 'closed', caseStatus: 'closed' }),
      offer({ documentId: 'matched-person', openMatches: 1 }),
      offer({ documentId: 'free' }),
    ];
    expect(ids(rankOffers(request, offers))).toEqual(['free']);
  });

  it('does not suggest an offer whose person asked to be forgotten', () => {
    expect(rankOffers(request, [offer({ documentId: 'erased', anonymised: true })])).toEqual([]);
  });

  it('lets an organisation carry several matches before it counts as busy', () => {
    const organisation = offer({ documentId: 'organisation', offerAs: 'organisation', openMatches: 3 });
    expect(ids(rankOffers(request, [organisation]))).toEqual(['organisation']);
    expect(rankOffers(request, [{ ...organisation, openMatches: 10 }])).toEqual([]);
  });

  it('does not suggest an offer with no help category in common', () => {
    expect(rankOffers(request, [offer({ categories: ['groceries'] })])).toEqual([]);
  });

  it('prefers the same municipality, then anywhere in Brussels, then a neighbour, then further away', () => {
    const offers = [
      offer({ documentId: 'far', municipalities: ['uccle'] }),
      offer({ documentId: 'neighbour', municipalities: ['evere'] }),
      offer({ documentId: 'anywhere', municipalities: [], anywhereInBrussels: true }),
      offer({ documentId: 'same', municipalities: ['schaerbeek'] }),
    ];
    const ranked = rankOffers(request, offers);
    expect(ids(ranked)).toEqual(['same', 'anywhere', 'neighbour', 'far']);
    expect(ranked[2]?.reasons).toContainEqual({ code: 'neighbouring-municipality', terms: ['evere'] });
  });

  it('treats an unsaid time as unknown, ranked between a shared and a different moment', () => {
    const offers = [
      offer({ documentId: 'evenings', availableTimes: ['weekday-evenings'] }),
      offer({ documentId: 'unsaid', availableTimes: [] }),
      offer({ documentId: 'mornings', availableTimes: ['weekday-mornings', 'weekends'] }),
    ];
    const ranked = rankOffers(request, offers);
    expect(ids(ranked)).toEqual(['mornings', 'unsaid', 'evenings']);
    expect(ranked.map((suggestion) => suggestion.score)).toEqual([100, 100 - POINTS.sharedTime + POINTS.timeUnknown, 100 - POINTS.sharedTime]);
  });

  it('puts the offer that has waited longest first among equals, and keeps to the limit', () => {
    const offers = [
      offer({ documentId: 'recent', createdAt: '2026-11-20T09:00:00.000Z' }),
      offer({ documentId: 'waiting', createdAt: '2026-10-02T09:00:00.000Z' }),
      offer({ documentId: 'middle', createdAt: '2026-11-05T09:00:00.000Z' }),
    ];
    expect(ids(rankOffers(request, offers, 2))).toEqual(['waiting', 'middle']);
  });
});

describe('suggesting initiatives for a request', () => {
  const initiative = (overrides: Partial<InitiativeProfile>): InitiativeProfile => ({
    documentId: 'initiative',
    remote: false,
    categories: ['walking'],
    municipalities: ['schaerbeek'],
    languages: ['nl'],
    ...overrides,
  });

  it('ranks initiatives that work in the municipality above remote ones, and leaves out unrelated ones', () => {
    const ranked = rankInitiatives(request, [
      initiative({ documentId: 'phone-line', remote: true, municipalities: [] }),
      initiative({ documentId: 'local-walks' }),
      initiative({ documentId: 'repair-cafe', categories: ['paperwork'] }),
    ]);
    expect(ids(ranked)).toEqual(['local-walks', 'phone-line']);
    expect(ranked[0]?.reasons).toContainEqual({ code: 'time-unknown' });
  });
});
