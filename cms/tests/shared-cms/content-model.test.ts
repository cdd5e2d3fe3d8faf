import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, INTAKE_TYPES, LOCALES, PUBLIC_COLLECTION_TYPES, PUBLIC_SINGLE_TYPES, TAXONOMIES, type Term } from '@cb/domain';
import { sharedCms, type TestCms } from '../helpers/cms';
import { seedSampleContent } from '../../src/seed';
import { organisations as sampleOrganisations } from '../../src/seed/content/organisations';
import { apiUid } from '../../src/content-model/uids';
import { TAXONOMY_NAMES } from '../../src/bootstrap/taxonomies';
import { modelOf } from '../helpers/records';

let cms: TestCms;
beforeAll(async () => {
  cms = await sharedCms();
});
afterAll(async () => cms?.stop());

/** What the test reads of a content type's schema. */
const contentTypeSchema = z.looseObject({
  kind: z.string(),
  options: z.looseObject({ draftAndPublish: z.boolean().optional() }).optional(),
  pluginOptions: z.looseObject({ i18n: z.looseObject({ localized: z.boolean().optional() }).optional() }).optional(),
  attributes: z.record(z.string(), z.looseObject({ type: z.string(), enum: z.array(z.string()).optional() })),
});
const schemaOf = (type: string) => contentTypeSchema.parse(modelOf(cms.strapi, type));

describe('content model', () => {
  it.each([...PUBLIC_COLLECTION_TYPES, ...PUBLIC_SINGLE_TYPES])('%s is localized public content with draft & publish', (type) => {
    const schema = schemaOf(type);
    expect(schema).toBeDefined();
    expect(schema.options?.draftAndPublish).toBe(true);
    expect(schema.pluginOptions?.i18n?.localized).toBe(true);
  });

  it.each(INTAKE_TYPES)('%s is private intake: not localized, no draft & publish', (type) => {
    const schema = schemaOf(type);
    expect(schema.kind).toBe('collectionType');
    expect(schema.options?.draftAndPublish).toBe(false);
    expect(schema.pluginOptions?.i18n?.localized).toBe(false);
  });

  it('takes its enumerations from @cb/domain', () => {
    expect(schemaOf('help-request').attributes.formLocale?.enum).toEqual([...LOCALES]);
    expect(schemaOf('page').attributes.key?.enum).toEqual([
      'about',
      'privacy',
      'accessibility',
      'contact',
      'volunteer-code-of-conduct',
      'volunteer-information-note',
    ]);
  });

  it('speaks nl, fr and en, with Dutch as the default', async () => {
    const locales = cms.strapi.plugin('i18n').service('locales');
    const codes = z
      .array(z.looseObject({ code: z.string() }))
      .parse(await locales.find())
      .map((locale) => locale.code)
      .sort();
    expect(codes).toEqual([...LOCALES].sort());
    expect(await locales.getDefaultLocale()).toBe(DEFAULT_LOCALE);
  });

  it.each(TAXONOMY_NAMES)('mirrors the %s taxonomy from @cb/domain', async (name) => {
    const terms: readonly Term[] = TAXONOMIES[name];
    const stored = await cms.strapi.documents(apiUid(name)).findMany({ limit: 1000 });
    expect(stored).toHaveLength(terms.length);
    for (const term of terms) {
      const mirrored = stored.find((candidate) => candidate.code === term.code);
      expect(mirrored?.nameFr).toBe(term.name.fr);
    }
  });
});

