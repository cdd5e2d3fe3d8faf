/** Letters that are no accented letter (NFKD leaves them whole): written out as French, Dutch and German write them in plain letters. */
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', đ: 'd', ł: 'l', ı: 'i', þ: 'th', ð: 'd' };

/** A URL segment from a name in any of the platform's languages: "Sint-Agatha-Berchem" → "sint-agatha-berchem", "Accompagnement aux rendez-vous" → "accompagnement-aux-rendez-vous", "Cœur" → "coeur". */
export function slugify(name: string, maxLength = 80): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[œæßøđłıþð]/g, (letter) => LIGATURES[letter] ?? letter)
    .replace(/['’]/g, '-')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, maxLength)
    .replace(/-+$/g, '');
}
