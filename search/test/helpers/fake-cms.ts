import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CMS_API_TYPES } from '@cb/domain/cms-api';
import { CONTENT_KINDS, type ContentKind } from '../../src/content-kinds.js';

/** A published entry as Strapi 5's REST API serves it (flat attributes, relations when populated). */
export type CmsRow = Record<string, unknown> & { documentId: string; locale: string };

/** Attributes that are relations or media: Strapi leaves them out unless the query populates them. */
const RELATIONS = [
  'organisation',
  'categories',
  'municipalities',
  'audiences',
  'languages',
  'image',
  'municipality',
  'logo',
  'cover',
  'initiatives',
  'organisations',
];

/**
 * A stand-in for the CMS's public REST API, serving published entries from memory with the parts of
 * Strapi's query language search/ uses: locale, filters on id and documentId, sort by id, page
 * pagination capped at 100, populate with fields. Like Strapi, a (re)publish gives the entry a new
 * row id, `?status=` is refused and intake collections are forbidden.
 */
export class FakeCms {
  readonly requests: string[] = [];
  /** The Authorization header of each request ('' when none). */
  readonly authorizations: string[] = [];
  /** When set, every request answers this status (a CMS in trouble). */
  failWith: number | null = null;
  /** Milliseconds to wait before each list answer (a slow CMS, for concurrency tests). */
  delayMs = 0;
  private rows = new Map<ContentKind, CmsRow[]>();
  private nextId = 1;
  private server: Server | null = null;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      this.authorizations.push(request.headers.authorization ?? '');
      void this.answer(request.url ?? '/').then(({ status, body }) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(body));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Publishes (or re-publishes) one locale of a document. */
  publish(kind: ContentKind, row: CmsRow): void {
    const rows = this.unpublish(kind, row.documentId, row.locale);
    rows.push({ ...row, id: this.nextId++ });
  }

  /** Unpublishes one locale of a document; returns the kind's remaining rows. */
  unpublish(kind: ContentKind, documentId: string, locale: string): CmsRow[] {
    const remaining = (this.rows.get(kind) ?? []).filter((row) => !(row.documentId === documentId && row.locale === locale));
    this.rows.set(kind, remaining);
    return remaining;
  }

  /** Deletes a document with all its locales. */
  delete(kind: ContentKind, documentId: string): void {
    this.rows.set(
      kind,
      (this.rows.get(kind) ?? []).filter((row) => row.documentId !== documentId),
    );
  }

  private async answer(rawUrl: string): Promise<{ status: number; body: unknown }> {
    this.requests.push(rawUrl);
    if (this.failWith !== null) return error(this.failWith, 'Internal Server Error');
    const url = new URL(rawUrl, 'http://cms');
    const kind = CONTENT_KINDS.find((candidate) => url.pathname === `/api/${CMS_API_TYPES[candidate].endpoint}`);
    if (!kind) return error(url.pathname.startsWith('/api/') ? 403 : 404, 'Forbidden');
    const query = url.searchParams;
    if (query.has('status')) return error(403, 'Only published content is public');
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));

    const locale = query.get('locale') ?? 'nl';
    const afterId = Number(query.get('filters[id][$gt]') ?? 0);
    const documentId = query.get('filters[documentId][$eq]');
    let matching = (this.rows.get(kind) ?? [])
      .filter((row) => row.locale === locale && Number(row.id) > afterId)
      .filter((row) => documentId === null || row.documentId === documentId);
    if (query.get('sort[0]') === 'id:asc') matching = [...matching].sort((a, b) => Number(a.id) - Number(b.id));

    const pageSize = Math.min(100, Number(query.get('pagination[pageSize]') ?? 25));
    const page = Number(query.get('pagination[page]') ?? 1);
    const data = matching.slice((page - 1) * pageSize, page * pageSize).map((row) => populated(row, query));
    return {
      status: 200,
      body: { data, meta: { pagination: { page, pageSize, pageCount: Math.ceil(matching.length / pageSize), total: matching.length } } },
    };
  }
}

function populated(row: CmsRow, query: URLSearchParams): CmsRow {
  const out: CmsRow = { ...row };
  for (const relation of RELATIONS) {
    if (!(relation in out)) continue;
    const fields = [...query.keys()].filter((key) => key.startsWith(`populate[${relation}][fields]`)).map((key) => query.get(key) ?? '');
    if (fields.length === 0) {
      delete out[relation];
      continue;
    }
    const pick = (value: unknown) =>
      value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).filter(([key]) => fields.includes(key) || key === 'documentId' || key === 'id'))
        : value;
    const value = out[relation];
    out[relation] = Array.isArray(value) ? value.map(pick) : pick(value);
  }
  return out;
}

function error(status: number, message: string): { status: number; body: unknown } {
  return { status, body: { data: null, error: { status, name: 'Error', message, details: {} } } };
}
