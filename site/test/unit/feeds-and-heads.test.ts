import { describe, expect, it } from 'vitest';
import { rfc822, rssXml } from '../../src/lib/rss.ts';
import { readPageHead } from '../../src/lib/page-heads.ts';
import { builtFileOf } from '../../src/lib/sitemap.ts';
import { jsonLdScript } from '../../src/lib/structured-data.ts';

describe('rssXml', () => {
  const feed = rssXml({
    title: 'Récits & histoires',
    description: 'Entraide <solidarité>',
    siteUrl: 'https://connecting.brussels/fr/recits/',
    feedUrl: 'https://connecting.brussels/fr/recits/rss.xml',
    language: 'fr-BE',
    items: [{ title: 'Fernand & Sofie', url: 'https://connecting.brussels/fr/recits/fernand/', description: 'Un "mardi"', date: '2026-09-03' }],
  });

  it('escapes every text', () => {
    expect(feed).toContain('<title>Récits &amp; histoires</title>');
    expect(feed).toContain('<description>Entraide &lt;solidarité&gt;</description>');
    expect(feed).toContain('<description>Un &quot;mardi&quot;</description>');
  });

  it('links each item and itself', () => {
    expect(feed).toContain('<guid isPermaLink="true">https://connecting.brussels/fr/recits/fernand/</guid>');
    expect(feed).toContain('<atom:link href="https://connecting.brussels/fr/recits/rss.xml" rel="self" type="application/rss+xml"/>');
    expect(feed).toContain('<language>fr-BE</language>');
  });

  it('dates items the RSS way', () => {
    expect(rfc822('2026-09-03')).toBe('Thu, 03 Sep 2026 00:00:00 GMT');
    expect(rfc822('2026-09-03T10:00:00+02:00')).toBe('Thu, 03 Sep 2026 08:00:00 GMT');
  });
});

describe('readPageHead', () => {
  it('reads the hreflang alternates a page declares', () => {
    const html =
      '<html><head><link rel="canonical" href="https://x/nl/"><link rel="alternate" hreflang="nl-BE" href="https://x/nl/a/"><link rel=alternate hreflang=fr-BE href="https://x/fr/b/?a=1&amp;b=2"><link rel="alternate" type="application/rss+xml" href="/rss.xml"></head><body><link rel="alternate" hreflang="en" href="https://x/en/ignored/"></body></html>';
    expect(readPageHead(html)).toEqual({
      indexable: true,
      alternates: [
        { lang: 'nl-BE', url: 'https://x/nl/a/' },
        { lang: 'fr-BE', url: 'https://x/fr/b/?a=1&b=2' },
      ],
    });
  });

  it('sees a noindex page', () => {
    expect(readPageHead('<head><meta name="robots" content="noindex"></head>').indexable).toBe(false);
  });

  it('finds the built file of a page URL', () => {
    expect(builtFileOf('https://x/nl/verhalen/', '/dist')).toBe('/dist/nl/verhalen/index.html');
    expect(builtFileOf('https://x/', '/dist')).toBe('/dist/index.html');
    expect(builtFileOf('https://x/404.html', '/dist')).toBe('/dist/404.html');
  });
});

describe('jsonLdScript', () => {
  it('cannot close its script element, whatever the content says', () => {
    const json = jsonLdScript({ name: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)).toEqual({ name: '</script><script>alert(1)</script>' });
  });
});
