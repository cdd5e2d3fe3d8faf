import type { Core } from '@strapi/strapi';
import { PUBLIC_COLLECTION_TYPES, PUBLIC_SINGLE_TYPES, TAXONOMIES } from '@cb/domain';

/**
 * What an anonymous visitor may do through the content API: read published public content and
 * the taxonomies. Nothing else: no intake type, no upload listing, no user accounts.
 */
export function publicReadActions(): string[] {
  const collections = [...PUBLIC_COLLECTION_TYPES, ...Object.keys(TAXONOMIES)];
  return [
    ...collections.flatMap((type) => [`api::${type}.${type}.find`, `api::${type}.${type}.findOne`]),
    ...PUBLIC_SINGLE_TYPES.map((type) => `api::${type}.${type}.find`),
  ];
}

/**
 * Sets the public role's permissions to exactly `publicReadActions()`, at every start.
 * The code is the source of truth: a permission granted by hand in the admin is taken away again.
 */
export async function syncPublicPermissions(strapi: Core.Strapi): Promise<void> {
  // Query Engine, as the users-permissions plugin itself does: permissions are not documents.
  const roles = strapi.db.query('plugin::users-permissions.role');
  const permissions = strapi.db.query('plugin::users-permissions.permission');
  const publicRole = await roles.findOne({ where: { type: 'public' } });
  if (!publicRole) throw new Error('The users-permissions plugin has no public role');

  const wanted = new Set(publicReadActions());
  const granted: { id: number; action: string }[] = await permissions.findMany({ where: { role: publicRole.id } });

  const unwanted = granted.filter((permission) => !wanted.has(permission.action));
  if (unwanted.length > 0) await permissions.deleteMany({ where: { id: { $in: unwanted.map((permission) => permission.id) } } });

  const missing = [...wanted].filter((action) => !granted.some((permission) => permission.action === action));
  for (const action of missing) await permissions.create({ data: { action, role: publicRole.id } });
}
