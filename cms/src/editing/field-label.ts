import type { Core, UID } from '@strapi/strapi';
import type { Locale } from '@cb/domain';
import { COMPONENT_WORDS, CONTENT_TYPE_WORDS, type FieldWords } from '../content-model/field-labels';

type Words = Readonly<Record<string, { fields: Readonly<Record<string, FieldWords>> }>>;
const TYPE_WORDS: Words = CONTENT_TYPE_WORDS;
const PART_WORDS: Words = COMPONENT_WORDS;

/** A field as the content manager labels it in the staff member's language (content-model/field-labels.ts); its name when it has no label. */
export function fieldLabelOf(uid: string, field: string, locale: Locale): string {
  return TYPE_WORDS[uid]?.fields[field]?.label[locale] ?? field;
}

/**
 * A place in a document as the content manager shows it: the field's label, and for an entry of a
 * repeatable component its number and the entry's own field (`Dates and hours 2 › Ends at`). A place
 * inside rich text is the rich-text field: its editor has no labels inside.
 */
export function fieldPathLabelOf(strapi: Core.Strapi, uid: UID.ContentType, path: readonly string[], locale: Locale): string {
  const [field = '', index, part] = path;
  const label = fieldLabelOf(uid, field, locale);
  const attributes: Record<string, unknown> = strapi.getModel(uid)?.attributes ?? {};
  const attribute = attributes[field];
  const component = isComponentAttribute(attribute) ? attribute.component : undefined;
  if (!component || index === undefined || !/^\d+$/.test(index) || part === undefined) return label;
  return `${label} ${Number(index) + 1} › ${PART_WORDS[component]?.fields[part]?.label[locale] ?? part}`;
}

function isComponentAttribute(attribute: unknown): attribute is { type: 'component'; component: string } {
  return (
    typeof attribute === 'object' &&
    attribute !== null &&
    'type' in attribute &&
    attribute.type === 'component' &&
    'component' in attribute &&
    typeof attribute.component === 'string'
  );
}
