import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { LOCALES } from '@cb/domain';
import { applyFieldLabels } from '../../src/bootstrap/content-manager-labels';
import { COMPONENT_WORDS, CONTENT_TYPE_WORDS, type ModelWords } from '../../src/content-model/field-labels';
import { sharedCms, type TestCms } from '../helpers/cms';
import { dataOf, readJson } from '../helpers/http';
import { superAdminToken } from '../helpers/staff';

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
  cms = await sharedCms();
  token = await superAdminToken(cms);
}, 120_000);
afterAll(async () => {
  await cms?.stop();
});

const SYSTEM_FIELDS = new Set(['createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);

/** The words of every model by its uid, as the tests look them up by the names Strapi gives. */
type WordsByUid = Readonly<Record<string, ModelWords<string>>>;
const contentTypeWords: WordsByUid = CONTENT_TYPE_WORDS;
const componentWords: WordsByUid = COMPONENT_WORDS;

function fieldWordsOf(words: WordsByUid, uid: string) {
  const model = words[uid];
  if (!model) throw new Error(`No words for ${uid}`);
  return model.fields;
}

/** A field's settings in the content manager (the `id` column's edit settings are empty). */
const metadata = z.looseObject({
  edit: z.looseObject({
    label: z.string().optional(),
    description: z.string().optional(),
    visible: z.boolean().optional(),
    placeholder: z.string().optional(),
  }),
  list: z.looseObject({ label: z.string().optional(), mainField: z.unknown().optional() }),
});
const configuration = z.looseObject({
  settings: z.record(z.string(), z.unknown()),
  metadatas: z.record(z.string(), metadata),
  layouts: z.looseObject({ edit: z.array(z.array(z.looseObject({ name: z.string(), size: z.number() }))), list: z.array(z.string()) }),
});
const configurationBody = dataOf(z.looseObject({ contentType: configuration.optional(), component: configuration.optional() }));

async function configurationOf(kind: 'content-types' | 'components', uid: string) {
  const response = await fetch(`${cms.url}/content-manager/${kind}/${uid}/configuration`, { headers: { authorization: `Bearer ${token}` } });
  expect(response.status).toBe(200);
  const { data } = await readJson(response, configurationBody);
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
      expect(Object.keys(fieldWordsOf(contentTypeWords, uid)).sort(), uid).toEqual(ownFieldsOf(contentType.attributes).sort());
    }
    expect(Object.keys(COMPONENT_WORDS).sort()).toEqual(Object.keys(cms.strapi.components).sort());
    for (const [uid, component] of Object.entries(cms.strapi.components)) {
      expect(Object.keys(fieldWordsOf(componentWords, uid)).sort(), uid).toEqual(ownFieldsOf(component.attributes).sort());
    }
  });

  it('has a word in every language, and no two fields of a type with the same label', () => {
    const models = [...Object.entries(contentTypeWords), ...Object.entries(componentWords)];
    for (const [uid, { name, fields }] of models) {
      for (const locale of LOCALES) {
        expect(name[locale].trim(), `${uid} ${locale}`).not.toBe('');
        const labels = Object.values(fields).map((words) => words.label[locale]);
        expect(
          labels.filter((label, index) => label.trim() === '' || labels.indexOf(label) !== index),
          `${uid} ${locale}`,
        ).toEqual([]);
        for (const [field, words] of Object.entries(fields)) {
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
      for (const [field, words] of Object.entries(fieldWordsOf(contentTypeWords, uid))) {
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
