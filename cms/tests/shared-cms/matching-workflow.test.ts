import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '@strapi/strapi';
import { sharedCms, type TestCms } from '../helpers/cms';
import { taxonomyIndex } from '../../src/bootstrap/taxonomies';
import { initiativeProfiles, offerProfiles, requestProfile } from '../../src/matching/profiles';
import { rankInitiatives, rankOffers } from '../../src/matching/scoring';
import { screeningPolicy } from '../../src/matching/screening';
import { createMatch, createReferral, dueFollowUps, moveMatch, WorkflowError } from '../../src/matching/workflow';
import { OFFER_DEFAULTS, REQUEST_DEFAULTS, SCREENED_TODAY, type RecordInput } from '../helpers/records';

let cms: TestCms;
let strapi: Core.Strapi;
let terms: Record<string, Map<string, string>>;
let counter = 0;

const termIds = (taxonomy: string, codes: string[]) => codes.map((code) => terms[taxonomy]!.get(code)!);

async function helpRequest(fields: { categories: string[]; municipality: string; languages: string[]; availableTimes?: string[] }) {
  counter += 1;
  return strapi.documents('api::help-request.help-request').create({
    data: {
      ...REQUEST_DEFAULTS,
      reference: `CB-TREQ${counter}`,
      consentVersion: 'test',
      consentedAt: new Date().toISOString(),
      contactName: 'Test person',
      description: 'Would like some company',
      categories: termIds('help-category', fields.categories),
      municipality: termIds('municipality', [fields.municipality])[0],
      languages: termIds('spoken-language', fields.languages),
      availableTimes: fields.availableTimes ?? [],
    },
  });
}

async function helpOffer(fields: {
  categories: string[];
  municipalities: string[];
  languages: string[];
  caseStatus?: RecordInput<'api::help-offer.help-offer'>['caseStatus'];
}) {
  counter += 1;
  return strapi.documents('api::help-offer.help-offer').create({
    data: {
      ...OFFER_DEFAULTS,
      ...SCREENED_TODAY,
      reference: `CB-TOFF${counter}`,
      consentVersion: 'test',
      consentedAt: new Date().toISOString(),
      contactName: 'Test volunteer',
      description: 'Happy to walk',
      caseStatus: fields.caseStatus ?? 'available',
      categories: termIds('help-category', fields.categories),
      municipalities: termIds('municipality', fields.municipalities),
      languages: termIds('spoken-language', fields.languages),
      availableTimes: ['weekday-mornings'],
    },
  });
}

const caseStatusOf = async (uid: 'api::help-request.help-request' | 'api::help-offer.help-offer', documentId: string) =>
  z.looseObject({ caseStatus: z.string() }).parse(await strapi.db.query(uid).findOne({ where: { documentId }, select: ['caseStatus'] })).caseStatus;

beforeAll(async () => {
  cms = await sharedCms();
  strapi = cms.strapi;
  terms = await taxonomyIndex(strapi);
});

afterAll(async () => {
  await cms?.stop();
});

describe('suggestions from the database', () => {
  it('reads profiles as codes and ranks the nearby offer in a shared language first', async () => {
    const request = await helpRequest({ categories: ['walking'], municipality: 'schaerbeek', languages: ['nl'], availableTimes: ['weekday-mornings'] });
    const near = await helpOffer({ categories: ['walking'], municipalities: ['schaerbeek'], languages: ['nl'] });
    const neighbour = await helpOffer({ categories: ['walking'], municipalities: ['evere'], languages: ['nl'] });
    const paused = await helpOffer({ categories: ['walking'], municipalities: ['schaerbeek'], languages: ['nl'], caseStatus: 'paused' });

    const profile = await requestProfile(strapi, request.documentId);
    expect(profile).toEqual({
      categories: ['walking'],
      municipality: 'schaerbeek',
      languages: ['nl'],
      availableTimes: ['weekday-mornings'],
      audiences: [],
      interests: [],
      matchedOffers: [],
    });
    const ranked = rankOffers(profile!, await offerProfiles(strapi), screeningPolicy(strapi)).map((suggestion) => suggestion.documentId);
    expect(ranked.indexOf(near.documentId)).toBeLessThan(ranked.indexOf(neighbour.documentId));
    expect(ranked).not.toContain(paused.documentId);
  });

  it('suggests seeded initiatives of the same kind of help', async () => {
    const profile = {
      categories: ['walking'],
      municipality: 'schaerbeek' as const,
      languages: ['nl'],
      availableTimes: [],
      audiences: [],
      interests: [],
      matchedOffers: [],
    };
    const initiatives = await initiativeProfiles(strapi);
    expect(new Set(initiatives.map((initiative) => initiative.documentId)).size).toBe(initiatives.length);
    const suggestions = rankInitiatives(profile, initiatives);
    expect(suggestions.length).toBeGreaterThan(0);
    expect(suggestions.every((suggestion) => suggestion.reasons[0]?.code === 'shared-category')).toBe(true);
  });
});

