import { z } from 'zod';

/**
 * Strapi 5 "blocks" rich text, as the REST API sends it. Every node type the editor can produce is
 * declared; anything else fails validation, so a new node type is noticed at build time instead of
 * silently disappearing from a page.
 */

export interface TextNode {
  type: 'text';
  text: string;
  bold?: boolean | undefined;
  italic?: boolean | undefined;
  underline?: boolean | undefined;
  strikethrough?: boolean | undefined;
  code?: boolean | undefined;
}

export interface LinkNode {
  type: 'link';
  url: string;
  children: TextNode[];
}

export type InlineNode = TextNode | LinkNode;

export interface BlockImage {
  url: string;
  width: number;
  height: number;
  alternativeText?: string | null | undefined;
}

export interface ParagraphBlock { type: 'paragraph'; children: InlineNode[] }
export interface HeadingBlock { type: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; children: InlineNode[] }
export interface QuoteBlock { type: 'quote'; children: InlineNode[] }
export interface CodeBlock { type: 'code'; children: InlineNode[]; language?: string | undefined }
export interface ImageBlock { type: 'image'; image: BlockImage; children?: InlineNode[] | undefined }
export interface ListItemNode { type: 'list-item'; children: InlineNode[] }
export interface ListBlock {
  type: 'list';
  format: 'ordered' | 'unordered';
  indentLevel?: number | undefined;
  children: (ListItemNode | ListBlock)[];
}

export type Block = ParagraphBlock | HeadingBlock | QuoteBlock | CodeBlock | ImageBlock | ListBlock;

const textNode = z.object({
  type: z.literal('text'),
  text: z.string(),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  underline: z.boolean().optional(),
  strikethrough: z.boolean().optional(),
  code: z.boolean().optional(),
});

const linkNode = z.object({
  type: z.literal('link'),
  url: z.string(),
  children: z.array(textNode),
});

const inlineNodes = z.array(z.discriminatedUnion('type', [textNode, linkNode]));

const listItemNode = z.object({ type: z.literal('list-item'), children: inlineNodes });

const listBlock = z.object({
  type: z.literal('list'),
  format: z.enum(['ordered', 'unordered']),
  indentLevel: z.number().int().min(0).optional(),
  get children(): z.ZodArray<z.ZodDiscriminatedUnion<[typeof listItemNode, typeof listBlock]>> {
    return z.array(z.discriminatedUnion('type', [listItemNode, listBlock]));
  },
});

const blockImage = z.object({
  url: z.string().min(1),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  alternativeText: z.string().nullish(),
});

/** One top-level block; the `type` picks the shape, so an error names the field of that shape. */
export const blockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), children: inlineNodes }),
  z.object({
    type: z.literal('heading'),
    level: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]),
    children: inlineNodes,
  }),
  z.object({ type: z.literal('quote'), children: inlineNodes }),
  z.object({ type: z.literal('code'), children: inlineNodes, language: z.string().optional() }),
  z.object({ type: z.literal('image'), image: blockImage, children: inlineNodes.optional() }),
  listBlock,
]);

export const blocksSchema: z.ZodType<Block[]> = z.array(blockSchema);
