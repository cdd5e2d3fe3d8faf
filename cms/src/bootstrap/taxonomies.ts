import type { Core, UID } from '@strapi/strapi';
import { TAXONOMIES, type Municipality, type Term } from '@cb/domain';

/**
 * The taxonomies live in @cb/domain. The CMS mirrors them into collection types so that content
 * can relate to them and editors can pick them; this keeps the mirror equal to the source.
 */
export async function mirrorTaxonomies(strapi: Core.Strapi): Promise<void> {
  for (const [name, terms] of Object.entries(TAXONOMIES)) {
    const uid = `api::${name}.${name}` as UID.ContentType;
    for (const term of terms as readonly Term[]) await upsertTerm(strapi, uid, term);
  }
}

async function upsertTerm(strapi: Core.Strapi, uid: UID.ContentType, term: Term): Promise<void> {
  const data: Record<string, string> = {
    code: term.code,
    nameNl: term.name.nl,
    nameFr: term.name.fr,
    nameEn: term.name.en,
  };
  if ('postcodes' in term) data.postcodes = (term as Municipality).postcodes.join(', ');

  const documents = strapi.documents(uid);
  const existing = await documents.findFirst({ filters: { code: term.code } as never });
  if (!existing) {
    await documents.create({ data: data as never });
    return;
  }
  const changed = Object.entries(data).some(([field, value]) => (existing as Record<string, unknown>)[field] !== value);
  if (changed) await documents.update({ documentId: existing.documentId, data: data as never });
}

/** documentIds of the taxonomy terms, by taxonomy and code: how seeds and intake connect relations. */
export async function taxonomyIndex(strapi: Core.Strapi): Promise<Record<string, Map<string, string>>> {
  const index: Record<string, Map<string, string>> = {};
  for (const name of Object.keys(TAXONOMIES)) {
    const uid = `api::${name}.${name}` as UID.ContentType;
    const terms = await strapi.documents(uid).findMany({ fields: ['code'] as never, limit: 1000 });
    index[name] = new Map(terms.map((term) => [String((term as Record<string, unknown>).code), term.documentId]));
  }
  return index;
}
