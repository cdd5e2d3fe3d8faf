import { describe, expect, it } from 'vitest';
import {
  FIELD_KINDS,
  FIELD_VALUES,
  SHORT_VALUE,
  budgetLineFieldName,
  fromPostedFields,
  keptPostedFields,
  layoutFields,
  maxLengthOf,
  INTAKE_SCHEMAS,
  type FieldKind,
  type FieldLayout,
  type PostedFields,
} from '../src/intake/index.js';

/** What a person may have typed into a field of each kind, in the island's inputs. */
const TYPED: Record<FieldKind, unknown> = {
  text: 'Marc Dubois',
  textarea: 'Ze wandelt graag\nmaar niet meer alleen.',
  email: 'marc@example.org',
  tel: '02 555 01 23',
  date: '2027-03-01',
  amount: '2.500,50',
  radio: 'someone-else',
  checkboxes: ['walking', 'chat'],
  select: 'jette',
  checkbox: true,
  'budget-lines': [
    { label: 'Ingrediënten', amount: '1800,50' },
    { label: '', amount: '' },
    { label: 'Kookmateriaal', amount: '699.5' },
  ],
  files: null,
  hidden: 'call-document-id',
};

const KINDS = Object.keys(FIELD_KINDS) as FieldKind[];
const fieldOf = (kind: FieldKind): FieldLayout => ({ name: kind === 'budget-lines' ? 'budgetLines' : `a-${kind}`, kind, required: false });
const posted = (pairs: [string, string][]): PostedFields => {
  const fields: PostedFields = {};
  for (const [name, value] of pairs) {
    const earlier = fields[name];
    fields[name] = earlier === undefined ? value : [earlier, value].flat();
  }
  return fields;
};

describe('the values of each kind of field', () => {
  it('are described for every kind that is drawn', () => {
    expect(Object.keys(FIELD_VALUES).sort()).toEqual([...KINDS].sort());
  });

  it.each(KINDS)('%s: sent from the island or posted without JavaScript, the schema reads the same value', (kind) => {
    const field = fieldOf(kind);
    const rules = FIELD_VALUES[kind];
    const asPosted = rules.fromPosted(posted(rules.toPosted(field.name, TYPED[kind], true)), field.name);
    expect(asPosted).toEqual(rules.fromInput(TYPED[kind], true));
  });

  it.each(KINDS)('%s: a field not shown sends what an empty one sends', (kind) => {
    const field = fieldOf(kind);
    const rules = FIELD_VALUES[kind];
    expect(rules.fromPosted(posted(rules.toPosted(field.name, TYPED[kind], false)), field.name)).toEqual(rules.fromPosted({}, field.name));
  });

  it('reads amounts in Belgian notation, drops empty budget lines, and takes a box not posted as no', () => {
    expect(FIELD_VALUES.amount.fromInput('2.500,50', true)).toBe(2500.5);
    expect(FIELD_VALUES['budget-lines'].fromInput(TYPED['budget-lines'], true)).toEqual([
      { label: 'Ingrediënten', amount: 1800.5 },
      { label: 'Kookmateriaal', amount: 699.5 },
    ]);
    expect(FIELD_VALUES.checkbox.fromPosted({}, 'consent')).toBe(false);
    expect(FIELD_VALUES.checkboxes.fromPosted({}, 'languages')).toEqual([]);
  });

  it('gives each form a fresh empty input (a list is never shared between two forms)', () => {
    const first = FIELD_VALUES['budget-lines'].emptyInput();
    const second = FIELD_VALUES['budget-lines'].emptyInput();
    expect(first).toEqual([{ label: '', amount: '' }]);
    expect(first).not.toBe(second);
    expect(FIELD_VALUES.files.emptyInput()).toBeUndefined();
  });
});

describe('reading a form posted without JavaScript', () => {
  it('keeps only the form’s own fields, each read by its kind', () => {
    const values = fromPostedFields('help-request', {
      forWhom: 'self',
      languages: 'nl',
      consent: 'on',
      mayPublish: 'on',
      'budgetLines[0][label]': 'x',
      website: 'http://spam.example',
      idempotencyKey: 'k-1',
      somethingElse: 'junk',
    });
    expect(values).toMatchObject({ forWhom: 'self', languages: ['nl'], consent: true, categories: [], availableTimes: [] });
    for (const name of ['mayPublish', 'budgetLines[0][label]', 'website', 'idempotencyKey', 'somethingElse']) expect(values).not.toHaveProperty(name);
    expect(Object.keys(values).every((name) => layoutFields('help-request').some((field) => field.name === name))).toBe(true);
  });
});

describe('keeping an unfinished post', () => {
  it('keeps a choice only if it is one of the field’s options, once', () => {
    const kept = keptPostedFields('help-request', {
      forWhom: 'nobody',
      municipality: 'jette',
      categories: ['chat', 'chat', 'x'.repeat(5000)],
      languages: 'klingon',
    });
    expect(kept).toEqual({ municipality: 'jette', categories: ['chat'] });
  });

  it('cuts each text to its schema maximum, in characters, and a value with no maximum to a short one', () => {
    const max = maxLengthOf(INTAKE_SCHEMAS['help-request']._zod.def.shape.contactName)!;
    const kept = keptPostedFields('help-request', { contactName: '😀'.repeat(max + 10), consent: 'on'.repeat(100) });
    expect(Array.from(String(kept.contactName))).toHaveLength(max);
    expect(String(kept.consent)).toHaveLength(SHORT_VALUE);
  });

  it('keeps at most as many budget lines as the schema allows, and no files or other names', () => {
    const post: PostedFields = { attachments: 'file.pdf', junk: 'x' };
    for (let index = 0; index < 99; index++) {
      post[budgetLineFieldName(index, 'label')] = `line ${index}`;
      post[budgetLineFieldName(index, 'amount')] = '1'.repeat(100);
    }
    const kept = keptPostedFields('project-proposal', post);
    expect(Object.keys(kept)).toHaveLength(2 * 30);
    expect(kept[budgetLineFieldName(29, 'label')]).toBe('line 29');
    expect(String(kept[budgetLineFieldName(0, 'amount')])).toHaveLength(SHORT_VALUE);
  });
});
