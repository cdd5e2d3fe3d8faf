import { describe, expect, it } from 'vitest';
import { blockProblems } from '../src/index.js';

describe('blockProblems', () => {
  const text = (value: string) => ({ type: 'text', text: value });
  const image = (fields: Record<string, unknown>) => ({ type: 'image', image: { url: '/uploads/a.jpg', width: 10, height: 10, ...fields } });

  it('accepts every shape the editor produces', () => {
    const blocks = [
      { type: 'paragraph', children: [text('a'), { type: 'link', url: 'https://example.be', children: [{ ...text('b'), bold: true }] }] },
      { type: 'heading', level: 6, children: [text('h')] },
      { type: 'quote', children: [text('q')] },
      { type: 'code', language: 'ts', children: [text('c')] },
      image({ alternativeText: null }),
      {
        type: 'list',
        format: 'ordered',
        indentLevel: 0,
        children: [
          { type: 'list-item', children: [text('i')] },
          { type: 'list', format: 'unordered', children: [] },
        ],
      },
    ];
    expect(blockProblems(blocks)).toEqual([]);
  });

  it.each([
    [
      'image size 0',
      [image({ width: 0, height: 0 })],
      [
        { path: ['0', 'image', 'width'], rule: 'image-size' },
        { path: ['0', 'image', 'height'], rule: 'image-size' },
      ],
    ],
    ['image without url', [image({ url: '' })], [{ path: ['0', 'image', 'url'], rule: 'image-url' }]],
    ['image alt a number', [image({ alternativeText: 3 })], [{ path: ['0', 'image', 'alternativeText'], rule: 'image-alt' }]],
    ['heading level 0', [{ type: 'heading', level: 0, children: [] }], [{ path: ['0', 'level'], rule: 'heading-level' }]],
    ['list format', [{ type: 'list', format: 'x', children: [] }], [{ path: ['0', 'format'], rule: 'list-format' }]],
    ['list indent', [{ type: 'list', format: 'ordered', indentLevel: -1, children: [] }], [{ path: ['0', 'indentLevel'], rule: 'indent-level' }]],
    ['unknown node', [{ type: 'table', children: [] }], [{ path: ['0', 'type'], rule: 'node-type' }]],
    [
      'link inside a link',
      [{ type: 'paragraph', children: [{ type: 'link', url: '/a', children: [{ type: 'link', url: '/b', children: [] }] }] }],
      [{ path: ['0', 'children', '0', 'children', '0', 'type'], rule: 'node-type' }],
    ],
    [
      'bad link',
      [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [] }] }],
      [{ path: ['0', 'children', '0', 'url'], rule: 'link' }],
    ],
    ['mark not boolean', [{ type: 'paragraph', children: [{ ...text('a'), bold: 'yes' }] }], [{ path: ['0', 'children', '0', 'bold'], rule: 'mark' }]],
    ['not a list', 'text', [{ path: [], rule: 'children' }]],
  ])('%s', (_name, blocks, expected) => {
    expect(blockProblems(blocks)).toEqual(expected);
  });
});
