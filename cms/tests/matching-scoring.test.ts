import { describe, expect, it } from 'vitest';
import { REASON_TONES } from '../src/matching/reasons';
import { POINTS, rankInitiatives, rankOffers, type InitiativeProfile, type OfferProfile, type RequestProfile } from '../src/matching/scoring';

/** Mrs Peeters in Schaerbeek would like a walking buddy, speaks Dutch and French, free on weekday mornings. */
const request: RequestProfile = {
  categories: ['walking'],
  municipality: 'schaerbeek',
  languages: ['nl', 'fr'],
  availableTimes: ['weekday-mornings'],
  audiences: [],
  interests: [],
  matchedOffers: [],
};

/** Offers are screened (a month ago) unless a test says otherwise. */
const policy = { now: new Date('2026-11-20T10:00:00Z'), validMonths: 24 };

let sequence = 0;
function offer(overrides: Partial<OfferProfile> = {}): OfferProfile {
  sequence += 1;
  return {
    documentId: `offer-${sequence}`,
    caseStatus: 'available',
    offerAs: 'person',
    capacity: null,
    openMatches: 0,
    anonymised: false,
    categories: ['walking'],
    anywhereInBrussels: false,
    municipalities: ['schaerbeek'],
    languages: ['nl'],
    availableTimes: ['weekday-mornings'],
    interests: [],
    createdAt: '2026-11-01T10:00:00.000Z',
    screenedOn: '2026-10-20',
    organisationCheckedAt: null,
    ...overrides,
  };
}

const ids = (suggestions: { documentId: string }[]) => suggestions.map((suggestion) => suggestion.documentId);

describe('suggesting help offers for a request', () => {
  it('ranks a perfect match first, with every reason it scored', () => {
    const perfect = offer({ documentId: 'perfect' });
    const elsewhere = offer({ documentId: 'elsewhere', municipalities: ['uccle'] });
    const [best] = rankOffers(request, [elsewhere, perfect], policy);
    expect(best?.documentId).toBe('perfect');
    expect(best?.score).toBe(100);
    expect(best?.reasons.map((reason) => reason.code)).toEqual(['shared-category', 'same-municipality', 'shared-language', 'shared-time']);
  });

  it('ranks an offer without a shared language below one with a shared language', () => {
    const noLanguage = offer({ documentId: 'english-only', languages: ['en'] });
    const speaksFrench = offer({ documentId: 'french', languages: ['fr'] });
    const ranked = rankOffers(request, [noLanguage, speaksFrench], policy);
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
    expect(ids(rankOffers(request, offers, policy))).toEqual(['free']);
  });

  it('does not suggest again a volunteer already in an open match with this request, even with room for another person', () => {
    const offers = [
      offer({ documentId: 'matched-here', capacity: 3, openMatches: 1 }),
      offer({ documentId: 'matched-elsewhere', capacity: 3, openMatches: 1 }),
    ];
    expect(ids(rankOffers({ ...request, matchedOffers: ['matched-here'] }, offers, policy))).toEqual(['matched-elsewhere']);
  });

  it('never suggests a volunteer not screened, or whose screening expired, however well they fit', () => {
    const offers = [
      offer({ documentId: 'never-screened', screenedOn: null }),
      offer({ documentId: 'expired', screenedOn: '2024-11-20' }),
      offer({ documentId: 'unchecked-organisation', offerAs: 'organisation', screenedOn: null }),
      offer({ documentId: 'checked-organisation', offerAs: 'organisation', screenedOn: null, organisationCheckedAt: '2025-01-01T00:00:00.000Z' }),
      offer({ documentId: 'screened', screenedOn: '2024-11-21' }),
    ];
    expect(ids(rankOffers(request, offers, policy))).toEqual(['checked-organisation', 'screened']);
    expect(ids(rankOffers(request, offers, { ...policy, validMonths: 6 }))).toEqual(['checked-organisation']);
  });

  it('does not suggest an offer whose person asked to be forgotten', () => {
    expect(rankOffers(request, [offer({ documentId: 'erased', anonymised: true })], policy)).toEqual([]);
  });

  it('lets an organisation carry several matches before it counts as busy', () => {
    const organisation = offer({ documentId: 'organisation', offerAs: 'organisation', openMatches: 3 });
    expect(ids(rankOffers(request, [organisation], policy))).toEqual(['organisation']);
    expect(rankOffers(request, [{ ...organisation, openMatches: 10 }], policy)).toEqual([]);
  });

  it('does not suggest an offer with no help category in common', () => {
    expect(rankOffers(request, [offer({ categories: ['groceries'] })], policy)).toEqual([]);
  });

  it('prefers the same municipality, then anywhere in Brussels, then a neighbour, then further away', () => {
    const offers = [
      offer({ documentId: 'far', municipalities: ['uccle'] }),
      offer({ documentId: 'neighbour', municipalities: ['evere'] }),
      offer({ documentId: 'anywhere', municipalities: [], anywhereInBrussels: true }),
      offer({ documentId: 'same', municipalities: ['schaerbeek'] }),
    ];
    const ranked = rankOffers(request, offers, policy);
    expect(ids(ranked)).toEqual(['same', 'anywhere', 'neighbour', 'far']);
    expect(ranked[2]?.reasons).toContainEqual({ code: 'neighbouring-municipality', terms: ['evere'] });
  });

  it('treats an unsaid time as unknown, ranked between a shared and a different moment', () => {
    const offers = [
      offer({ documentId: 'evenings', availableTimes: ['weekday-evenings'] }),
      offer({ documentId: 'unsaid', availableTimes: [] }),
      offer({ documentId: 'mornings', availableTimes: ['weekday-mornings', 'weekends'] }),
    ];
    const ranked = rankOffers(request, offers, policy);
    expect(ids(ranked)).toEqual(['mornings', 'unsaid', 'evenings']);
    expect(ranked.map((suggestion) => suggestion.score)).toEqual([100, 100 - POINTS.sharedTime + POINTS.timeUnknown, 100 - POINTS.sharedTime]);
  });

  it('puts the offer that has waited longest first among equals, and keeps to the limit', () => {
    const offers = [
      offer({ documentId: 'recent', createdAt: '2026-11-20T09:00:00.000Z' }),
      offer({ documentId: 'waiting', createdAt: '2026-10-02T09:00:00.000Z' }),
      offer({ documentId: 'middle', createdAt: '2026-11-05T09:00:00.000Z' }),
    ];
    expect(ids(rankOffers(request, offers, policy, 2))).toEqual(['waiting', 'middle']);
  });
});

