/* eslint-disable no-restricted-syntax -- written beside the cast ban for cms/tests (merged the same day): its casts still go to readJson/records helpers (tests/helpers/http.ts, records.ts). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCALES } from '@cb/domain';
import { applyFieldLabels } from '../src/bootstrap/content-manager-labels';
import { COMPONENT_WORDS, CONTENT_TYPE_WORDS, type FieldWords } from '../src/content-model/field-labels';
import { startCms, type TestCms } from './helpers/cms';
import { superAdminToken } from './helpers/staff';

/**
 * Editors read words, not field names: at every start the content manager's configuration of every
 * content type and component carries the English label (and description) of each field, while the
 * layout an editor arranged in "Configure the view" stays theirs. The admin's translations of the
 * same words are checked in the browser (editor-content-manager.test.ts).
 */

let cms: TestCms;
/** One login for the file: the admin limits login attempts. */
let token: string;
beforeAll(async () => {
  cms = await startCms();
  token = await superAdminToken(cms);
}, 120_000);
afterAll(async () => {
  await cms?.stop();
});

const SYSTEM_FIELDS = new Set(['createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);

interface Metadata {
  edit: { label: string; description: string; visible: boolean; placeholder: string };
  list: { label: string; mainField?: unknown };
}
interface Configuration {
  settings: Record<string, unknown>;
  metadatas: Record<string, Metadata>;
  layouts: { edit: { name: string; size: number }[][]; list: string[] };
}

async function configurationOf(kind: 'content-types' | 'components', uid: string): Promise<Configuration> {
  const response = await fetch(`${cms.url}/content-manager/${kind}/${uid}/configuration`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  const { data } = (await response.json()) as { data: { contentType?: Configuration; component?: Configuration } };
  const configuration = data.contentType ?? data.component;
  if (!configuration) throw new Error(`No configuration for ${uid}`);
  return configuration;
}

const ownFieldsOf = (attributes: Record<string, unknown>) => Object.keys(attributes).filter((field) => !SYSTEM_FIELDS.has(field));

describe('the content manager’s field labels', () => {
  it('has words for every field of every content type and component of the platform', () => {
    const apiTypes = Object.entries(cms.strapi.contentTypes).filter(([uid]) => uid.startsWith('api::'));
    expect(Object.keys(CONTENT_TYPE_WORDS).sort()).toEqual(apiTypes.map(([uid]) => uid).sort());
    for (const [uid, contentType] of apiTypes) {
      const words: Record<string, FieldWords> = CONTENT_TYPE_WORDS[uid as keyof typeof CONTENT_TYPE_WORDS].fields;
      expect(Object.keys(words).sort(), uid).toEqual(ownFieldsOf(contentType.attributes).sort());
    }
    expect(Object.keys(COMPONENT_WORDS).sort()).toEqual(Object.keys(cms.strapi.components).sort());
    for (const [uid, component] of Object.entries(cms.strapi.components)) {
      const words: Record<string, FieldWords> = COMPONENT_WORDS[uid as keyof typeof COMPONENT_WORDS].fields;
      expect(Object.keys(words).sort(), uid).toEqual(ownFieldsOf(component.attributes).sort());
    }
  });

  it('has a word in every language, and no two fields of a type with the same label', () => {
    const models = [...Object.entries(CONTENT_TYPE_WORDS), ...Object.entries(COMPONENT_WORDS)];
    for (const [uid, { name, fields }] of models) {
      for (const locale of LOCALES) {
        expect(name[locale].trim(), `${uid} ${locale}`).not.toBe('');
        const labels = Object.values(fields as Record<string, FieldWords>).map((words) => words.label[locale]);
        expect(
          labels.filter((label, index) => label.trim() === '' || labels.indexOf(label) !== index),
          `${uid} ${locale}`,
        ).toEqual([]);
        for (const [field, words] of Object.entries(fields as Record<string, FieldWords>)) {
          if (words.description) expect(words.description[locale].trim(), `${uid}.${field} ${locale}`).not.toBe('');
        }
      }
    }
  });

  it('stores each field’s English label and description for the edit view and the list, not the field name', async () => {
    const story = await configurationOf('content-types', 'api::story.story');
    expect(story.metadatas.coverAlt?.edit.label).toBe('Description of the cover photo');
    expect(story.metadatas.coverAlt?.edit.description).toMatch(/^What the cover photo shows/);
    expect(story.metadatas.authorName?.list.label).toBe('Told by');
    expect(story.metadatas.storyDate?.edit.label).toBe('Date of the story');
    const initiative = await configurationOf('content-types', 'api::initiative.initiative');
    expect(initiative.metadatas.schedule?.edit.description).toMatch(/Every Tuesday/);

    for (const uid of Object.keys(CONTENT_TYPE_WORDS)) {
      const { metadatas } = await configurationOf('content-types', uid);
      const fields: Record<string, FieldWords> = CONTENT_TYPE_WORDS[uid as keyof typeof CONTENT_TYPE_WORDS].fields;
      for (const [field, words] of Object.entries(fields)) {
        expect(metadatas[field]?.edit.label, `${uid}.${field}`).toBe(words.label.en);
        expect(metadatas[field]?.edit.description, `${uid}.${field}`).toBe(words.description?.en ?? '');
      }
    }
    const socialLink = await configurationOf('components', 'shared.social-link');
    expect(socialLink.metadatas.url?.edit.label).toBe('Website');
  });

  it('puts its words back at the next start, and leaves the layout an editor arranged as it is', async () => {
    const before = await configurationOf('content-types', 'api::story.story');
    // An editor in "Configure the view": the cover first, its description hidden, other list columns, their own label.
    const rearranged = {
      settings: { ...before.settings, pageSize: 20 },
      layouts: {
        edit: [[{ name: 'cover', size: 6 }], ...before.layouts.edit.map((row) => row.filter((field) => field.name !== 'cover'))].filter(
          (row) => row.length > 0,
        ),
        list: ['id', 'title', 'storyDate'],
      },
      metadatas: {
        // As the admin's form sends them: a list column's entry title is not among them.
        ...Object.fromEntries(
          Object.entries(before.metadatas).map(
            ([
              field,
              {
                edit,
                list: { mainField: _mainField, ...list },
              },
            ]) => [field, { edit, list }],
          ),
        ),
        coverAlt: {
          ...before.metadatas.coverAlt,
          edit: { ...before.metadatas.coverAlt?.edit, label: 'coverAlt', description: '', visible: false, placeholder: 'A girl on a bench' },
        },
      },
    };
    const { id: _id, uid: _uid, ...body } = { id: 0, uid: '', ...rearranged };
    const saved = await fetch(`${cms.url}/content-manager/content-types/api::story.story/configuration`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(saved.status, await saved.clone().text()).toBe(200);

    expect(await applyFieldLabels(cms.strapi)).toBe(1);
    const after = await configurationOf('content-types', 'api::story.story');
    expect(after.metadatas.coverAlt?.edit).toMatchObject({ label: 'Description of the cover photo', visible: false, placeholder: 'A girl on a bench' });
    expect(after.metadatas.coverAlt?.edit.description).toMatch(/^What the cover photo shows/);
    expect(after.layouts.edit[0]).toEqual([{ name: 'cover', size: 6 }]);
    expect(after.layouts.list).toEqual(['id', 'title', 'storyDate']);
    expect(after.settings.pageSize).toBe(20);

    // In step already: nothing is written.
    expect(await applyFieldLabels(cms.strapi)).toBe(0);
  });
});
