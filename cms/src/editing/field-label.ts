import type { Locale } from '@cb/domain';
import { CONTENT_TYPE_WORDS, type FieldWords } from '../content-model/field-labels';

const WORDS: Readonly<Record<string, { fields: Readonly<Record<string, FieldWords>> }>> = CONTENT_TYPE_WORDS;

/** A field as the content manager labels it in the staff member's language (content-model/field-labels.ts); its name when it has no label. */
export function fieldLabelOf(uid: string, field: string, locale: Locale): string {
  return WORDS[uid]?.fields[field]?.label[locale] ?? field;
}