describe('interests and capacity in the suggestions', () => {
  /** Mrs Peeters enjoys gardening, music and reading. */
  const enjoys = { ...request, interests: ['gardening', 'music', 'reading'] as const } satisfies RequestProfile;

  it('counts each shared interest, up to two, with the interests named; one side silent: no points and no reason', () => {
    const offers = [
      offer({ documentId: 'none-said', interests: [] }),
      offer({ documentId: 'one-shared', interests: ['music', 'walking'] }),
      offer({ documentId: 'three-shared', interests: ['reading', 'music', 'gardening'] }),
      offer({ documentId: 'two-shared', interests: ['gardening', 'music'] }),
      offer({ documentId: 'nothing-shared', interests: ['sport'] }),
    ];
    const ranked = rankOffers(enjoys, offers, policy);
    const scoreOf = (id: string) => ranked.find((suggestion) => suggestion.documentId === id)?.score;
    expect(scoreOf('one-shared')).toBe(100 + POINTS.perSharedInterest);
    expect(scoreOf('two-shared')).toBe(100 + POINTS.sharedInterestsAtMost);
    expect(scoreOf('three-shared')).toBe(100 + POINTS.sharedInterestsAtMost);
    expect(scoreOf('none-said')).toBe(100);
    expect(scoreOf('nothing-shared')).toBe(100);
    expect(ids(ranked).slice(0, 3).sort()).toEqual(['one-shared', 'three-shared', 'two-shared'].sort());
    expect(ids(ranked).indexOf('one-shared')).toBe(2);
    const reasonsOf = (id: string) => ranked.find((suggestion) => suggestion.documentId === id)?.reasons;
    expect(reasonsOf('two-shared')).toContainEqual({ code: 'shared-interest', terms: ['gardening', 'music'] });
    expect(reasonsOf('nothing-shared')).toContainEqual({ code: 'no-shared-interest' });
    expect(reasonsOf('none-said')?.map((reason) => reason.code)).toEqual(['shared-category', 'same-municipality', 'shared-language', 'shared-time']);
    expect(rankOffers(request, [offer({ documentId: 'silent-request', interests: ['music'] })], policy)[0]?.score).toBe(100);
  });

  it('ranks a shared interest below a shared language or place: interests weigh least', () => {
    const sameInterestsElsewhere = offer({ documentId: 'interests-far', municipalities: ['uccle'], interests: ['gardening', 'music'] });
    const nearbyNoInterests = offer({ documentId: 'near', interests: ['sport'] });
    expect(ids(rankOffers(enjoys, [sameInterestsElsewhere, nearbyNoInterests], policy))).toEqual(['near', 'interests-far']);
  });

  it('follows the capacity the volunteer gave: up to it they are suggested, at it they are not', () => {
    const offers = [
      offer({ documentId: 'two-of-two', capacity: 2, openMatches: 2 }),
      offer({ documentId: 'one-of-two', capacity: 2, openMatches: 1 }),
      offer({ documentId: 'one-unsaid', openMatches: 1 }),
      offer({
        documentId: 'nine-of-ten-organisation',
        offerAs: 'organisation',
        capacity: 10,
        openMatches: 9,
        organisationCheckedAt: '2026-01-01T00:00:00.000Z',
      }),
    ];
    expect(ids(rankOffers(request, offers, policy)).sort()).toEqual(['nine-of-ten-organisation', 'one-of-two']);
  });

  it('among equals, asks first the volunteer who helps fewest people now, then the one who waited longest', () => {
    const offers = [
      offer({ documentId: 'helps-two', capacity: 4, openMatches: 2, createdAt: '2026-09-01T09:00:00.000Z' }),
      offer({ documentId: 'helps-none-recent', capacity: 4, openMatches: 0, createdAt: '2026-11-10T09:00:00.000Z' }),
      offer({ documentId: 'helps-one', capacity: 4, openMatches: 1, createdAt: '2026-09-01T09:00:00.000Z' }),
      offer({ documentId: 'helps-none-waiting', capacity: 4, openMatches: 0, createdAt: '2026-10-01T09:00:00.000Z' }),
    ];
    expect(ids(rankOffers(request, offers, policy))).toEqual(['helps-none-waiting', 'helps-none-recent', 'helps-one', 'helps-two']);
  });

  it('gives every reason a tone for the back office', () => {
    expect(REASON_TONES['shared-interest']).toBe('fits');
    expect(REASON_TONES['no-shared-interest']).toBe('neutral');
  });
});

