import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CMS_API_TYPES, documentStamp, PUBLISHED_STAMPS_PATH, type CmsApiTypeName } from '@cb/domain/cms-api';

/**
 * A stand-in for the CMS's public REST API: collections with keyset pagination
 * (`filters[id][$gt]`, `pagination[pageSize]`) and single types, per locale, and the stamps of
 * `GET /api/published-stamps/<type>`. Records every request.
 */
export interface FakeCms {
  url: string;
  requests: string[];
  collections: Record<string, Record<string, Record<string, unknown>[]>>;
  singles: Record<string, Record<string, Record<string, unknown>>>;
  close(): Promise<void>;
}

const COLLECTION_ENDPOINTS = new Set<string>(Object.values(CMS_API_TYPES).flatMap((type) => (type.single ? [] : [type.endpoint])));

export async function startFakeCms(): Promise<FakeCms> {
  const cms: Omit<FakeCms, 'url' | 'close'> = { requests: [], collections: {}, singles: {} };
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://fake');
    cms.requests.push(`${url.pathname}?${url.searchParams}`);
    const endpoint = url.pathname.replace(/^\/api\//, '');
    const locale = url.searchParams.get('locale') ?? 'nl';
    const send = (status: number, body: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (endpoint.startsWith(`${PUBLISHED_STAMPS_PATH}/`)) {
      const type = CMS_API_TYPES[endpoint.slice(PUBLISHED_STAMPS_PATH.length + 1) as CmsApiTypeName];
      const documents = type ? (cms.collections[type.endpoint]?.[locale] ?? []) : [];
      return send(200, {
        data: Object.fromEntries(documents.map((document) => [document.documentId, documentStamp(Number(document.id), document.updatedAt)])),
      });
    }
    // A collection not filled in is empty, as in a CMS without documents of that type.
    const collection = cms.collections[endpoint] ?? (COLLECTION_ENDPOINTS.has(endpoint) && !cms.singles[endpoint] ? {} : undefined);
    if (collection) {
      const afterId = Number(url.searchParams.get('filters[id][$gt]') ?? 0);
      const pageSize = Number(url.searchParams.get('pagination[pageSize]') ?? 25);
      const data = (collection[locale] ?? []).filter((document) => Number(document.id) > afterId).slice(0, pageSize);
      return send(200, { data, meta: { pagination: { page: 1, pageSize } } });
    }
    const single = cms.singles[endpoint]?.[locale];
    if (single) return send(200, { data: single, meta: {} });
    return send(404, { data: null, error: { status: 404, name: 'NotFoundError', message: 'Not Found' } });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(cms, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

let nextId = 1;

/** A valid story as the CMS sends it; override any field. */
export function cmsStory(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const id = nextId++;
  return {
    id,
    documentId: `story${id}`,
    locale: 'nl',
    publishedAt: '2026-10-01T10:00:00.000Z',
    updatedAt: '2026-10-01T10:00:00.000Z',
    title: `Verhaal ${id}`,
    slug: `verhaal-${id}`,
    summary: 'Een verhaal.',
    body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Tekst.' }] }],
    authorName: null,
    storyDate: '2026-09-03',
    cover: null,
    coverAlt: null,
    municipality: { code: 'jette' },
    initiatives: [],
    organisations: [],
    ...overrides,
  };
}
