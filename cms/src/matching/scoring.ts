import { MUNICIPALITIES, pairMatchability, type AvailableTime, type InterestCode, type OfferLoad, type OfferScreening, type ScreeningPolicy } from '@cb/domain';
import type { MatchReason } from './reasons';

export type { MatchReason } from './reasons';

/**
 * How the back office suggests who could help with a request. Written down so staff can trust it
 * and engineers can test it; every suggestion carries the reasons it got its points.
 *
 * Not suggested at all:
 *   - nothing in common: no shared help category;
 *   - an offer that may not be matched with this request (`pairMatchability` in @cb/domain): already in an
 *     open match with it; not screened, or its
 *     screening expired (an organisation's offer: its organisation not checked); at capacity (as many
 *     open matches as its volunteer said they can take, `capacityOf`); paused or closed, or its person
 *     forgotten.
 *
 * Points (at most 100 for an initiative, 110 for an offer):
 *   help category   40  at least one shared category
 *   place           30  the same municipality (an initiative or offer that works there)
 *                   25  an offer for anywhere in Brussels, or a remote initiative
 *                   15  a neighbouring municipality
 *                    0  further away
 *   language        20  at least one shared language (nothing shared: 0, and said so)
 *   time            10  at least one shared moment of the week (offers only: initiatives have no moments)
 *                    5  one side did not say when: a neutral fact, between a shared and a different moment
 *                    0  no shared moment
 *   interests        5  (offers only) per interest both share, at most 10: "both enjoy walking, music"
 *                    0  both said what they enjoy and share nothing (said, as a fact to weigh), or
 *                       one side did not say (no reason shown)
 *   audience        10  (initiatives only) open to everyone, or meant for someone the person is
 *                       (staff say who the person is on the request: older, a woman, a student…)
 *                    0  staff have not said who the person is: the initiative's audience is shown to check
 *                  -70  meant for others only (a women's walk for a man, a students' scheme for a
 *                       78-year-old): a clear mismatch, ranked below every initiative that may fit
 *                       (never below 0), with the audience named as the drawback
 * Ties: the offer carrying fewest open matches comes first (someone who helps no one yet before one
 * who already helps), then the one that has waited longest (fair to volunteers), then by id.
 */

export const POINTS = {
  sharedCategory: 40,
  sameMunicipality: 30,
  anywhereInBrussels: 25,
  neighbouringMunicipality: 15,
  sharedLanguage: 20,
  sharedTime: 10,
  timeUnknown: 5,
  perSharedInterest: 5,
  sharedInterestsAtMost: 10,
  audienceFits: 10,
  audienceMismatch: -70,
} as const;

/** The best score a suggestion can get, so that staff read a score against it ("90 out of 110"). */
export const BEST_SCORE = {
  offer: POINTS.sharedCategory + POINTS.sameMunicipality + POINTS.sharedLanguage + POINTS.sharedTime + POINTS.sharedInterestsAtMost,
  initiative: POINTS.sharedCategory + POINTS.sameMunicipality + POINTS.sharedLanguage + POINTS.audienceFits,
} as const;

/** The audience that takes in everyone: an initiative for it (or for no one in particular) fits anyone. */
const EVERYONE = 'everyone';

export interface RequestProfile {
  categories: readonly string[];
  municipality: string | undefined;
  languages: readonly string[];
  availableTimes: readonly AvailableTime[];
  /** Who the person is, as staff said (audience codes); empty when not said. */
  audiences: readonly string[];
  /** What the person enjoys (INTERESTS codes); empty when not said. */
  interests: readonly InterestCode[];
  /** The offers (documentIds) in an open match with this request: never suggested again while it lasts. */
  matchedOffers: readonly string[];
}

export interface OfferProfile extends OfferLoad, OfferScreening {
  documentId: string;
  categories: readonly string[];
  anywhereInBrussels: boolean;
  municipalities: readonly string[];
  languages: readonly string[];
  availableTimes: readonly AvailableTime[];
  /** What the volunteer enjoys (INTERESTS codes); empty when not said. */
  interests: readonly InterestCode[];
  /** ISO time the offer came in: the longest waiting comes first among equals. */
  createdAt: string;
}

export interface InitiativeProfile {
  documentId: string;
  remote: boolean;
  categories: readonly string[];
  municipalities: readonly string[];
  languages: readonly string[];
  /** Whom the initiative is meant for (audience codes); empty: not said, open to everyone. */
  audiences: readonly string[];
}

export interface Suggestion {
  documentId: string;
  score: number;
  reasons: MatchReason[];
}

interface Scored {
  points: number;
  reason: MatchReason;
}

const NEIGHBOURS = new Map<string, ReadonlySet<string>>(MUNICIPALITIES.map((municipality) => [municipality.code, new Set(municipality.neighbours)]));

/** Offers ranked for one request, best first; offers that cannot be suggested are left out. */
export function rankOffers(request: RequestProfile, offers: readonly OfferProfile[], policy: ScreeningPolicy, limit = 20): Suggestion[] {
  const ranked: (Suggestion & Pick<OfferProfile, 'createdAt' | 'openMatches'>)[] = [];
  for (const offer of offers) {
    if (!pairMatchability(offer, policy, request.matchedOffers.includes(offer.documentId)).matchable) continue;
    const suggestion = score(request, offer, placeOfOffer(request, offer), [
      timeOf(request.availableTimes, offer.availableTimes),
      ...interestsOf(request.interests, offer.interests),
    ]);
    if (suggestion) ranked.push({ ...suggestion, createdAt: offer.createdAt, openMatches: offer.openMatches });
  }
  ranked.sort(
    (a, b) => b.score - a.score || a.openMatches - b.openMatches || a.createdAt.localeCompare(b.createdAt) || a.documentId.localeCompare(b.documentId),
  );
  return ranked.slice(0, limit).map(({ createdAt: _createdAt, openMatches: _openMatches, ...suggestion }) => suggestion);
}

