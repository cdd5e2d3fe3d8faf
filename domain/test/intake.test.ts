import { describe, expect, it } from 'vitest';
import { LOCALES } from '../src/index.js';
import { fieldMessage, fieldMessages, fromPostedFields, isBelgianEnterpriseNumber, parseAmount, validateIntake } from '../src/intake/index.js';

const helpRequest = {
  forWhom: 'someone-else',
  contactName: '  Marc Dubois ',
  beneficiaryName: 'Mijn buurvrouw Jeanne',
  relationToBeneficiary: '',
  phone: '02 555 01 23',
  email: '',
  categories: ['walking', 'chat', 'walking'],
  description: 'Ze wandelt graag maar niet meer alleen.',
  municipality: 'jette',
  languages: ['nl', 'fr'],
  availability: 'dinsdagnamiddag',
  consent: true,
};

const proposal = {
  projectCallDocumentId: 'abc123',
  applicantType: 'organisation',
  organisationName: 'Buurthuis De Linde vzw',
  enterpriseNumber: '0123.456.749',
  contactName: 'Sara Janssens',
  email: 'sara@example.org',
  projectTitle: 'Soep op zondag',
  description: 'Elke zondag soep en een babbel voor wie alleen woont.',
  targetGroup: 'Alleenstaande ouderen in Jette',
  municipalities: ['jette'],
  startDate: '2027-03-01',
  endDate: '2027-12-31',
  requestedAmount: 2500,
  budgetLines: [
    { label: 'Ingrediënten', amount: 1800.5 },
    { label: 'Kookmateriaal', amount: 699.5 },
  ],
  consent: true,
};

