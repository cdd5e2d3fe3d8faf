import { describe, expect, it } from 'vitest';
import { fieldMessages, fromPostedFields, validateIntake, type IntakeForm, type PostedFields } from '@cb/domain/intake';
import { emptyInput, toFormData, toSchemaValues, type FormInput } from '../../src/forms/form-values.ts';
import { formText } from '../../src/forms/form-text.ts';

/** What the island sends as JSON and what the same answers posted without JavaScript become must be judged alike. */

const FILLED: Record<IntakeForm, FormInput> = {
  'help-request': {
    forWhom: 'someone-else',
    beneficiaryName: 'Jeanne',
    categories: ['walking'],
    description: 'Wandelen',
    municipality: 'jette',
    languages: ['nl', 'fr'],
    availableTimes: ['weekends'],
    contactName: 'Marc',
    phone: '02 555 01 23',
    consent: true,
  },
  'help-offer': {
    offerAs: 'person',
    organisationName: 'typed, then the person chose "person"',
    categories: ['chat'],
    description: 'Babbelen',
    anywhereInBrussels: true,
    municipalities: ['evere'],
    languages: ['ar'],
    frequency: 'weekly',
    contactName: 'Omar',
    email: 'omar@example.be',
    codeOfConduct: true,
    consent: true,
  },
  'story-submission': { title: 'Soep', text: 'Elke zondag.', mayPublish: false, publishAs: 'An', contactName: 'An', phone: '0470 12 34 56', consent: true },
  'project-proposal': {
    projectCallDocumentId: 'abc123',
    applicantType: 'person',
    contactName: 'Sara',
    email: 'sara@example.org',
    projectTitle: 'Soep',
    description: 'Soep op zondag',
    targetGroup: 'Ouderen',
    municipalities: ['jette'],
    startDate: '2027-03-01',
    endDate: '2027-12-31',
    requestedAmount: '1.250,50',
    budgetLines: [
      { label: 'Soep', amount: '1000' },
      { label: '', amount: '' },
      { label: 'Potten', amount: '250,50' },
    ],
    consent: true,
  },
};

function posted(data: FormData): PostedFields {
  const fields: Record<string, string | string[]> = {};
  for (const [name, value] of data.entries()) {
    const text = String(value);
    const earlier = fields[name];
    fields[name] = earlier === undefined ? text : [...(Array.isArray(earlier) ? earlier : [earlier]), text];
  }
  return fields;
}

describe('the island’s values', () => {
  it.each(Object.keys(FILLED) as IntakeForm[])('of a %s are valid and the same as the no-JavaScript post of the same answers', (form) => {
    const input = { ...emptyInput(form), ...FILLED[form] };
    const asJson = validateIntake(form, toSchemaValues(form, input), fieldMessages('nl'));
    const asPost = validateIntake(form, fromPostedFields(form, posted(toFormData(form, input, { locale: 'nl', website: '' }))), fieldMessages('nl'));
    expect(asJson).toMatchObject({ ok: true });
    expect(asPost).toEqual(asJson);
  });

  it('leaves out what a hidden question held', () => {
    const offer = toSchemaValues('help-offer', { ...emptyInput('help-offer'), ...FILLED['help-offer'] });
    expect(offer.organisationName).toBeUndefined();
    expect(offer.municipalities).toEqual([]);
    const story = toSchemaValues('story-submission', { ...emptyInput('story-submission'), ...FILLED['story-submission'] });
    expect(story.publishAs).toBeUndefined();
  });

  it('reads amounts the Belgian way and drops empty budget lines', () => {
    const proposal = toSchemaValues('project-proposal', { ...emptyInput('project-proposal'), ...FILLED['project-proposal'] });
    expect(proposal.requestedAmount).toBe(1250.5);
    expect(proposal.budgetLines).toEqual([
      { label: 'Soep', amount: 1000 },
      { label: 'Potten', amount: 250.5 },
    ]);
  });
});

describe('the text a form page hands its island', () => {
  it('is in the page’s language only, with the call’s maximum filled in and municipalities in alphabetical order', () => {
    const text = formText('project-proposal', 'nl', { max: 7500 });
    expect(text.fields.requestedAmount?.hint).toBe('Maximaal €\u00a07.500.');
    expect(text.submit).toBe('Project indienen');
    const names = text.options.municipalities!.map(([, label]) => label);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl')));
    expect(JSON.stringify(formText('help-request', 'fr'))).not.toContain('Vraag versturen');
  });
});
