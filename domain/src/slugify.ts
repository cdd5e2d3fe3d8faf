/** A URL segment from a name in any of the platform's languages: "Sint-Agatha-Berchem" → "sint-agatha-berchem", "Accompagnement aux rendez-vous" → "accompagnement-aux-rendez-vous". */
export function slugify(name: string, maxLength = 80): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
}
