/**
 * What a staff member's list query may touch: search, sort, filters, populate and fields run only
 * over fields the member may read. Strapi 5.54's content manager strips unreadable filters but lets
 * `sort` and `_q` run over every column, so result order and counts reveal hidden values (an
 * editor could confirm a guessed email of a story submission). These functions look at a query
 * the way the database will, path by path, through relations and components.
 */

export interface SchemaAttribute {
  type: string;
  target?: string;
  component?: string;
  private?: boolean;
  /** False for Strapi's own fields (createdBy, ...), which no permission lists. */
  visible?: boolean;
}

export interface FieldAccess {
  /** The attributes of a content type or component; undefined when there is no such model. */
  attributesOf(uid: string): Record<string, SchemaAttribute> | undefined;
  /** Whether the member may read this field (a dotted path through components) of this content type. */
  canRead(uid: string, field: string): boolean;
}

export interface RefusedPath {
  parameter: 'filters' | 'sort' | 'populate' | 'fields';
  path: string;
}

/** Fields every list has and every reader sees: they say nothing about a person. */
const SYSTEM_FIELDS = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'locale']);
/** The content manager's own pseudo-fields: the status of a draft & publish document. */
const CONTENT_MANAGER_PSEUDO_FIELDS = new Set(['__status', 'status']);
const CREATORS = new Set(['createdBy', 'updatedBy']);
/** What Strapi shows of the staff member who created or changed a record (ADMIN_USER_ALLOWED_FIELDS). */
const CREATOR_FIELDS = new Set(['id', 'firstname', 'lastname', 'username', 'email', 'isActive']);
/** A field that permissions can name: not one of Strapi's own, not private to the server. */
export const isPermissionField = (name: string, attribute: SchemaAttribute) =>
  !SYSTEM_FIELDS.has(name) && !CREATORS.has(name) && attribute.visible !== false && !attribute.private;
const LOGICAL_OPERATORS = new Set(['$and', '$or', '$not']);
const RELATION_TYPES = new Set(['relation', 'media']);

type Row = Record<string, unknown>;

const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Where a path walk stands: the content type whose permissions apply, the model whose attributes apply, the path so far. */
interface Position {
  subject: string;
  model: string;
  prefix: string;
}

const at = (uid: string): Position => ({ subject: uid, model: uid, prefix: '' });

type Step = { kind: 'scalar' } | { kind: 'into'; position: Position; through: 'component' | 'relation' } | { kind: 'creator' } | { kind: 'refused' };

/** One field name at a position: may it be read, and where does the walk go from there? */
function step(access: FieldAccess, position: Position, name: string): Step {
  if (SYSTEM_FIELDS.has(name) || (position.prefix === '' && CONTENT_MANAGER_PSEUDO_FIELDS.has(name))) return { kind: 'scalar' };
  if (position.prefix === '' && CREATORS.has(name)) return { kind: 'creator' };
  const attribute = access.attributesOf(position.model)?.[name];
  const field = `${position.prefix}${name}`;
  if (!attribute || attribute.private) return { kind: 'refused' };
  if (attribute.type === 'component' && attribute.component) {
    // Permissions name a component's fields (`budgetLines.amount`), not the component: the walk checks the leaf.
    const inside: Position = { subject: position.subject, model: attribute.component, prefix: `${field}.` };
    return someLeafReadable(access, inside) ? { kind: 'into', through: 'component', position: inside } : { kind: 'refused' };
  }
  if (!access.canRead(position.subject, field)) return { kind: 'refused' };
  if (attribute.type === 'relation' && attribute.target) return { kind: 'into', through: 'relation', position: at(attribute.target) };
  if (RELATION_TYPES.has(attribute.type) || attribute.type === 'dynamiczone') return { kind: 'refused' };
  return { kind: 'scalar' };
}

function leaves(access: FieldAccess, position: Position, depth = 0): string[] {
  if (depth > 10) return [];
  return Object.entries(access.attributesOf(position.model) ?? {}).flatMap(([name, attribute]) => {
    if (!isPermissionField(name, attribute)) return [];
    const field = `${position.prefix}${name}`;
    return attribute.type === 'component' && attribute.component
      ? leaves(access, { ...position, model: attribute.component, prefix: `${field}.` }, depth + 1)
      : [field];
  });
}

