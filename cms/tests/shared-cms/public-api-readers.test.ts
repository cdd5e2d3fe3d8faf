import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '@cb/domain';
import { CMS_API_TYPES, fetchPublished, fetchSingleType, type CmsApiTypeName, type CmsCollectionTypeName, type CmsSingleTypeName } from '@cb/domain/cms-api';
import { sharedCms, type TestCms } from '../helpers/cms';

/**
 * The site's build and search read this API with one client and one set of schemas
 * (@cb/domain/cms-api). Whatever the CMS serves of its seeded content must pass them, in every locale:
 * a field renamed or retyped in a content type fails here, not in a build.
 */
let cms: TestCms;
beforeAll(async () => {
  cms = await sharedCms();
  await publishFundedProject();
});

/** The seed has no funded project (one is drafted only after a granted proposal's consent): one, published in each locale. */
async function publishFundedProject(): Promise<void> {
  const projects = cms.strapi.documents('api::funded-project.funded-project');
  const paragraph = (text: string) => [{ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] }];
  const { documentId } = await projects.create({
    locale: 'nl',
    status: 'published',
    data: {
      title: 'Soep op zondag',
      slug: 'soep-op-zondag',
      summary: 'Buren koken samen soep.',
      description: paragraph('Elke zondag in de buurtkeuken.'),
      howToJoin: 'Kom langs.',
    },
  });
  for (const locale of ['fr', 'en'] as const)
    await projects.update({
      documentId,
      locale,
      status: 'published',
      data: {
        title: `Soupe ${locale}`,
        slug: `soupe-${locale}`,
        summary: 'Des voisins cuisinent.',
        description: paragraph('Chaque dimanche.'),
        howToJoin: 'Passez.',
      },
    });
}
afterAll(async () => cms?.stop());

const names = Object.keys(CMS_API_TYPES) as CmsApiTypeName[];
const collections = names.filter((name): name is CmsCollectionTypeName => !CMS_API_TYPES[name].single);
const singles = names.filter((name): name is CmsSingleTypeName => CMS_API_TYPES[name].single);

describe('the public API as the CMS client reads it', () => {
  it.each(LOCALES)('serves every public collection in %s as documents its schemas accept', async (locale) => {
    for (const name of collections) {
      const { documents, invalid } = await fetchPublished({ url: cms.url, pageSize: 7 }, name, locale);
      expect(invalid, `${name} (${locale})`).toEqual([]);
      expect(documents.length, `${name} (${locale})`).toBeGreaterThan(0);
    }
  });

  it.each(LOCALES)('serves the single types in %s as documents its schemas accept', async (locale) => {
    for (const name of singles) {
      const parsed = await fetchSingleType({ url: cms.url }, name, locale);
      expect(parsed?.problems, `${name} (${locale})`).toBeUndefined();
      expect(parsed?.document?.locale).toBe(locale);
    }
  });
});
