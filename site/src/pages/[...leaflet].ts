import { LOCALE_TAGS } from '@cb/domain';
import type { APIRoute, GetStaticPaths } from 'astro';
import { readBuildEnv } from '../lib/build-env.ts';
import { leafletOf, type LeafletPage } from '../lib/leaflet.ts';
import { leafletPdf } from '../lib/leaflet-pdf.ts';
import { pageCacheKey } from '../lib/page-cache-key.ts';
import { entryDigest, globalFor, siteContent, sitePlan } from '../lib/site-content.ts';

/** Each municipality's leaflet as an A4 PDF, from the same page of the site plan as its print page. */

interface Props {
  page: LeafletPage;
}

export const getStaticPaths = (async () => {
  const [pages, { globals }] = await Promise.all([sitePlan(), siteContent()]);
  const { codeVersion } = readBuildEnv();
  return pages
    .filter((page): page is LeafletPage => page.kind === 'leaflet')
    .map((page) => ({
      params: { leaflet: page.pdfPath.slice(1) },
      props: { page } satisfies Props,
      // Copied from the previous build while its content is the same (src/lib/page-cache-key.ts).
      cacheKey: pageCacheKey(page, globals[page.locale], codeVersion, entryDigest),
    }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { page } = props;
  const leaflet = leafletOf(page, await globalFor(page.locale, {}), String(site).replace(/\/$/, ''));
  // Dated by the first day it covers, not the build's clock: the same content gives the same bytes.
  const body = await leafletPdf(leaflet, { language: LOCALE_TAGS[page.locale], made: new Date(`${page.from}T00:00:00Z`) });
  return new Response(new Blob([new Uint8Array(body)], { type: 'application/pdf' }));
};
