import { isDeepStrictEqual } from 'node:util';
import type { Core } from '@strapi/strapi';
import { COMPONENT_WORDS, CONTENT_TYPE_WORDS, type FieldWords } from '../content-model/field-labels';

/**
 * Writes the English words of content-model/field-labels.ts into the content manager's stored
 * configuration of every content type and component, at every start. Labels and descriptions belong
 * to the code: what was typed in "Configure the view" for them is replaced. Everything else there is
 * the editors' (field order and sizes, list columns, visibility, placeholders, entry titles) and is
 * left as it is. Idempotent: a configuration already in step is not written.
 *
 * The admin shows these words in the staff member's language through its translations (see
 * src/admin/field-translations.ts); the stored English is what the admin falls back to.
 */

interface EditMetadata {
  label?: string;
  description?: string;
  [setting: string]: unknown;
}
interface ListMetadata {
  label?: string;
  [setting: string]: unknown;
}
type Metadatas = Record<string, { edit?: EditMetadata; list?: ListMetadata }>;

interface Configuration {
  settings: unknown;
  metadatas: Metadatas;
  layouts: unknown;
}

interface ConfigurationService {
  findConfiguration(model: { uid: string }): Promise<Configuration>;
  updateConfiguration(model: { uid: string }, configuration: Configuration): Promise<unknown>;
}

/** The metadatas with each field's English label and description; other settings as they were. */
export function withEnglishWords(metadatas: Metadatas, fields: Readonly<Record<string, FieldWords>>): Metadatas {
  const updated: Metadatas = { ...metadatas };
  for (const [field, words] of Object.entries(fields)) {
    const current = metadatas[field];
    if (!current) continue;
    const label = words.label.en;
    updated[field] = {
      ...current,
      ...(current.edit ? { edit: { ...current.edit, label, description: words.description?.en ?? '' } } : {}),
      ...(current.list ? { list: { ...current.list, label } } : {}),
    };
  }
  return updated;
}

async function applyTo(service: ConfigurationService, uid: string, fields: Readonly<Record<string, FieldWords>>): Promise<boolean> {
  const { settings, metadatas, layouts } = await service.findConfiguration({ uid });
  const updated = withEnglishWords(metadatas ?? {}, fields);
  if (isDeepStrictEqual(updated, metadatas)) return false;
  await service.updateConfiguration({ uid }, { settings, metadatas: updated, layouts });
  return true;
}

/** Returns how many configurations it wrote (0 when all were in step already). */
export async function applyFieldLabels(strapi: Core.Strapi): Promise<number> {
  const contentManager = strapi.plugin('content-manager');
  const contentTypes = contentManager.service('content-types') as ConfigurationService;
  const components = contentManager.service('components') as ConfigurationService;
  let written = 0;
  for (const [uid, words] of Object.entries(CONTENT_TYPE_WORDS)) {
    if (await applyTo(contentTypes, uid, words.fields)) written += 1;
  }
  for (const [uid, words] of Object.entries(COMPONENT_WORDS)) {
    if (await applyTo(components, uid, words.fields)) written += 1;
  }
  return written;
}