const someLeafReadable = (access: FieldAccess, position: Position) => leaves(access, position).some((field) => access.canRead(position.subject, field));

/** Whether the member may read every field of a content type, through its components. */
export const readsWholeRecord = (access: FieldAccess, uid: string) => leaves(access, at(uid)).every((field) => access.canRead(uid, field));

/** Checks one dotted path (`helpRequest.email`) from a content type; returns whether all of it may be read. */
export function pathIsReadable(access: FieldAccess, uid: string, path: readonly string[]): boolean {
  let position = at(uid);
  for (const [index, name] of path.entries()) {
    const next = step(access, position, name);
    const last = index === path.length - 1;
    if (next.kind === 'refused') return false;
    if (next.kind === 'creator') return last || (index === path.length - 2 && CREATOR_FIELDS.has(path[index + 1]!));
    if (next.kind === 'scalar') return last;
    position = next.position;
  }
  return true;
}

/** Filters, recursively: every field named anywhere (inside $and, $or, $not, relations, components) must be readable. */
function refusedInFilters(access: FieldAccess, position: Position, filters: unknown, path: string, out: string[]): void {
  if (Array.isArray(filters)) {
    for (const item of filters) refusedInFilters(access, position, item, path, out);
    return;
  }
  if (!isRow(filters)) return;
  for (const [key, value] of Object.entries(filters)) {
    if (LOGICAL_OPERATORS.has(key)) {
      refusedInFilters(access, position, value, path, out);
      continue;
    }
    if (key.startsWith('$')) {
      // A comparison on a relation itself (`helpRequest: { $null: true }`): its operand names no field.
      if (!operandIsPlain(value)) out.push(`${path}${key}`);
      continue;
    }
    const next = step(access, position, key);
    const here = `${path}${key}`;
    if (next.kind === 'refused') out.push(here);
    else if (next.kind === 'into') refusedInFilters(access, next.position, value, `${here}.`, out);
    else if (next.kind === 'creator') refusedInCreatorFilters(value, `${here}.`, out);
    else if (!scalarConditionIsPlain(value)) out.push(here);
  }
}

/** A filter on the staff member who created or changed a record: only the fields Strapi shows, at any depth of $and/$or/$not. */
function refusedInCreatorFilters(value: unknown, path: string, out: string[]): void {
  if (Array.isArray(value)) {
    for (const item of value) refusedInCreatorFilters(item, path, out);
    return;
  }
  if (!isRow(value)) return;
  for (const [key, condition] of Object.entries(value)) {
    if (LOGICAL_OPERATORS.has(key)) refusedInCreatorFilters(condition, path, out);
    else if (!(key.startsWith('$') ? operandIsPlain(condition) : CREATOR_FIELDS.has(key) && scalarConditionIsPlain(condition))) out.push(`${path}${key}`);
  }
}

/** A condition on one scalar field: a value, or operators (also nested in $not/$and/$or) over values. */
function scalarConditionIsPlain(condition: unknown): boolean {
  if (!isRow(condition)) return operandIsPlain(condition);
  return Object.entries(condition).every(
    ([operator, operand]) =>
      operator.startsWith('$') && (LOGICAL_OPERATORS.has(operator) ? [operand].flat().every(scalarConditionIsPlain) : operandIsPlain(operand)),
  );
}

const operandIsPlain = (operand: unknown): boolean =>
  Array.isArray(operand) ? operand.every((item) => !isRow(item) && !Array.isArray(item)) : !isRow(operand);

/** The field paths of a sort in any shape Strapi takes: `a:desc,b`, [`a:desc`, { b: 'asc' }], { rel: { field: 'asc' } }. */
export function sortPaths(sort: unknown): string[][] {
  if (typeof sort === 'string') {
    return sort
      .split(',')
      .map((part) => part.trim().split(':')[0]!.trim())
      .filter((field) => field !== '')
      .map((field) => field.split('.'));
  }
  if (Array.isArray(sort)) return sort.flatMap(sortPaths);
  if (isRow(sort)) {
    return Object.entries(sort).flatMap(([field, direction]) => {
      const nested = isRow(direction) || Array.isArray(direction) ? sortPaths(direction) : [];
      return nested.length > 0 ? nested.map((rest) => [...field.split('.'), ...rest]) : [field.split('.')];
    });
  }
  return [];
}

