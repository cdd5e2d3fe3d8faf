import { BLOCK_RULE_MESSAGES, blockProblems } from '@cb/domain';
import { describe, expect, it } from 'vitest';
import { blocksSchema } from '@cb/domain/cms-api';

/** The site refuses exactly what the CMS refuses on save: both ask @cb/domain's blockProblems. */
describe("the site's rich-text schema", () => {
  const image = (width: number, height: number) => ({
    type: 'image',
    image: { url: '/uploads/a.jpg', width, height, alternativeText: null },
    children: [{ type: 'text', text: '' }],
  });
  const paragraph = {
    type: 'paragraph',
    children: [
      { type: 'text', text: 'Hallo' },
      { type: 'link', url: '/nl/over-ons', children: [{ type: 'text', text: 'over ons' }] },
    ],
  };

  it('accepts rich text the CMS accepts', () => {
    const blocks = [paragraph, image(640, 480), { type: 'heading', level: 2, children: [{ type: 'text', text: 'Kop' }] }];
    expect(blockProblems(blocks)).toEqual([]);
    expect(blocksSchema.safeParse(blocks).success).toBe(true);
  });

  it.each([
    ['an image of size 0', [paragraph, image(0, 0)]],
    ['a heading of level 7', [{ type: 'heading', level: 7, children: [] }]],
    ['a bad link', [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [] }] }]],
  ])("refuses %s at the place the CMS names, with the CMS's message", (_name, blocks) => {
    const result = blocksSchema.safeParse(blocks);
    expect(result.success).toBe(false);
    const expected = blockProblems(blocks).map(({ path, rule }) => ({
      path: path.map((key) => (/^\d+$/.test(key) ? Number(key) : key)),
      message: BLOCK_RULE_MESSAGES[rule],
    }));
    expect(expected.length).toBeGreaterThan(0);
    expect(result.error?.issues.map(({ path, message }) => ({ path, message }))).toEqual(expected);
  });
});
