import type { Core, UID } from '@strapi/strapi';
import type { TaxonomyName } from '@cb/domain';
import type { IntakeForm } from '@cb/domain/intake';

/** The name of an `api::name.name` content type: the names the app's own types go by. */
export type ApiName = {
  [Uid in UID.ContentType]: Uid extends `api::${infer Name}.${infer Same}` ? (Name extends Same ? Name : never) : never;
}[UID.ContentType];

/** `api::name.name` for each name of a union (one uid per name, not the cross product). */
export type ApiUid<Name extends ApiName> = Name extends ApiName ? `api::${Name}.${Name}` : never;

/**
 * The content-type uid of a domain name (a taxonomy, an intake form, a seeded type), typed as the
 * literal uid so that `strapi.documents(uid)` knows its fields from cms/types/generated. A name
 * without a content type fails the typecheck.
 */
export function apiUid<Name extends ApiName>(name: Name): ApiUid<Name>;
export function apiUid(name: ApiName): string {
  return `api::${name}.${name}`;
}

export type TaxonomyUid = ApiUid<TaxonomyName>;
export type IntakeUid = ApiUid<IntakeForm>;

/** Whether a name from outside (a route parameter, a relation's target) is a model Strapi knows. */
export function isModelUid(strapi: Core.Strapi, uid: string): uid is UID.Schema {
  return uid in strapi.contentTypes || uid in strapi.components;
}
