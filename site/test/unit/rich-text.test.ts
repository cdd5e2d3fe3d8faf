import { describe, expect, it } from 'vitest';
import type { Block } from '@cb/domain/cms-api';
import { blocksToText, renderBlocks, safeHref } from '../../src/lib/rich-text.ts';

const paragraph = (text: string): Block => ({ type: 'paragraph', children: [{ type: 'text', text }] });

describe('renderBlocks', () => {
  it('renders paragraphs and escapes their text', async () => {
    expect(await renderBlocks([paragraph('Tom & Jerry <script>alert(1)</script>')])).toBe('<p>Tom &amp; Jerry &lt;script&gt;alert(1)&lt;/script&gt;</p>');
  });

  it('renders bold, italic, underline, strikethrough and code, nested in a stable order', async () => {
    const html = await renderBlocks([
      { type: 'paragraph', children: [{ type: 'text', text: 'all', bold: true, italic: true, underline: true, strikethrough: true, code: true }] },
    ]);
    expect(html).toBe('<p><strong><em><u><s><code>all</code></s></u></em></strong></p>');
  });

  it('keeps safe links and drops dangerous ones, keeping their text', async () => {
    const html = await renderBlocks([
      {
        type: 'paragraph',
        children: [
          { type: 'link', url: 'https://muntpunt.be/', children: [{ type: 'text', text: 'Muntpunt' }] },
          { type: 'text', text: ' ' },
          { type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'trap' }] },
        ],
      },
    ]);
    expect(html).toBe('<p><a href="https://muntpunt.be/">Muntpunt</a> trap</p>');
  });

  it('shifts headings so that the page’s h1 stays the only one', async () => {
    const blocks: Block[] = [
      { type: 'heading', level: 1, children: [{ type: 'text', text: 'Top' }] },
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Sub' }] },
    ];
    expect(await renderBlocks(blocks)).toBe('<h2>Top</h2><h3>Sub</h3>');
    expect(await renderBlocks(blocks, { topHeadingLevel: 3 })).toBe('<h3>Top</h3><h4>Sub</h4>');
    expect(await renderBlocks([{ type: 'heading', level: 3, children: [{ type: 'text', text: 'Alone' }] }])).toBe('<h2>Alone</h2>');
  });

  it('renders ordered and unordered lists, a nested list inside the item before it', async () => {
    const html = await renderBlocks([
      {
        type: 'list',
        format: 'ordered',
        children: [
          { type: 'list-item', children: [{ type: 'text', text: 'one' }] },
          { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'one.a' }] }] },
          { type: 'list-item', children: [{ type: 'text', text: 'two' }] },
        ],
      },
    ]);
    expect(html).toBe('<ol><li>one<ul><li>one.a</li></ul></li><li>two</li></ol>');
  });

  it('renders quotes and code blocks', async () => {
    expect(await renderBlocks([{ type: 'quote', children: [{ type: 'text', text: 'We laten elkaar niet los' }] }])).toBe(
      '<blockquote><p>We laten elkaar niet los</p></blockquote>',
    );
    expect(await renderBlocks([{ type: 'code', children: [{ type: 'text', text: 'a < b' }] }])).toBe('<pre><code>a &lt; b</code></pre>');
  });

  it('skips empty paragraphs, which the editor leaves between blocks', async () => {
    expect(await renderBlocks([paragraph(''), paragraph('  '), paragraph('text')])).toBe('<p>text</p>');
  });

  it('turns line breaks inside a paragraph into <br>', async () => {
    expect(await renderBlocks([paragraph('Rue Haute 1\n1000 Bruxelles')])).toBe('<p>Rue Haute 1<br>1000 Bruxelles</p>');
  });

  it('leaves images to the caller, and drops them when there is none', async () => {
    const image: Block = { type: 'image', image: { url: 'http://cms/uploads/a.jpg', width: 800, height: 600, alternativeText: 'A bench' } };
    expect(await renderBlocks([image])).toBe('');
    expect(await renderBlocks([image], { renderImage: (img) => `<img alt="${img.alternativeText}">` })).toBe('<figure><img alt="A bench"></figure>');
  });
});

describe('safeHref', () => {
  it.each([
    ['https://example.org/a?b=c', 'https://example.org/a?b=c'],
    ['mailto:hello@connecting.brussels', 'mailto:hello@connecting.brussels'],
    ['tel:+3225550000', 'tel:+3225550000'],
    ['/nl/verhalen/', '/nl/verhalen/'],
    ['#faq', '#faq'],
  ])('keeps %s', (url, expected) => {
    expect(safeHref(url)).toBe(expected);
  });

  it.each(['javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'data:text/html,<b>x</b>', '//evil.example/', 'vbscript:x', 'not a url'])('refuses %s', (url) => {
    expect(safeHref(url)).toBeUndefined();
  });
});

describe('blocksToText', () => {
  it('gives plain text, lists as dashes', () => {
    expect(
      blocksToText([paragraph('Intro'), { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'a' }] }] }]),
    ).toBe('Intro\n\n- a');
  });
});
