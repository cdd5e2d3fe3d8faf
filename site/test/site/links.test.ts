import { describe, expect, it } from 'vitest';
import { allFiles, attributeValues, builtPagesList, builtSiteUrl, distDir, fileOfPath, read, sitePath, tags, attribute } from '../support/built-site.ts';
import { intakeRouteOf } from '../../../scripts/lib/static-server.ts';

/** Every URL a page refers to: links, images and their sources, stylesheets, icons, form actions. */
function references(html: string): string[] {
  const srcsets = [...attributeValues(html, 'img', 'srcset'), ...attributeValues(html, 'source', 'srcset')].flatMap((srcset) =>
    srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? ''),
  );
  return [
    ...attributeValues(html, 'a', 'href'),
    ...attributeValues(html, 'link', 'href'),
    ...attributeValues(html, 'img', 'src'),
    ...attributeValues(html, 'script', 'src'),
    ...attributeValues(html, 'form', 'action'),
    ...srcsets,
  ].filter(Boolean);
}

/**
 * The forms post to the CMS's routes on the site's origin (/api/intake/…, /api/request-status), which the web
 * server passes to the CMS: not files of the build. The local server's list of them is the one list.
 */
const isProxiedToCms = (url: string): boolean => intakeRouteOf('POST', url) !== undefined || intakeRouteOf('GET', url) !== undefined;

function isInternal(url: string): boolean {
  if (isProxiedToCms(url)) return false;
  if (url.startsWith('/') && !url.startsWith('//')) return true;
  if (url.startsWith('#')) return true;
  return url.startsWith(`${builtSiteUrl()}/`);
}

describe('the link checker over the built output', () => {
  it('finds no link to a missing page or file', () => {
    const broken = new Set<string>();
    let checked = 0;
    for (const page of builtPagesList()) {
      for (const reference of references(page.html).filter(isInternal)) {
        checked += 1;
        const url = reference.startsWith('#') ? `${page.path}${reference}` : reference.startsWith('/') ? reference : sitePath(reference);
        const [target = '', fragment] = url.split('#');
        const file = fileOfPath(target);
        if (!file) broken.add(`${page.path} → ${reference}`);
        else if (fragment && file.endsWith('.html') && !read(file).includes(`id="${fragment}"`)) broken.add(`${page.path} → ${reference} (no #${fragment})`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect([...broken]).toEqual([]);
  });

  it('finds the story feeds valid and pointing at built stories', () => {
    const feeds = allFiles(distDir()).filter((file) => file.endsWith('rss.xml'));
    expect(feeds).toHaveLength(3);
    for (const feed of feeds) {
      const xml = read(feed);
      expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rss version="2.0"/);
      const links = [...xml.matchAll(/<link>([^<]+)<\/link>/g)].map((match) => sitePath(match[1] ?? ''));
      expect(links.length).toBeGreaterThan(1);
      expect(links.filter((link) => !fileOfPath(link))).toEqual([]);
    }
  });
});

describe('nothing is loaded from elsewhere at run time', () => {
  it('has no external stylesheet, script, font, image or frame', () => {
    const external = builtPagesList().flatMap((page) => {
      const loaded = [
        ...tags(page.html, 'link')
          .filter((tag) => /stylesheet|preload|icon|modulepreload/.test(attribute(tag, 'rel') ?? ''))
          .map((tag) => attribute(tag, 'href') ?? ''),
        ...attributeValues(page.html, 'script', 'src'),
        ...attributeValues(page.html, 'img', 'src'),
        ...attributeValues(page.html, 'iframe', 'src'),
        ...attributeValues(page.html, 'source', 'srcset'),
      ];
      return loaded.filter((url) => /^(https?:)?\/\//.test(url)).map((url) => `${page.path}: ${url}`);
    });
    const cssImports = builtPagesList().filter((page) =>
      /@import|url\(\s*['"]?(https?:)?\/\//.test(page.html.match(/<style[^>]*>([\s\S]*?)<\/style>/)?.[1] ?? ''),
    );
    expect(external).toEqual([]);
    expect(cssImports.map((page) => page.path)).toEqual([]);
  });
});
