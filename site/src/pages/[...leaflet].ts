import { LOCALE_TAGS } from '@cb/domain';
import type { APIRoute, GetStaticPaths } from 'astro';
import { leafletOf, type LeafletPage } from '../lib/leaflet.ts';
import { leafletPdf } from '../lib/leaflet-pdf.ts';
import { BUILD_TIME, globalFor, sitePlan } from '../lib/site-content.ts';

/** Each municipality's leaflet as an A4 PDF, from the same page of the site plan as its print page. */

interface Props {
  page: LeafletPage;
}

export const getStaticPaths = (async () => {
  const pages = (await sitePlan()).filter((page): page is LeafletPage => page.kind === 'leaflet');
  return pages.map((page) => ({ params: { leaflet: page.pdfPath.slice(1) }, props: { page } satisfies Props }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { page } = props;
  const leaflet = leafletOf(page, await globalFor(page.locale, {}), String(site).replace(/\/$/, ''));
  const body = await leafletPdf(leaflet, { language: LOCALE_TAGS[page.locale], made: BUILD_TIME });
  return new Response(new Blob([new Uint8Array(body)], { type: 'application/pdf' }));
};
