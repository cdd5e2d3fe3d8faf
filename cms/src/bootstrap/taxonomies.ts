import type { Core } from '@strapi/strapi';
import { TAXONOMIES, type TaxonomyName, type Term } from '@cb/domain';
import { apiUid, type TaxonomyUid } from '../content-model/uids';

export const TAXONOMY_NAMES = Object.keys(TAXONOMIES).filter((name): name is TaxonomyName => name in TAXONOMIES);

/**
 * The taxonomies live in @cb/domain. The CMS mirrors them into collection types so that content
 * can relate to them and editors can pick them; this keeps the mirror equal to the source.
 */
export async function mirrorTaxonomies(strapi: Core.Strapi): Promise<void> {
  for (const name of TAXONOMY_NAMES) {
    const terms: readonly Term[] = TAXONOMIES[name];
    for (const term of terms) await upsertTerm(strapi, apiUid(name), term);
  }
}

async function upsertTerm(strapi: Core.Strapi, uid: TaxonomyUid, term: Term): Promise<void> {
  const data: { code: string; nameNl: string; nameFr: string; nameEn: string; postcodes?: string } = {
    code: term.code,
    nameNl: term.name.nl,
    nameFr: term.name.fr,
    nameEn: term.name.en,
  };
  if ('postcodes' in term && Array.isArray(term.postcodes)) data.postcodes = term.postcodes.join(', ');

  const documents = strapi.documents(uid);
  const existing = await documents.findFirst({ filters: { code: term.code } });
  if (!existing) {
    await documents.create({ data });
    return;
  }
  const stored: Record<string, unknown> = existing;
  const changed = Object.entries(data).some(([field, value]) => stored[field] !== value);
  if (changed) await documents.update({ documentId: existing.documentId, data });
}

/** documentIds of the taxonomy terms, by taxonomy and code: how seeds and intake connect relations. */
export async function taxonomyIndex(strapi: Core.Strapi): Promise<Record<string, Map<string, string>>> {
  const index: Record<string, Map<string, string>> = {};
  for (const name of TAXONOMY_NAMES) {
    const terms = await strapi.documents(apiUid(name)).findMany({ fields: ['code'], limit: 1000 });
    index[name] = new Map(terms.map((term) => [String(term.code), term.documentId]));
  }
  return index;
}