/** Field names of a `fields` parameter: `a,b` or [a, b]. */
function fieldNames(fields: unknown): string[] {
  if (typeof fields === 'string')
    return fields
      .split(',')
      .map((field) => field.trim())
      .filter(Boolean);
  if (Array.isArray(fields)) return fields.flatMap(fieldNames);
  return [];
}

/** Populate: what is populated must be readable, and a nested filter, sort or fields list is checked on its own model. */
function refusedInPopulate(access: FieldAccess, uid: string, populate: unknown, path: string, out: RefusedPath[]): void {
  if (populate === '*' || populate === true || populate === undefined || populate === null) return;
  if (typeof populate === 'string' || Array.isArray(populate)) {
    for (const entry of fieldNames(populate)) {
      if (entry !== '*' && !pathIsReadable(access, uid, entry.split('.'))) out.push({ parameter: 'populate', path: `${path}${entry}` });
    }
    return;
  }
  if (!isRow(populate)) return;
  for (const [field, nested] of Object.entries(populate)) {
    const next = step(access, at(uid), field);
    const here = `${path}${field}`;
    if (next.kind === 'refused' || (next.kind !== 'into' && isRow(nested))) {
      out.push({ parameter: 'populate', path: here });
      continue;
    }
    if (next.kind !== 'into' || !isRow(nested)) continue;
    // A relation brings the permissions of its own type; a component's filters are not worth the walk.
    if (next.through === 'component') {
      if (nested.filters !== undefined || nested.sort !== undefined || nested.populate !== undefined) out.push({ parameter: 'populate', path: here });
      continue;
    }
    const target = next.position.subject;
    const inside = refusedPaths(access, target, { filters: nested.filters, sort: nested.sort, fields: nested.fields }, `${here}.`);
    out.push(...inside.map(({ path: refused }) => ({ parameter: 'populate' as const, path: refused })));
    refusedInPopulate(access, target, nested.populate, `${here}.`, out);
  }
}

/** Every path of a list query (filters, sort, populate, fields) that names a field the member may not read. */
export function refusedPaths(access: FieldAccess, uid: string, query: Row, path = ''): RefusedPath[] {
  const out: RefusedPath[] = [];
  const filters: string[] = [];
  refusedInFilters(access, at(uid), query.filters, path, filters);
  out.push(...filters.map((refused) => ({ parameter: 'filters' as const, path: refused })));
  for (const sortPath of sortPaths(query.sort)) {
    if (!pathIsReadable(access, uid, sortPath)) out.push({ parameter: 'sort', path: `${path}${sortPath.join('.')}` });
  }
  for (const field of fieldNames(query.fields)) {
    if (!pathIsReadable(access, uid, [field])) out.push({ parameter: 'fields', path: `${path}${field}` });
  }
  refusedInPopulate(access, uid, query.populate, path, out);
  return out;
}

const STRING_TYPES = new Set(['string', 'text', 'richtext', 'email', 'uid', 'enumeration']);
const NUMBER_TYPES = new Set(['integer', 'biginteger', 'float', 'decimal']);

/**
 * Strapi's `_q` searches every text column (and number columns for a number). For a member who may
 * not read all of them, the same search as filters over the readable ones; undefined when it may
 * run as it is, `null` when no readable field can be searched.
 */
export function searchOverReadableFields(access: FieldAccess, uid: string, search: string): Row | null | undefined {
  const attributes = access.attributesOf(uid) ?? {};
  const numeric = search.trim() !== '' && !Number.isNaN(Number(search));
  // Strapi's own fields aside (locale, ...); a private field counts as one the member may not read.
  const searched = Object.entries(attributes).filter(
    ([name, attribute]) =>
      isPermissionField(name, { ...attribute, private: false }) && (STRING_TYPES.has(attribute.type) || (numeric && NUMBER_TYPES.has(attribute.type))),
  );
  const readable = searched.filter(([name, attribute]) => isPermissionField(name, attribute) && access.canRead(uid, name));
  if (readable.length === searched.length) return undefined;
  const conditions: Row[] = readable.map(([name, attribute]) => ({
    [name]: NUMBER_TYPES.has(attribute.type) ? { $eq: Number(search) } : { $containsi: search },
  }));
  if (numeric && Number.isInteger(Number(search))) conditions.push({ id: { $eq: Number(search) } });
  return conditions.length > 0 ? { $or: conditions } : null;
}
