import type { PostedFields } from '@cb/domain/intake';

/**
 * The body parser reads `budgetLines[0][label]` and repeated names into nested objects and lists
 * (qs). The shared `fromPostedFields` reads flat names, as the browser sent them: this puts the
 * names back. Anything that is not text (a hostile nesting) is dropped.
 */
export function flatPostedFields(parsed: Record<string, unknown>): PostedFields {
  const fields: PostedFields = {};
  for (const [name, value] of Object.entries(parsed)) addField(fields, name, value);
  return fields;
}

function addField(fields: PostedFields, name: string, value: unknown): void {
  if (typeof value === 'string') {
    append(fields, name, value);
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => (typeof item === 'string' ? append(fields, name, item) : addField(fields, `${name}[${index}]`, item)));
  } else if (value !== null && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) addField(fields, `${name}[${key}]`, inner);
  }
}

function append(fields: PostedFields, name: string, value: string): void {
  const earlier = fields[name];
  fields[name] = earlier === undefined ? value : [...(Array.isArray(earlier) ? earlier : [earlier]), value];
}