describe('validateIntake', () => {
  it('accepts a complete help request, trimmed, with optional empties dropped and duplicates merged', () => {
    const result = validateIntake('help-request', helpRequest, fieldMessages('nl'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.contactName).toBe('Marc Dubois');
    expect(result.data.email).toBeUndefined();
    expect(result.data.relationToBeneficiary).toBeUndefined();
    expect(result.data.categories).toEqual(['walking', 'chat']);
  });

  it('answers with the one catalogue it is given (a form page hands its island its own language only)', () => {
    const texts = { ...fieldMessages('en').texts, required: 'Nothing here yet.', 'contact-missing': 'How do we reach you?' };
    const result = validateIntake('help-request', { ...helpRequest, phone: '', email: '', description: '' }, { locale: 'en', texts });
    expect(result).toMatchObject({ ok: false, errors: { description: 'Nothing here yet.', contact: 'How do we reach you?' } });
  });

  it('says per field what to do, in the form language', () => {
    const result = validateIntake(
      'help-request',
      { ...helpRequest, contactName: ' ', categories: [], municipality: 'paris', consent: 'on' },
      fieldMessages('fr'),
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toMatchObject({
      contactName: 'Veuillez remplir ce champ.',
      categories: 'Choisissez-en au moins un.',
      municipality: 'Choisissez une des possibilités de la liste.',
      consent: expect.stringContaining('Cochez cette case'),
    });
  });

  it.each(LOCALES)('asks for a way to reach the person (%s), even when other fields fail too', (locale) => {
    const result = validateIntake('help-request', { ...helpRequest, phone: '', email: '', description: '' }, fieldMessages(locale));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['contact', 'description']);
  });

  it('recognises a wrong email and a wrong phone number', () => {
    const result = validateIntake('help-request', { ...helpRequest, phone: 'call me', email: 'jan@' }, fieldMessages('en'));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.phone).toContain('02 555 01 23');
    expect(result.errors.email).toContain('name@example.be');
  });

  it('bounds every text and says how long it may be', () => {
    const result = validateIntake('help-request', { ...helpRequest, description: 'x'.repeat(2001) }, fieldMessages('nl'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.description).toBe('Dit is te lang: maximaal 2000 tekens.');
  });

  it('drops control characters nobody types (PostgreSQL refuses NUL), keeping line breaks', () => {
    const result = validateIntake(
      'help-request',
      { ...helpRequest, contactName: 'Marc\u0000 Dubois', description: 'Line one\nline\u0007 two' },
      fieldMessages('nl'),
    );
    expect(result.ok).toBe(true);
    if (result.ok) expect([result.data.contactName, result.data.description]).toEqual(['Marc Dubois', 'Line one\nline two']);
    const onlyNul = validateIntake('help-request', { ...helpRequest, description: '\u0000\u0000' }, fieldMessages('nl'));
    expect(onlyNul.ok).toBe(false);
    if (!onlyNul.ok) expect(onlyNul.errors.description).toBe('Vul dit in.');
  });

  it('never throws on input of the wrong kind', () => {
    for (const input of [null, undefined, 42, 'text', [], { consent: { $gt: '' } }, { categories: 'walking' }]) {
      const result = validateIntake('help-offer', input, fieldMessages('nl'));
      expect(result.ok).toBe(false);
    }
  });

  it('asks a volunteer to accept the code of conduct, in the form’s language', () => {
    const offer = {
      offerAs: 'person',
      contactName: 'Ali',
      email: 'ali@example.org',
      categories: ['groceries'],
      description: 'Boodschappen op zaterdag',
      anywhereInBrussels: true,
      municipalities: [],
      languages: ['fr'],
      frequency: 'weekly',
      consent: true,
    };
    for (const codeOfConduct of [undefined, false, 'on', 'true']) {
      const refused = validateIntake('help-offer', { ...offer, codeOfConduct }, fieldMessages('fr'));
      expect(refused).toEqual({ ok: false, errors: { codeOfConduct: fieldMessage('code-of-conduct', 'fr') } });
    }
    expect(validateIntake('help-offer', { ...offer, codeOfConduct: true }, fieldMessages('fr')).ok).toBe(true);
  });

  it('asks an offer for a municipality unless it is anywhere in Brussels, and for the organisation name', () => {
    const offer = {
      offerAs: 'organisation',
      contactName: 'Ali',
      email: 'ali@example.org',
      categories: ['groceries'],
      description: 'Boodschappen op zaterdag',
      anywhereInBrussels: false,
      municipalities: [],
      languages: ['fr'],
      frequency: 'weekly',
      codeOfConduct: true,
      consent: true,
    };
    const missing = validateIntake('help-offer', offer, fieldMessages('en'));
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(Object.keys(missing.errors).sort()).toEqual(['municipalities', 'organisationName']);
    expect(validateIntake('help-offer', { ...offer, anywhereInBrussels: true, organisationName: 'Voisins Solidaires' }, fieldMessages('en')).ok).toBe(true);
  });

  it('accepts a proposal whose budget lines add up to the amount asked, to the cent', () => {
    expect(validateIntake('project-proposal', proposal, fieldMessages('nl'), { maxPerProject: 7500 }).ok).toBe(true);
  });

  it('refuses a proposal over the maximum, with a wrong sum, wrong dates or enterprise number', () => {
    const result = validateIntake(
      'project-proposal',
      { ...proposal, requestedAmount: 8000, endDate: '2027-01-01', startDate: '2027-02-01', enterpriseNumber: '0123.456.789' },
      fieldMessages('en'),
      { maxPerProject: 7500 },
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.requestedAmount).toBe('You can ask for €7,500 at most for one project.');
    expect(result.errors.budgetLines).toBe('The budget lines add up to €2,500, but you ask for €8,000. Please make them equal.');
    expect(result.errors.endDate).toContain('before the start date');
    expect(result.errors.enterpriseNumber).toContain('enterprise number');
  });

  it('names the budget line that needs another look', () => {
    const result = validateIntake('project-proposal', { ...proposal, budgetLines: [{ label: 'Soep', amount: -5 }] }, fieldMessages('nl'), {
      maxPerProject: 7500,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors['budgetLines.0.amount']).toContain('bedrag');
  });
});

describe('isBelgianEnterpriseNumber', () => {
  it('checks the mod-97 control digits in the usual notations', () => {
    expect(isBelgianEnterpriseNumber('0123.456.749')).toBe(true);
    expect(isBelgianEnterpriseNumber('BE 0123 456 749')).toBe(true);
    expect(isBelgianEnterpriseNumber('0123456749')).toBe(true);
    expect(isBelgianEnterpriseNumber('0123.456.789')).toBe(false);
    expect(isBelgianEnterpriseNumber('2123.456.749')).toBe(false);
  });
});

describe('fromPostedFields', () => {
  it('reads a help request posted without JavaScript like the same request sent as JSON', () => {
    const posted = {
      forWhom: 'someone-else',
      contactName: 'Marc Dubois',
      beneficiaryName: 'Mijn buurvrouw Jeanne',
      relationToBeneficiary: '',
      phone: '02 555 01 23',
      email: '',
      categories: ['walking', 'chat'],
      description: 'Ze wandelt graag maar niet meer alleen.',
      municipality: 'jette',
      languages: 'nl',
      availability: '',
      consent: 'on',
      website: '',
      idempotencyKey: 'k-1',
    };
    const values = fromPostedFields('help-request', posted);
    expect(values).not.toHaveProperty('website');
    expect(values).not.toHaveProperty('idempotencyKey');
    expect(values.languages).toEqual(['nl']);
    expect(values.consent).toBe(true);
    expect(validateIntake('help-request', values, fieldMessages('nl')).ok).toBe(true);
  });

  it('takes an unticked box as no', () => {
    const values = fromPostedFields('story-submission', { title: 'x', text: 'y', contactName: 'z', email: 'z@example.org' });
    expect(values.consent).toBe(false);
    expect(values.mayPublish).toBe(false);
  });

  it('reads budget lines and amounts in Belgian notation', () => {
    const values = fromPostedFields('project-proposal', {
      requestedAmount: '2.500,00',
      'budgetLines[0][label]': 'Ingrediënten',
      'budgetLines[0][amount]': '1800,50',
      'budgetLines[1][label]': 'Kookmateriaal',
      'budgetLines[1][amount]': '699.5',
      'budgetLines[2][label]': '',
      'budgetLines[2][amount]': '',
    });
    expect(values.requestedAmount).toBe(2500);
    expect(values.budgetLines).toEqual([
      { label: 'Ingrediënten', amount: 1800.5 },
      { label: 'Kookmateriaal', amount: 699.5 },
    ]);
  });

  it('keeps an amount it cannot read as text, for the schema to report', () => {
    expect(parseAmount('twee duizend')).toBe('twee duizend');
    expect(parseAmount('1 250')).toBe(1250);
    expect(parseAmount('€ 75')).toBe(75);
  });
});
