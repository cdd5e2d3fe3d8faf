import { readFileSync } from 'node:fs';
import { LOCALES, LOCALE_TAGS, MUNICIPALITIES, absoluteUrl, routes, termName, type Locale, type MunicipalityCode } from '@cb/domain';
import { PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';
import decodeQR from 'qr/decode.js';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { attributeValues, builtPagesList, builtSiteUrl, distDir, fileOfPath, readPath } from '../support/built-site.ts';
import { filledRectangles, modulesImage, shownText } from '../support/pdf-reader.ts';
import { serveDirectory, type RunningServer } from '../support/static-server.ts';

/**
 * The printable leaflet of each municipality in each locale: a print page and a PDF made at build time,
 * with the municipality's initiatives, this month's activities, the phone line and a QR code that opens
 * the municipality's page. The QR codes are decoded from what is drawn: the page's SVG as Chromium paints
 * it, the PDF's rectangles as a printer would.
 */

const A4 = { width: 595.28, height: 841.89 };
const municipalityName = (locale: Locale, code: MunicipalityCode) => termName(MUNICIPALITIES, code, locale)!;
const municipalityUrl = (locale: Locale, code: MunicipalityCode) => absoluteUrl(routes.initiativesByMunicipality(locale, code), builtSiteUrl());
const pdfOf = (locale: Locale, code: MunicipalityCode) => {
  const file = fileOfPath(routes.leafletPdf(locale, code));
  if (!file) throw new Error(`No PDF at ${routes.leafletPdf(locale, code)}`);
  return new Uint8Array(readFileSync(file));
};

describe.each(LOCALES)('leaflets in %s', (locale) => {
  it('exist for each of the 19 municipalities, as a page linking to its PDF, without JavaScript, out of the sitemap', () => {
    expect(builtPagesList().filter((page) => page.locale === locale && page.kind === 'leaflet')).toHaveLength(19);
    for (const { code } of MUNICIPALITIES) {
      const html = readPath(routes.leaflet(locale, code));
      expect(attributeValues(html, 'a', 'href')).toContain(routes.leafletPdf(locale, code));
      expect(html).toContain('<meta name="robots" content="noindex"');
      expect(html).not.toMatch(/<script\b(?![^>]*type="application\/ld\+json")/);
      expect(fileOfPath(routes.leafletPdf(locale, code)), code).toBeDefined();
    }
    const sitemap = readFileSync(`${distDir()}/sitemap-0.xml`, 'utf8');
    expect(sitemap).not.toContain(routes.leaflet(locale, 'ixelles'));
  });

  it("are linked from the municipality's initiatives page", () => {
    expect(attributeValues(readPath(routes.initiativesByMunicipality(locale, 'molenbeek')), 'a', 'href')).toContain(routes.leaflet(locale, 'molenbeek'));
  });

  it('are valid A4 PDFs named after the municipality, in the locale, with its initiatives, activities and the phone number', async () => {
    for (const { code } of MUNICIPALITIES) {
      const bytes = pdfOf(locale, code);
      expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
      expect(pdf.getTitle(), code).toContain(municipalityName(locale, code));
      expect(pdf.catalog.lookup(PDFName.of('Lang'), PDFString, PDFHexString).decodeText()).toBe(LOCALE_TAGS[locale]);
      for (const page of pdf.getPages()) expect(page.getSize()).toEqual(A4);
      const text = shownText(bytes).join('\n');
      expect(text).toContain(municipalityName(locale, code));
      expect(text).toContain('+32 2 555 00 00');
      expect(text).toContain(municipalityUrl(locale, code));
    }
    const page = readPath(routes.leaflet(locale, 'molenbeek'));
    const text = shownText(pdfOf(locale, 'molenbeek')).join('\n');
    const initiativeTitles = [...page.matchAll(/<li><strong>([^<]+)<\/strong>/g)].map((match) => decodeHtml(match[1]!));
    expect(initiativeTitles.length).toBeGreaterThan(1);
    for (const title of initiativeTitles) expect(text).toContain(title);
    expect((page.match(/<span class="agenda-hours">/g) ?? []).length).toBeGreaterThan(0);
  });

  it("draw a QR code in the PDF that opens the municipality's page", () => {
    for (const code of ['ixelles', 'woluwe-saint-lambert'] as const) {
      const modules = filledRectangles(pdfOf(locale, code)).filter((rectangle) => rectangle.width === rectangle.height && rectangle.width < 10);
      expect(modules.length).toBeGreaterThan(100);
      expect(decodeQR(modulesImage(modules))).toBe(municipalityUrl(locale, code));
    }
  });
});

describe('the leaflet page in a browser', () => {
  let browser: Browser;
  let server: RunningServer;
  beforeAll(async () => {
    [browser, server] = await Promise.all([launchChromium(), serveDirectory(distDir())]);
  });
  afterAll(async () => {
    await Promise.all([browser?.close(), server?.close()]);
  });

  it("shows a QR code that a reader decodes to the municipality's page, in every locale", async () => {
    const context = await browser.newContext({ javaScriptEnabled: true });
    const tab = await context.newPage();
    try {
      for (const locale of LOCALES) {
        await tab.goto(`${server.url}${routes.leaflet(locale, 'saint-gilles')}`);
        const image = await tab.evaluate(async () => {
          const svg = document.querySelector('.leaflet-qr svg')!;
          const picture = new Image();
          picture.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
          await picture.decode();
          const canvas = document.createElement('canvas');
          canvas.width = canvas.height = 300;
          const drawing = canvas.getContext('2d')!;
          drawing.imageSmoothingEnabled = false;
          drawing.drawImage(picture, 0, 0, 300, 300);
          return { width: 300, height: 300, data: [...drawing.getImageData(0, 0, 300, 300).data] };
        });
        expect(decodeQR({ ...image, data: Uint8Array.from(image.data) })).toBe(municipalityUrl(locale, 'saint-gilles'));
        expect(await tab.locator('.leaflet-qr svg').getAttribute('aria-label')).toContain(municipalityUrl(locale, 'saint-gilles'));
      }
    } finally {
      await context.close();
    }
  });

  it("prints on A4 with the site's header, menu and footer left out", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const tab = await context.newPage();
    try {
      await tab.goto(`${server.url}${routes.leaflet('fr', 'jette')}`);
      await tab.emulateMedia({ media: 'print' });
      const shown = await tab.evaluate(() => ({
        header: getComputedStyle(document.querySelector('body > header')!).display,
        pdfLink: getComputedStyle(document.querySelector('.leaflet .no-print')!).display,
        qr: document.querySelector('.leaflet-qr svg')!.getBoundingClientRect().width,
      }));
      expect(shown).toMatchObject({ header: 'none', pdfLink: 'none' });
      expect(shown.qr).toBeGreaterThan(100);
      const printed = await tab.pdf({ preferCSSPageSize: true });
      const pdf = await PDFDocument.load(printed);
      expect(pdf.getPage(0).getSize().width).toBeCloseTo(A4.width, 0);
      expect(pdf.getPage(0).getSize().height).toBeCloseTo(A4.height, 0);
    } finally {
      await context.close();
    }
  });
});

function decodeHtml(text: string): string {
  return text
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