describe('sample content', () => {
  const count = (type: (typeof PUBLIC_COLLECTION_TYPES)[number], locale: string) => cms.strapi.documents(apiUid(type)).count({ locale, status: 'published' });

  it('is seeded on first start in every locale', async () => {
    const minimum: Partial<Record<(typeof PUBLIC_COLLECTION_TYPES)[number], number>> = {
      initiative: 40,
      story: 12,
      organisation: 15,
      'project-call': 1,
      page: 4,
    };
    for (const locale of LOCALES) {
      for (const type of PUBLIC_COLLECTION_TYPES) {
        const atLeast = minimum[type];
        if (atLeast === undefined) continue;
        expect(await count(type, locale), `${type} in ${locale}`).toBeGreaterThanOrEqual(atLeast);
      }
      for (const single of PUBLIC_SINGLE_TYPES) {
        expect(await cms.strapi.documents(apiUid(single)).findFirst({ locale, status: 'published' }), `${single} in ${locale}`).toBeTruthy();
      }
    }
  });

  it('is never created twice', async () => {
    const counts = async () => Object.fromEntries(await Promise.all([...PUBLIC_COLLECTION_TYPES].map(async (type) => [type, await count(type, 'fr')])));
    const before = await counts();
    const files = await cms.strapi.db.query('plugin::upload.file').count();

    expect((await seedSampleContent(cms.strapi)).skipped).toBe(true);
    const forced = await seedSampleContent(cms.strapi, { force: true });
    expect(forced.created).toEqual({});

    expect(await counts()).toEqual(before);
    expect(await cms.strapi.db.query('plugin::upload.file').count()).toBe(files);
  });

  it('links initiatives to their organisation and taxonomy in each locale', async () => {
    for (const locale of LOCALES) {
      const [initiative] = await cms.strapi.documents('api::initiative.initiative').findMany({
        locale,
        status: 'published',
        limit: 1,
        populate: ['organisation', 'categories', 'municipalities', 'languages'],
      });
      expect(initiative, locale).toBeDefined();
      expect(initiative?.organisation?.locale).toBe(locale);
      expect(initiative?.categories?.length).toBeGreaterThan(0);
      expect(initiative?.municipalities?.length).toBeGreaterThan(0);
    }
  });
  it('names each organisation with one proper name in every locale, its slug keeping œ as oe', async () => {
    const namesPerLocale = await Promise.all(
      LOCALES.map(async (locale) => {
        const found = await cms.strapi.documents('api::organisation.organisation').findMany({ locale, status: 'published', fields: ['name', 'slug'] });
        return new Map(found.map((organisation) => [organisation.documentId, organisation]));
      }),
    );
    // The shared CMS holds other files' organisations too, some in one locale only: the sample ones are checked, every one of them.
    const sampleNames = new Set(sampleOrganisations.map((organisation) => organisation.name));
    const [dutch, ...others] = namesPerLocale;
    const dutchSamples = [...(dutch ?? [])].filter(([, organisation]) => sampleNames.has(organisation.name ?? ''));
    expect(new Set(dutchSamples.map(([, organisation]) => organisation.name))).toEqual(sampleNames);
    for (const [documentId, organisation] of dutchSamples) {
      for (const other of others) expect(other.get(documentId)?.name, documentId).toBe(organisation.name);
    }
    const campus = namesPerLocale.map((byId) => [...byId.values()].find((organisation) => organisation.name === 'Campus Cœur')?.slug);
    expect(campus).toEqual(['campus-coeur', 'campus-coeur', 'campus-coeur']);
  });

  it('keeps an organisation name the same in every locale when an editor changes it in one', async () => {
    const organisations = cms.strapi.documents('api::organisation.organisation');
    const created = await organisations.create({ locale: 'nl', data: { name: 'Buurtwerk Noord', slug: 'buurtwerk-noord', summary: 'Een vereniging.' } });
    await organisations.update({ documentId: created.documentId, locale: 'fr', data: { name: 'Buurtwerk Noord', summary: 'Une association.' } });
    await organisations.update({ documentId: created.documentId, locale: 'fr', data: { name: 'Cœur du Nord' } });
    for (const locale of ['nl', 'fr']) {
      const saved = await organisations.findOne({ documentId: created.documentId, locale });
      expect(saved?.name, locale).toBe('Cœur du Nord');
    }
    expect(schemaOf('organisation').attributes.name?.pluginOptions).toEqual({ i18n: { localized: false } });
  });
});
