import { describe, expect, it } from 'vitest';
import { attribute, builtPagesList, fileOfPath, tags } from '../support/built-site.ts';

describe('images from the CMS', () => {
  it('are optimized at build time: local files, modern formats, several widths, width and height set, alt present', () => {
    const images = builtPagesList().flatMap((page) => tags(page.html, 'img').map((tag) => ({ page: page.path, tag })));
    expect(images.length).toBeGreaterThan(10);
    const problems = images.flatMap(({ page, tag }) => {
      const issues: string[] = [];
      const src = attribute(tag, 'src') ?? '';
      if (!src.startsWith('/_astro/') || !fileOfPath(src)) issues.push('not a built file');
      if (!/^\d+$/.test(attribute(tag, 'width') ?? '') || !/^\d+$/.test(attribute(tag, 'height') ?? '')) issues.push('no width/height');
      if (attribute(tag, 'alt') === undefined) issues.push('no alt');
      return issues.map((issue) => `${page}: ${issue} ${tag.slice(0, 120)}`);
    });
    expect(problems).toEqual([]);
  });

  it('come as WebP with responsive widths inside <picture>', () => {
    const page = builtPagesList().find((candidate) => candidate.kind === 'story' && candidate.html.includes('<picture'));
    expect(page).toBeDefined();
    const source = tags(page!.html, 'source').find((tag) => attribute(tag, 'type') === 'image/webp');
    expect(source).toBeDefined();
    expect((attribute(source!, 'srcset') ?? '').split(',').length).toBeGreaterThan(1);
    expect(attribute(source!, 'sizes')).toBeTruthy();
  });

  it('carry the alt text written in the CMS for the page language on story covers', () => {
    const stories = builtPagesList().filter((candidate) => candidate.kind === 'story' && candidate.html.includes('<picture'));
    const withoutAlt = stories.filter((page) => {
      const cover = page.html.match(/<div class="cover">[\s\S]*?<img\b[^>]*>/)?.[0] ?? '';
      return !(attribute(cover.match(/<img\b[^>]*>/)?.[0] ?? '', 'alt') ?? '').trim();
    });
    expect(withoutAlt.map((page) => page.path)).toEqual([]);
  });
});