/** Initiatives ranked for one request, best first. They have no moments of the week; their audience counts instead. */
export function rankInitiatives(request: RequestProfile, initiatives: readonly InitiativeProfile[], limit = 10): Suggestion[] {
  const ranked: Suggestion[] = [];
  for (const initiative of initiatives) {
    const suggestion = score(request, initiative, placeOfInitiative(request, initiative), [audienceOf(request, initiative)]);
    if (suggestion) ranked.push(suggestion);
  }
  ranked.sort((a, b) => b.score - a.score || a.documentId.localeCompare(b.documentId));
  return ranked.slice(0, limit);
}

function score(
  request: RequestProfile,
  candidate: { documentId: string; categories: readonly string[]; languages: readonly string[] },
  place: Scored,
  rest: readonly Scored[],
): Suggestion | undefined {
  const categories = shared(request.categories, candidate.categories);
  if (categories.length === 0) return undefined;
  const languages = shared(request.languages, candidate.languages);
  const parts: Scored[] = [
    { points: POINTS.sharedCategory, reason: { code: 'shared-category', terms: categories } },
    place,
    languages.length > 0
      ? { points: POINTS.sharedLanguage, reason: { code: 'shared-language', terms: languages } }
      : { points: 0, reason: { code: 'no-shared-language' } },
    ...rest,
  ];
  return {
    documentId: candidate.documentId,
    score: Math.max(
      0,
      parts.reduce((sum, part) => sum + part.points, 0),
    ),
    reasons: parts.map((part) => part.reason),
  };
}

function placeOfOffer(request: RequestProfile, offer: OfferProfile): Scored {
  if (request.municipality && offer.municipalities.includes(request.municipality)) {
    return { points: POINTS.sameMunicipality, reason: { code: 'same-municipality', terms: [request.municipality] } };
  }
  if (offer.anywhereInBrussels) return { points: POINTS.anywhereInBrussels, reason: { code: 'anywhere-in-brussels' } };
  return nearby(request, offer.municipalities);
}

function placeOfInitiative(request: RequestProfile, initiative: InitiativeProfile): Scored {
  if (request.municipality && initiative.municipalities.includes(request.municipality)) {
    return { points: POINTS.sameMunicipality, reason: { code: 'same-municipality', terms: [request.municipality] } };
  }
  if (initiative.remote) return { points: POINTS.anywhereInBrussels, reason: { code: 'anywhere-in-brussels' } };
  return nearby(request, initiative.municipalities);
}

function nearby(request: RequestProfile, municipalities: readonly string[]): Scored {
  const neighbours = request.municipality ? NEIGHBOURS.get(request.municipality) : undefined;
  const close = neighbours ? municipalities.filter((code) => neighbours.has(code)) : [];
  return close.length > 0
    ? { points: POINTS.neighbouringMunicipality, reason: { code: 'neighbouring-municipality', terms: close } }
    : { points: 0, reason: { code: 'further-away' } };
}

function timeOf(requested: readonly AvailableTime[], offered: readonly AvailableTime[]): Scored {
  if (requested.length === 0 || offered.length === 0) return { points: POINTS.timeUnknown, reason: { code: 'time-unknown' } };
  const times = shared(requested, offered);
  return times.length > 0 ? { points: POINTS.sharedTime, reason: { code: 'shared-time', terms: times } } : { points: 0, reason: { code: 'no-shared-time' } };
}

/** Shared interests as points and words; nothing at all when one side did not say what they enjoy. */
function interestsOf(requested: readonly InterestCode[], offered: readonly InterestCode[]): Scored[] {
  if (requested.length === 0 || offered.length === 0) return [];
  const interests = shared(requested, offered);
  if (interests.length === 0) return [{ points: 0, reason: { code: 'no-shared-interest' } }];
  const points = Math.min(interests.length * POINTS.perSharedInterest, POINTS.sharedInterestsAtMost);
  return [{ points, reason: { code: 'shared-interest', terms: interests } }];
}

function audienceOf(request: RequestProfile, initiative: InitiativeProfile): Scored {
  const meantFor = initiative.audiences.filter((code) => code !== EVERYONE);
  if (meantFor.length === 0 || initiative.audiences.includes(EVERYONE)) return { points: POINTS.audienceFits, reason: { code: 'open-to-everyone' } };
  const person = request.audiences.filter((code) => code !== EVERYONE);
  if (person.length === 0) return { points: 0, reason: { code: 'audience-unknown', terms: meantFor } };
  const fits = shared(person, meantFor);
  return fits.length > 0
    ? { points: POINTS.audienceFits, reason: { code: 'shared-audience', terms: fits } }
    : { points: POINTS.audienceMismatch, reason: { code: 'audience-mismatch', terms: meantFor } };
}

function shared<Code extends string>(wanted: readonly Code[], offered: readonly string[]): Code[] {
  return wanted.filter((code) => offered.includes(code));
}
