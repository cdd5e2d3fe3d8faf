/** Strapi `blocks` rich text made of plain paragraphs: what the seed writes and the site reads. */
export type ParagraphBlock = { type: 'paragraph'; children: { type: 'text'; text: string }[] };

export function paragraphs(texts: readonly string[]): ParagraphBlock[] {
  return texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
}
