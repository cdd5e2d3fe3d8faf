/**
 * Small builders for Strapi content-type schemas, so that schemas are code that imports its
 * enumerations from @cb/domain instead of repeating them in JSON.
 */

type Attribute = Record<string, unknown>;

/** Localized public content: i18n on, draft & publish on. */
export function publicCollection(names: { singular: string; plural: string; display: string; description: string }, attributes: Record<string, Attribute>) {
  return {
    kind: 'collectionType',
    collectionName: names.plural.replace(/-/g, '_'),
    info: { singularName: names.singular, pluralName: names.plural, displayName: names.display, description: names.description },
    options: { draftAndPublish: true },
    pluginOptions: { i18n: { localized: true } },
    attributes,
  };
}

export function publicSingle(names: { singular: string; plural: string; display: string; description: string }, attributes: Record<string, Attribute>) {
  return { ...publicCollection(names, attributes), kind: 'singleType' };
}

/** Private intake: never localized, never published, no public routes. */
export function intakeCollection(names: { singular: string; plural: string; display: string; description: string }, attributes: Record<string, Attribute>) {
  return {
    kind: 'collectionType',
    collectionName: `intake_${names.plural.replace(/-/g, '_')}`,
    info: { singularName: names.singular, pluralName: names.plural, displayName: names.display, description: names.description },
    options: { draftAndPublish: false },
    pluginOptions: { i18n: { localized: false } },
    attributes: withoutI18n(attributes),
  };
}

/** Taxonomy terms mirrored from @cb/domain: not localized (names per locale are fields), no drafts. */
export function taxonomyCollection(names: { singular: string; plural: string; display: string; description: string }, attributes: Record<string, Attribute>) {
  return {
    kind: 'collectionType',
    collectionName: `taxonomy_${names.plural.replace(/-/g, '_')}`,
    info: { singularName: names.singular, pluralName: names.plural, displayName: names.display, description: names.description },
    options: { draftAndPublish: false },
    pluginOptions: { i18n: { localized: false } },
    attributes: withoutI18n({
      code: { type: 'string', required: true, unique: true },
      nameNl: { type: 'string', required: true },
      nameFr: { type: 'string', required: true },
      nameEn: { type: 'string', required: true },
      ...attributes,
    }),
  };
}

function withoutI18n(attributes: Record<string, Attribute>): Record<string, Attribute> {
  return Object.fromEntries(Object.entries(attributes).map(([name, { pluginOptions: _ignored, ...attribute }]) => [name, attribute]));
}

/** A field shared by every locale of a localized document (e.g. a date, a phone number, a key). */
const shared = { pluginOptions: { i18n: { localized: false } } };
const localized = { pluginOptions: { i18n: { localized: true } } };

export const text = {
  string: (options: { required?: boolean; maxLength?: number; localized?: boolean } = {}) => ({
    type: 'string',
    required: options.required ?? false,
    ...(options.maxLength ? { maxLength: options.maxLength } : {}),
    ...(options.localized === false ? shared : localized),
  }),
  long: (options: { required?: boolean; maxLength?: number; localized?: boolean } = {}) => ({
    type: 'text',
    required: options.required ?? false,
    ...(options.maxLength ? { maxLength: options.maxLength } : {}),
    ...(options.localized === false ? shared : localized),
  }),
  blocks: (options: { required?: boolean } = {}) => ({ type: 'blocks', required: options.required ?? false, ...localized }),
  email: (options: { localized?: boolean } = {}) => ({ type: 'email', ...(options.localized === true ? localized : shared) }),
};

export const slugOf = (targetField: string) => ({ type: 'uid', targetField, required: true, ...localized });

export const enumeration = (values: readonly string[], options: { required?: boolean; default?: string; localized?: boolean } = {}) => ({
  type: 'enumeration',
  enum: [...values],
  required: options.required ?? false,
  ...(options.default ? { default: options.default } : {}),
  ...(options.localized === true ? localized : shared),
});

export const media = (options: { multiple?: boolean; allowedTypes?: string[] } = {}) => ({
  type: 'media',
  multiple: options.multiple ?? false,
  allowedTypes: options.allowedTypes ?? ['images'],
  ...shared,
});

export const relation = (kind: 'oneToOne' | 'manyToOne' | 'oneToMany' | 'manyToMany', target: string, extra: Record<string, string> = {}) => ({
  type: 'relation',
  relation: kind,
  target,
  ...extra,
});

export const component = (name: string, options: { repeatable?: boolean; localized?: boolean } = {}) => ({
  type: 'component',
  component: name,
  repeatable: options.repeatable ?? false,
  ...(options.localized === false ? shared : localized),
});

export const scalar = {
  date: (options: { required?: boolean } = {}) => ({ type: 'date', required: options.required ?? false, ...shared }),
  datetime: (options: { required?: boolean } = {}) => ({ type: 'datetime', required: options.required ?? false, ...shared }),
  boolean: (defaultValue: boolean) => ({ type: 'boolean', default: defaultValue, ...shared }),
  decimal: (options: { required?: boolean; min?: number } = {}) => ({
    type: 'decimal',
    required: options.required ?? false,
    ...(options.min !== undefined ? { min: options.min } : {}),
    ...shared,
  }),
  integer: (options: { required?: boolean; min?: number; max?: number } = {}) => ({
    type: 'integer',
    required: options.required ?? false,
    ...(options.min !== undefined ? { min: options.min } : {}),
    ...(options.max !== undefined ? { max: options.max } : {}),
    ...shared,
  }),
  json: () => ({ type: 'json', ...shared }),
};
