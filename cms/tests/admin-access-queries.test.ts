import { describe, expect, it } from 'vitest';
import { readsWholeRecord, refusedPaths, searchOverReadableFields, sortPaths, type FieldAccess, type SchemaAttribute } from '../src/access/intake-queries';

/** The pure walk over a list query (the real-Strapi tests are admin-access-search and admin-access-matrix). */

const MODELS: Record<string, Record<string, SchemaAttribute>> = {
  story: {
    title: { type: 'string' },
    email: { type: 'email' },
    phone: { type: 'string' },
    key: { type: 'string', private: true },
    lines: { type: 'component', component: 'line' },
  },
  line: { label: { type: 'string' }, amount: { type: 'decimal' } },
  match: { notes: { type: 'text' }, request: { type: 'relation', target: 'story' } },
};
const READABLE: Record<string, string[]> = { story: ['title', 'lines.label'], match: ['notes', 'request'] };

const access: FieldAccess = {
  attributesOf: (uid) => MODELS[uid],
  canRead: (uid, field) => READABLE[uid]?.includes(field) ?? false,
};

describe('the paths of a sort', () => {
  it('reads every shape Strapi takes', () => {
    expect(sortPaths('title:asc, email:DESC,phone')).toEqual([['title'], ['email'], ['phone']]);
    expect(sortPaths(['a.b:asc', { c: 'desc' }, { d: { e: 'asc' } }])).toEqual([['a', 'b'], ['c'], ['d', 'e']]);
  });
});

describe('refused paths of a query', () => {
  it('finds hidden fields in filters at any depth, and through relations and components', () => {
    const refused = refusedPaths(access, 'match', {
      filters: { $or: [{ notes: { $eq: 'x' } }, { $not: { request: { email: { $eq: 'x' } } } }], request: { $and: [{ lines: { amount: { $gt: 1 } } }] } },
    });
    expect(refused.map((entry) => entry.path)).toEqual(['request.email', 'request.lines.amount']);
  });

  it('refuses private and unknown fields, operators naming fields, sorts, populate filters and fields lists', () => {
    const refused = refusedPaths(access, 'story', {
      filters: { key: 'x', nothing: 'x', title: { $eq: { email: 'x' } } },
      sort: ['title:asc', 'email:desc'],
      fields: ['title', 'phone'],
    });
    expect(refused).toEqual([
      { parameter: 'filters', path: 'key' },
      { parameter: 'filters', path: 'nothing' },
      { parameter: 'filters', path: 'title' },
      { parameter: 'sort', path: 'email' },
      { parameter: 'fields', path: 'phone' },
    ]);
    expect(refusedPaths(access, 'match', { populate: { request: { filters: { phone: { $null: true } } } } })).toEqual([
      { parameter: 'populate', path: 'request.phone' },
    ]);
  });

  it('lets through what may be read', () => {
    expect(
      refusedPaths(access, 'match', {
        filters: { request: { title: { $containsi: 'soep' }, id: { $in: [1, 2] } } },
        sort: { request: { title: 'asc' } },
        populate: '*',
      }),
    ).toEqual([]);
  });
});

describe('search over readable fields', () => {
  it('turns a search into filters over the readable text fields only', () => {
    expect(searchOverReadableFields(access, 'story', 'soep')).toEqual({ $or: [{ title: { $containsi: 'soep' } }] });
    expect(searchOverReadableFields({ ...access, canRead: () => false }, 'story', 'soep')).toBeNull();
    expect(searchOverReadableFields({ ...access, canRead: () => true }, 'line', 'soep')).toBeUndefined();
  });

  it('knows whether a whole record may be read, through its components', () => {
    expect(readsWholeRecord(access, 'story')).toBe(false);
    expect(readsWholeRecord({ ...access, canRead: () => true }, 'story')).toBe(true);
  });
});
