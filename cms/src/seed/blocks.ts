/** Strapi `blocks` rich text made of plain paragraphs: what the seed writes and the site reads. */
export type ParagraphBlock = { type: 'paragraph'; children: { type: 'text'; text: string }[] };

export function paragraphs(texts: readonly string[]): ParagraphBlock[] {
  return texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
}

/** A URL slug from a title in any of the platform's languages: "Één café à Forest" → "een-cafe-a-forest". */
export function slugify(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '');
}
