import { BLOCK_RULE_MESSAGES, blockProblems, valueRuleOfBlock } from '../content-rules.js';
import { ruleIssue } from './rule-issues.js';
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

export interface ParagraphBlock {
  type: 'paragraph';
  children: InlineNode[];
}
export interface HeadingBlock {
  type: 'heading';
  level: 1 | 2 | 3 | 4 | 5 | 6;
  children: InlineNode[];
}
export interface QuoteBlock {
  type: 'quote';
  children: InlineNode[];
}
export interface CodeBlock {
  type: 'code';
  children: InlineNode[];
  language?: string | undefined;
}
export interface ImageBlock {
  type: 'image';
  image: BlockImage;
  children?: InlineNode[] | undefined;
}
export interface ListItemNode {
  type: 'list-item';
  children: InlineNode[];
}
export interface ListBlock {
  type: 'list';
  format: 'ordered' | 'unordered';
  indentLevel?: number | undefined;
  children: (ListItemNode | ListBlock)[];
}

export type Block = ParagraphBlock | HeadingBlock | QuoteBlock | CodeBlock | ImageBlock | ListBlock;

/**
 * The shapes above, checked by the rule the CMS applies on save (@cb/domain's blockProblems), so
 * the CMS never stores rich text this schema refuses. An issue names the place, never the value.
 */
export const blocksSchema: z.ZodType<Block[]> = z
  .array(z.unknown())
  .superRefine((blocks, context) => {
    for (const { path, rule } of blockProblems(blocks)) {
      const at = path.map((key) => (/^\d+$/.test(key) ? Number(key) : key));
      context.addIssue(ruleIssue(valueRuleOfBlock(rule), BLOCK_RULE_MESSAGES[rule], at));
    }
  })
  .transform((blocks) => blocks as Block[]);
