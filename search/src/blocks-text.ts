/**
 * Plain text of Strapi 5 `blocks` rich text: the words of paragraphs, headings, lists, quotes and
 * links, one block per line. Images and unknown node types contribute nothing; malformed input
 * gives an empty string rather than an error, since rich text is only ever searched, not shown.
 */
export function blocksToPlainText(blocks: unknown): string {
  if (!Array.isArray(blocks)) return '';
  return blocks
    .flatMap(blockLines)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

function blockLines(node: unknown): string[] {
  if (!isRecord(node) || node.type === 'image') return [];
  if (node.type === 'list') return childrenOf(node).flatMap(blockLines);
  return [inlineText(node)];
}

function inlineText(node: unknown): string {
  if (!isRecord(node)) return '';
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : '';
  return childrenOf(node).map(inlineText).join('');
}

function childrenOf(node: Record<string, unknown>): unknown[] {
  return Array.isArray(node.children) ? node.children : [];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
