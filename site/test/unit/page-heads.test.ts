import { linkSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PageHeads } from '../../src/lib/page-heads.ts';

const page = (lang: string, robots = '') =>
  `<!doctype html><html><head>${robots}<link rel="alternate" hreflang="${lang}" href="https://x/${lang}/"></head><body>${'x'.repeat(40_000)}</body></html>`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'cb-page-heads-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the page heads kept between builds', () => {
  it('reads a head once, then knows it by the file (a link to the same file in the next build too)', () => {
    const built = path.join(dir, 'a.html');
    writeFileSync(built, page('fr'));
    const ONE_TIME = 1_800_000_000; // whole seconds: set again exactly below
    utimesSync(built, ONE_TIME, ONE_TIME);
    const file = path.join(dir, 'heads.json');
    const first = new PageHeads(file);
    expect(first.of(built)).toEqual({ indexable: true, alternates: [{ lang: 'fr', url: 'https://x/fr/' }] });
    first.save();

    // Same size and times, other bytes: only a remembered head can still say "fr".
    writeFileSync(built, page('nl'));
    utimesSync(built, ONE_TIME, ONE_TIME);
    const linked = path.join(dir, 'b.html');
    linkSync(built, linked);
    expect(new PageHeads(file).of(linked)?.alternates[0]?.lang).toBe('fr');
  });

  it('reads a page written again, and forgets the heads a build did not use', () => {
    const file = path.join(dir, 'heads.json');
    const built = path.join(dir, 'a.html');
    writeFileSync(built, page('fr'));
    const first = new PageHeads(file);
    first.of(built);
    first.save();

    rmSync(built);
    writeFileSync(built, page('en', '<meta name="robots" content="noindex">'));
    const second = new PageHeads(file);
    expect(second.of(built)).toEqual({ indexable: false, alternates: [{ lang: 'en', url: 'https://x/en/' }] });
    expect(second.of(path.join(dir, 'missing.html'))).toBeUndefined();
    second.save();
  });

  it('reads every head again when the kept file is unreadable', () => {
    const file = path.join(dir, 'heads.json');
    writeFileSync(file, '{"format": 0');
    const built = path.join(dir, 'a.html');
    writeFileSync(built, page('nl'));
    expect(new PageHeads(file).of(built)?.alternates[0]?.lang).toBe('nl');
  });
});
