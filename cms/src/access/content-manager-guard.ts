import { isDeepStrictEqual } from 'node:util';
import type { Core } from '@strapi/strapi';
import { STORED_FILE_FIELDS, storedFilesOf, type FilesRow } from '../api/intake/attachments/uploads';
import { isModelUid } from '../content-model/uids';
import { refusedPaths, searchOverReadableFields, type FieldAccess, type RefusedPath, type SchemaAttribute } from './intake-queries';

export const READ = 'plugin::content-manager.explorer.read';

interface Ability {
  can(action: string, subject: string, field?: string): boolean;
}

type Row = Record<string, unknown>;

export interface GuardedContext {
  method: string;
  params: Record<string, string | undefined>;
  request: { query: Row; body?: unknown };
  state: { userAbility?: Ability };
  status: number;
  body: unknown;
}

type Next = () => Promise<unknown>;

/** The caller's read permissions of the content manager, over the models Strapi knows. */
export function fieldAccess(strapi: Core.Strapi, ability: Ability): FieldAccess {
  return {
    attributesOf: (uid) => modelAttributes(strapi, uid),
    canRead: (uid, field) => ability.can(READ, uid, field),
  };
}

function modelAttributes(strapi: Core.Strapi, uid: string): Record<string, SchemaAttribute> | undefined {
  return isModelUid(strapi, uid) ? strapi.getModel(uid).attributes : undefined;
}

/** Strapi's error shape, with a message that names fields, never a value. */
export function refuse(ctx: Pick<GuardedContext, 'status' | 'body'>, status: 400 | 403, message: string, details: Row = {}): void {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name: status === 400 ? 'ValidationError' : 'ForbiddenError', message, details } };
}

const describeRefused = (refused: RefusedPath[]) => [...new Set(refused.map(({ parameter, path }) => `${parameter}: ${path}`))];

/**
 * Adds the guard to every content-manager route that names a model: collection and single types,
 * their actions (bulk, publish, clone, draft-relation counts) and the relations endpoints. Run in
 * `register()`, before Strapi mounts the routes.
 */
export function guardContentManager(strapi: Core.Strapi): void {
  const { routes } = strapi.plugin('content-manager');
  for (const router of Array.isArray(routes) ? [{ routes }] : Object.values(routes)) {
    for (const route of router.routes ?? []) {
      if (!route.path.includes(':model')) continue;
      route.config = { ...route.config, middlewares: [...(route.config?.middlewares ?? []), contentManagerGuard(strapi)] };
    }
  }
}

function contentManagerGuard(strapi: Core.Strapi): Core.MiddlewareHandler {
  // Koa's context carries the router's params untyped: they are named here.
  return (ctx, next) => guardRequest(strapi, Object.assign(ctx, { params: ctx.params }), next);
}

async function guardRequest(strapi: Core.Strapi, ctx: GuardedContext, next: Next): Promise<unknown> {
  const ability = ctx.state.userAbility;
  const model = ctx.params.model;
  if (!ability || !model || !isModelUid(strapi, model)) return next();
  const access = fieldAccess(strapi, ability);
  // Strapi 5.54 answers a 500 to a relations call on a field the caller may not read (its
  // `ctx.forbidden()` is returned into a destructuring): refuse it here as Strapi means to.
  if (ctx.params.targetField && !ability.can(READ, model, ctx.params.targetField)) return refuse(ctx, 403, 'Forbidden');
  const queried = queriedModel(strapi, ctx);
  if (queried) {
    const body = isRow(ctx.request.body) ? ctx.request.body : {};
    const refused = [...refusedPaths(access, queried, ctx.request.query), ...refusedPaths(access, queried, { sort: body.sort })];
    if (refused.length > 0) {
      return refuse(ctx, 400, 'Search, sort and filter only on fields you may read', { fields: describeRefused(refused) });
    }
    if (isListRoute(ctx) && !searchOnlyReadable(access, queried, ctx.request.query)) {
      return refuse(ctx, 400, 'None of the fields you may read can be searched');
    }
  }
  if (ctx.method === 'POST' || ctx.method === 'PUT') {
    const problem = await fileFieldWriteProblem(strapi, model, ctx);
    if (problem) return refuse(ctx, 400, problem);
  }
  return next();
}

const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The model a route searches: its own, or for the relations endpoints the target of the relation field. */
function queriedModel(strapi: Core.Strapi, ctx: GuardedContext): string | undefined {
  const { model, targetField } = ctx.params;
  if (!targetField) return model;
  return model ? modelAttributes(strapi, model)?.[targetField]?.target : undefined;
}

const isListRoute = (ctx: GuardedContext) => ctx.method === 'GET' && !ctx.params.id && !ctx.params.targetField;

/** Turns `_q` into a search over the readable text fields when some searchable field is hidden; false when none is left. */
function searchOnlyReadable(access: FieldAccess, uid: string, query: Row): boolean {
  const search = query._q;
  if (search === undefined) return true;
  if (typeof search !== 'string') return false;
  const readableSearch = searchOverReadableFields(access, uid, search);
  if (readableSearch === undefined) return true;
  if (readableSearch === null) return false;
  delete query._q;
  query.filters = query.filters === undefined ? readableSearch : { $and: [query.filters, readableSearch] };
  return true;
}

/**
 * Files of intake records are set only by the form they came with, and a file belongs to one
 * record: no staff member (super admin included) sets, changes or copies them in the admin. The
 * admin's edit view sends every field back, so a files field equal to what is stored is let
 * through (and dropped from the write).
 */
async function fileFieldWriteProblem(strapi: Core.Strapi, model: string, ctx: GuardedContext): Promise<string | undefined> {
  if (!(model in STORED_FILE_FIELDS)) return undefined;
  const uid = model as keyof typeof STORED_FILE_FIELDS;
  const field = STORED_FILE_FIELDS[uid];
  const storedFiles = async (documentId: string | undefined) => {
    if (!documentId) return [];
    // Query Engine read: the one JSON column, of a private record without drafts or locales.
    const row: FilesRow | null = await strapi.db.query(uid).findOne({ where: { documentId }, select: [field] });
    return storedFilesOf(row?.[field]);
  };

  const source = ctx.params.sourceId;
  if (source !== undefined && (await storedFiles(source)).length > 0) {
    return `A record with files cannot be copied: each file belongs to the record it came with (${field})`;
  }
  const body = ctx.request.body;
  if (!isRow(body) || !(field in body)) return undefined;
  const sent = body[field];
  const unchanged =
    ctx.params.id !== undefined
      ? isDeepStrictEqual(storedFilesOf(sent), await storedFiles(ctx.params.id)) && sameShape(sent)
      : storedFilesOf(sent).length === 0 && isEmpty(sent);
  if (!unchanged) return `Files of a submission are set only by the form it came with (${field})`;
  delete body[field];
  return undefined;
}

const isEmpty = (value: unknown) => value === null || value === undefined || (Array.isArray(value) && value.length === 0);
/** Anything but a stored-files description (or nothing) is a change, even if no file id is in it. */
const sameShape = (value: unknown) => isEmpty(value) || storedFilesOf(value).length === [value].flat().length;