describe('suggesting initiatives for a request', () => {
  const initiative = (overrides: Partial<InitiativeProfile>): InitiativeProfile => ({
    documentId: 'initiative',
    remote: false,
    categories: ['walking'],
    municipalities: ['schaerbeek'],
    languages: ['nl'],
    audiences: [],
    ...overrides,
  });

  it('ranks initiatives that work in the municipality above remote ones, and leaves out unrelated ones', () => {
    const ranked = rankInitiatives(request, [
      initiative({ documentId: 'phone-line', remote: true, municipalities: [] }),
      initiative({ documentId: 'local-walks' }),
      initiative({ documentId: 'repair-cafe', categories: ['paperwork'] }),
    ]);
    expect(ids(ranked)).toEqual(['local-walks', 'phone-line']);
  });

  it('weighs no moment of the week for initiatives (they have none): their audience counts instead, at most 100 in all', () => {
    const [best] = rankInitiatives(request, [initiative({ documentId: 'local-walks' })]);
    expect(best?.score).toBe(100);
    expect(best?.reasons.map((reason) => reason.code)).toEqual(['shared-category', 'same-municipality', 'shared-language', 'open-to-everyone']);
  });

  /** A 78-year-old man living alone in Schaerbeek, as staff noted him. */
  const olderMan: RequestProfile = { ...request, audiences: ['seniors', 'living-alone'] };

  it('ranks an initiative meant for others far below every one that may fit, naming its audience as the drawback', () => {
    const ranked = rankInitiatives(olderMan, [
      initiative({ documentId: 'womens-walk', audiences: ['women', 'newcomers'] }),
      initiative({ documentId: 'student-mentoring', audiences: ['young-adults', 'newcomers'] }),
      initiative({ documentId: 'far-away-seniors', municipalities: ['uccle'], languages: ['en'], audiences: ['seniors'] }),
      initiative({ documentId: 'for-everyone', audiences: ['everyone', 'families'] }),
    ]);
    expect(ids(ranked)).toEqual(['for-everyone', 'far-away-seniors', 'student-mentoring', 'womens-walk']);
    const far = ranked.find((suggestion) => suggestion.documentId === 'far-away-seniors');
    expect(far?.reasons).toContainEqual({ code: 'shared-audience', terms: ['seniors'] });
    const walk = ranked.find((suggestion) => suggestion.documentId === 'womens-walk');
    expect(walk?.reasons).toContainEqual({ code: 'audience-mismatch', terms: ['women', 'newcomers'] });
    expect(walk?.score).toBe(100 - POINTS.audienceFits + POINTS.audienceMismatch);
    expect(
      Math.max(...ranked.filter((suggestion) => suggestion.reasons.some((reason) => reason.code === 'audience-mismatch')).map((s) => s.score)),
    ).toBeLessThan(POINTS.sharedCategory);
  });

  it('shows an initiative’s audience as a fact to check, with no points, while staff have not said who the person is', () => {
    const [walk] = rankInitiatives(request, [initiative({ documentId: 'womens-walk', audiences: ['women'] })]);
    expect(walk?.reasons).toContainEqual({ code: 'audience-unknown', terms: ['women'] });
    expect(REASON_TONES['audience-unknown']).toBe('neutral');
    expect(walk?.score).toBe(100 - POINTS.audienceFits);
  });
});

describe('how each reason speaks for a suggestion', () => {
  it('shows times not given as a neutral fact, not as a plus, and mismatches as drawbacks', () => {
    expect(REASON_TONES['time-unknown']).toBe('neutral');
    expect(REASON_TONES['audience-mismatch']).toBe('drawback');
    expect(REASON_TONES['no-shared-time']).toBe('drawback');
    expect(REASON_TONES['shared-time']).toBe('fits');
  });
});
