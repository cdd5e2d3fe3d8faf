import { createHash, timingSafeEqual } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { PREVIEW_TYPES } from '@cb/domain';
import { configOf } from '../config';

/**
 * The API token the site's preview reads drafts with (SITE_PREVIEW_TOKEN): a content-API token that
 * may only `find` and `findOne` the public types, and the only bearer the published-only middleware
 * lets ask for `?status=draft`. Kept in step with the setting at every start: created, re-keyed
 * when the setting changed, removed when the preview is off.
 */

export const PREVIEW_TOKEN_NAME = 'Site preview (drafts, read-only)';

interface StoredToken {
  id: number;
  name: string;
  permissions?: string[];
}

interface TokenService {
  hash(accessKey: string): string;
  getByName(name: string): Promise<StoredToken | null>;
  getByAccessKey(accessKeyHash: string): Promise<StoredToken | null>;
  create(attributes: Record<string, unknown>): Promise<{ id: number }>;
  revoke(id: number): Promise<unknown>;
}

export function previewTokenPermissions(): string[] {
  return PREVIEW_TYPES.flatMap((type) => [`api::${type}.${type}.find`, ...(isCollection(type) ? [`api::${type}.${type}.findOne`] : [])]);
}

const isCollection = (type: string) => type !== 'global' && type !== 'home';

export async function ensurePreviewToken(strapi: Core.Strapi): Promise<void> {
  try {
    // One transaction: no other replica sees the token with Strapi's random key, or half replaced.
    await strapi.db.transaction(() => keepPreviewTokenInStep(strapi));
  } catch (error) {
    // Replicas starting together: another one made it first (the name is unique); it is in step if it has our key.
    if (!(await previewTokenInStep(strapi))) throw error;
  }
}

async function previewTokenInStep(strapi: Core.Strapi): Promise<boolean> {
  const tokens = tokenService(strapi);
  const preview = configOf(strapi).preview;
  if (!preview) return (await tokens.getByName(PREVIEW_TOKEN_NAME)) === null;
  const current = await tokens.getByAccessKey(tokens.hash(preview.token));
  // Another token with the same key (made by hand) is not ours to change: the start says so.
  if (current && current.name !== PREVIEW_TOKEN_NAME) throw new Error('SITE_PREVIEW_TOKEN is the key of another API token; give the preview a key of its own');
  return current !== null && sameSet(current.permissions ?? [], previewTokenPermissions());
}

async function keepPreviewTokenInStep(strapi: Core.Strapi): Promise<void> {
  if (await previewTokenInStep(strapi)) return;
  const tokens = tokenService(strapi);
  const existing = await tokens.getByName(PREVIEW_TOKEN_NAME);
  if (existing) await tokens.revoke(existing.id);
  const preview = configOf(strapi).preview;
  if (!preview) return;
  const created = await tokens.create({
    name: PREVIEW_TOKEN_NAME,
    description: 'Read by the site preview (SITE_PREVIEW_TOKEN) to show drafts to editors. Managed by the CMS at start.',
    type: 'custom',
    lifespan: null,
    permissions: previewTokenPermissions(),
  });
  // Strapi makes a random key; the token's key is the configured one, which the preview server also has.
  const encryption = strapi.service('admin::encryption');
  const encryptedKey: string = encryption.encrypt(preview.token);
  await strapi.db.query('admin::api-token').update({
    where: { id: created.id },
    data: { accessKey: tokens.hash(preview.token), encryptedKey },
  });
}

/** Strapi's service of content-API tokens, with the methods used here. */
function tokenService(strapi: Core.Strapi): TokenService {
  const service = strapi.service('admin::api-token-content-api');
  return { hash: service.hash, getByName: service.getByName, getByAccessKey: service.getByAccessKey, create: service.create, revoke: service.revoke };
}

/** Whether a request bears the preview's token (constant time). */
export function bearsPreviewToken(strapi: Core.Strapi, authorization: string | undefined): boolean {
  const token = configOf(strapi).preview?.token;
  if (!token || !authorization?.startsWith('Bearer ')) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(authorization.slice('Bearer '.length)), digest(token));
}

function sameSet(left: readonly string[], right: readonly string[]): boolean {
  return left.length === right.length && right.every((item) => left.includes(item));
}
