import type { Block, BlockImage, InlineNode, ListBlock, TextNode } from '@cb/domain/cms-api';

/**
 * Strapi blocks to HTML. Text is always escaped; links keep only safe destinations; headings are
 * shifted so that the page's own <h1> stays the only one. Images are rendered by the caller
 * (the page optimizes them at build time), so this module stays free of Astro.
 */

export interface RenderOptions {
  /** The level the highest heading of the text gets; 2 under a page title. */
  topHeadingLevel?: number;
  renderImage?: (image: BlockImage) => Promise<string> | string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] ?? character);
}

/** A link destination that cannot run script: web and mail addresses, phone numbers, paths on this site. */
export function safeHref(url: string): string | undefined {
  const trimmed = url.trim();
  if (/^\/(?!\/)/.test(trimmed) || trimmed.startsWith('#')) return trimmed;
  try {
    const parsed = new URL(trimmed);
    return ['http:', 'https:', 'mailto:', 'tel:'].includes(parsed.protocol) ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

export async function renderBlocks(blocks: readonly Block[], options: RenderOptions = {}): Promise<string> {
  const shift = headingShift(blocks, options.topHeadingLevel ?? 2);
  const parts = await Promise.all(blocks.map((block) => renderBlock(block, shift, options)));
  return parts.join('');
}

/** Plain text of blocks, e.g. for a meta description or a feed. */
export function blocksToText(blocks: readonly Block[]): string {
  return blocks
    .map((block) => (block.type === 'list' ? listText(block) : block.type === 'image' ? '' : inlineText(block.children)))
    .filter(Boolean)
    .join('\n\n');
}

function headingShift(blocks: readonly Block[], topLevel: number): number {
  const levels = blocks.flatMap((block) => (block.type === 'heading' ? [block.level] : []));
  return levels.length === 0 ? 0 : topLevel - Math.min(...levels);
}

async function renderBlock(block: Block, shift: number, options: RenderOptions): Promise<string> {
  switch (block.type) {
    case 'paragraph':
      return isBlank(block.children) ? '' : `<p>${renderInline(block.children)}</p>`;
    case 'heading': {
      const level = Math.min(6, Math.max(2, block.level + shift));
      return isBlank(block.children) ? '' : `<h${level}>${renderInline(block.children)}</h${level}>`;
    }
    case 'quote':
      return `<blockquote><p>${renderInline(block.children)}</p></blockquote>`;
    case 'code':
      return `<pre><code>${escapeHtml(inlineText(block.children))}</code></pre>`;
    case 'list':
      return renderList(block);
    case 'image':
      return options.renderImage ? `<figure>${await options.renderImage(block.image)}</figure>` : '';
  }
}

function renderList(list: ListBlock): string {
  const tag = list.format === 'ordered' ? 'ol' : 'ul';
  const items: string[] = [];
  for (const child of list.children) {
    if (child.type === 'list-item') {
      items.push(`<li>${renderInline(child.children)}</li>`);
    } else {
      // A nested list belongs inside the item before it; HTML allows only <li> directly in a list.
      const nested = renderList(child);
      const previous = items.pop();
      items.push(previous ? previous.replace(/<\/li>$/, `${nested}</li>`) : `<li>${nested}</li>`);
    }
  }
  return `<${tag}>${items.join('')}</${tag}>`;
}

function renderInline(nodes: readonly InlineNode[]): string {
  return nodes.map((node) => (node.type === 'link' ? renderLink(node.url, node.children) : renderText(node))).join('');
}

function renderLink(url: string, children: readonly TextNode[]): string {
  const href = safeHref(url);
  const content = children.map(renderText).join('');
  return href ? `<a href="${escapeHtml(href)}">${content}</a>` : content;
}

function renderText(node: TextNode): string {
  let html = escapeHtml(node.text).replace(/\n/g, '<br>');
  if (node.code) html = `<code>${html}</code>`;
  if (node.strikethrough) html = `<s>${html}</s>`;
  if (node.underline) html = `<u>${html}</u>`;
  if (node.italic) html = `<em>${html}</em>`;
  if (node.bold) html = `<strong>${html}</strong>`;
  return html;
}

function inlineText(nodes: readonly InlineNode[]): string {
  return nodes.map((node) => (node.type === 'link' ? node.children.map((child) => child.text).join('') : node.text)).join('');
}

function listText(list: ListBlock): string {
  return list.children.map((child) => (child.type === 'list-item' ? `- ${inlineText(child.children)}` : listText(child))).join('\n');
}

function isBlank(nodes: readonly InlineNode[]): boolean {
  return inlineText(nodes).trim() === '';
}