describe('a match moves the request and the offer with it', () => {
  it('proposed → contacted → active → ended: the request goes in progress, matched (once contact is confirmed), closed; the offer busy, then free again', async () => {
    const request = await helpRequest({ categories: ['chat'], municipality: 'ixelles', languages: ['fr'] });
    const offer = await helpOffer({ categories: ['chat'], municipalities: ['ixelles'], languages: ['fr'] });
    const match = await createMatch(strapi, { helpRequest: request.documentId, helpOffer: offer.documentId, followUpOn: '2026-12-01' });

    expect(await caseStatusOf('api::help-request.help-request', request.documentId)).toBe('in-progress');
    expect(await caseStatusOf('api::help-offer.help-offer', offer.documentId)).toBe('busy');

    await moveMatch(strapi, match.documentId, { status: 'contacted' });
    expect(await caseStatusOf('api::help-request.help-request', request.documentId)).toBe('matched');
    expect((await requestProfile(strapi, request.documentId))?.matchedOffers).toEqual([offer.documentId]);

    await moveMatch(strapi, match.documentId, { status: 'active' });
    expect(await caseStatusOf('api::help-request.help-request', request.documentId)).toBe('matched');

    await moveMatch(strapi, match.documentId, { status: 'ended' });
    expect(await caseStatusOf('api::help-request.help-request', request.documentId)).toBe('closed');
    expect(await caseStatusOf('api::help-offer.help-offer', offer.documentId)).toBe('available');
  });

  it('refuses a second match for a person whose offer is taken, and frees it when the first did not work out', async () => {
    const first = await helpRequest({ categories: ['groceries'], municipality: 'uccle', languages: ['nl'] });
    const second = await helpRequest({ categories: ['groceries'], municipality: 'uccle', languages: ['nl'] });
    const offer = await helpOffer({ categories: ['groceries'], municipalities: ['uccle'], languages: ['nl'] });
    const match = await createMatch(strapi, { helpRequest: first.documentId, helpOffer: offer.documentId });

    await expect(createMatch(strapi, { helpRequest: second.documentId, helpOffer: offer.documentId })).rejects.toBeInstanceOf(WorkflowError);
    expect(await strapi.db.query('api::match.match').count({ where: { helpRequest: { documentId: second.documentId } } })).toBe(0);

    await moveMatch(strapi, match.documentId, { status: 'did-not-work-out' });
    expect(await caseStatusOf('api::help-request.help-request', first.documentId)).toBe('in-progress');
    expect(await caseStatusOf('api::help-offer.help-offer', offer.documentId)).toBe('available');
    await expect(createMatch(strapi, { helpRequest: second.documentId, helpOffer: offer.documentId })).resolves.toBeDefined();
  });

  it('takes a match only for an offer that can take one: the same rule as the suggestions (busy, paused, forgotten)', async () => {
    const request = await helpRequest({ categories: ['chat'], municipality: 'evere', languages: ['nl'] });
    const busy = await helpOffer({ categories: ['chat'], municipalities: ['evere'], languages: ['nl'], caseStatus: 'busy' });
    const paused = await helpOffer({ categories: ['chat'], municipalities: ['evere'], languages: ['nl'], caseStatus: 'paused' });
    const forgotten = await helpOffer({ categories: ['chat'], municipalities: ['evere'], languages: ['nl'] });
    await strapi.documents('api::help-offer.help-offer').update({ documentId: forgotten.documentId, data: { anonymisedAt: new Date().toISOString() } });

    const suggested = rankOffers((await requestProfile(strapi, request.documentId))!, await offerProfiles(strapi), screeningPolicy(strapi)).map(
      (offer) => offer.documentId,
    );
    for (const offer of [busy, paused, forgotten]) {
      expect(suggested).not.toContain(offer.documentId);
      await expect(createMatch(strapi, { helpRequest: request.documentId, helpOffer: offer.documentId })).rejects.toBeInstanceOf(WorkflowError);
    }
    expect(await strapi.db.query('api::match.match').count({ where: { helpRequest: { documentId: request.documentId } } })).toBe(0);
  });

  it('records a referral to an initiative and marks the request referred', async () => {
    const request = await helpRequest({ categories: ['meals'], municipality: 'forest', languages: ['fr'] });
    const [initiative] = await initiativeProfiles(strapi);
    await createReferral(strapi, { helpRequest: request.documentId, initiativeDocumentId: initiative!.documentId });
    expect(await caseStatusOf('api::help-request.help-request', request.documentId)).toBe('referred');
    await expect(createReferral(strapi, { helpRequest: request.documentId })).rejects.toThrow(/one initiative or one organisation/);
  });

  it('finds the matches whose follow-up date has come, and stops listing them once they end', async () => {
    const request = await helpRequest({ categories: ['digital'], municipality: 'etterbeek', languages: ['en'] });
    const offer = await helpOffer({ categories: ['digital'], municipalities: ['etterbeek'], languages: ['en'] });
    const match = await createMatch(strapi, { helpRequest: request.documentId, helpOffer: offer.documentId, followUpOn: '2026-11-20' });

    const due = async (today: string) => (await dueFollowUps(strapi, today)).map((row) => row.documentId);
    expect(await due('2026-11-19')).not.toContain(match.documentId);
    expect(await due('2026-11-20')).toContain(match.documentId);
    await moveMatch(strapi, match.documentId, { status: 'ended' });
    expect(await due('2026-11-30')).not.toContain(match.documentId);
  });
});
