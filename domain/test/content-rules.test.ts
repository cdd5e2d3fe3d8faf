import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LOCALES, isEmailAddress, isPhoneNumber, linkTarget, nameProblem, webAddress } from '../src/index.js';
import { fieldMessage, fieldMessages, validateIntake } from '../src/intake/index.js';

describe('web addresses', () => {
  it.each([
    ['https://www.example.be/agenda?week=2', 'https://www.example.be/agenda?week=2'],
    ['http://example.be', 'http://example.be/'],
    ['example.be/contact', 'https://example.be/contact'],
    ['  https://voorbeeld.brussels  ', 'https://voorbeeld.brussels/'],
  ])('%s is a web address', (typed, href) => {
    expect(webAddress(typed)).toBe(href);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'mailto:someone@example.be',
    'ftp://example.be/file',
    'http://exa mple.be',
    'http://example.be/a b',
    'https://example.be/\u202Egnp.exe',
    'https://user:secret@example.be/',
    'https://localhost/',
    'https://',
    '',
    `https://example.be/${'a'.repeat(300)}`,
  ])('%s is refused', (typed) => {
    expect(webAddress(typed)).toBeUndefined();
  });

  it('links in rich text may also be site paths, mail and phone links', () => {
    expect(linkTarget('/nl/initiatieven')).toBe('/nl/initiatieven');
    expect(linkTarget('#contact')).toBe('#contact');
    expect(linkTarget('mailto:info@example.be')).toBe('mailto:info@example.be');
    expect(linkTarget('tel:+3225550123')).toBe('tel:+3225550123');
    expect(linkTarget('//evil.example/')).toBeUndefined();
    expect(linkTarget('javascript:alert(1)')).toBeUndefined();
    expect(linkTarget('mailto:not an address')).toBeUndefined();
  });
});

describe('emails and phone numbers', () => {
  it.each(['info@example.be', 'jan.peeters+hulp@voorbeeld.brussels'])('%s is an email address', (typed) => expect(isEmailAddress(typed)).toBe(true));
  it.each(['info@', 'info@example', 'in fo@example.be', 'info@@example.be', '<script>@x.be', `${'a'.repeat(200)}@example.be`])('%s is refused', (typed) =>
    expect(isEmailAddress(typed)).toBe(false),
  );
  it.each(['02 555 01 23', '+32 470 12 34 56', '0470/12.34.56'])('%s is a phone number', (typed) => expect(isPhoneNumber(typed)).toBe(true));
  it.each(['call me', 'O2 555 O1 23', '123', '+32 470 12 34 56 ext. 5', 'javascript:alert(1)'])('%s is refused', (typed) =>
    expect(isPhoneNumber(typed)).toBe(false),
  );
});

describe('names are names', () => {
  /** Names people and organisations really have, in the languages Brussels speaks. */
  const REAL_NAMES = [
    'Marie Dubois',
    'Jean-Pierre d’Ursel',
    'Anne-Sophie de l’Escaille',
    "Maria-José O'Neil",
    'Jan van der Berg',
    'Ine Van Damme',
    'Élodie Lefèvre-Dubois',
    'J.R.R. Tolkien',
    'J. R. R. Tolkien',
    'A.B. Janssens',
    'J.-P. Sartre',
    'Dr. Ahmed Benali',
    'St. Gilles',
    'Buurthuis 1080',
    'VZW Samen Sterk',
    'Buurtwerk ’t Pleintje',
    'Friends at Work',
    'محمد الإدريسي',
    'فرزانه‌ی احمدی',
    'Ayşe Yılmaz',
    'İbrahim Çelik',
    'Łukasz Żółkiewski',
    'Grzegorz Brzęczyszczykiewicz',
    '王小明',
    '欧阳娜娜',
    '艾伦·图灵',
    'Nguyễn Văn An',
    'Trần Thị Mai',
    'Zoë 😀',
    'Zoë 👩‍👩‍👧',
    'Sam ❤️‍🔥',
    'Ada 👩🏽‍💻',
    '葛\u{E0100}飾 花子',
  ];

  it.each(REAL_NAMES)('%s is a name', (name) => {
    expect(nameProblem(name)).toBeUndefined();
  });

  it.each([
    ['client. URGENT: your benefits stop today, confirm at https://evil.example', 'address'],
    ['Visit www.evil.example', 'address'],
    ['Marie bit.ly/abc', 'address'],
    ['Marie evil.com', 'address'],
    ['marie@evil.example', 'address'],
    ['Marie\nURGENT', 'line-break'],
    ['Marie\r\nURGENT', 'line-break'],
    ['Marie\u2028URGENT', 'line-break'],
    ['Marie\u202Eesrever', 'hidden-characters'],
    ['Marie\u2066x\u2069', 'hidden-characters'],
    ['Ma\u200Brie', 'hidden-characters'],
    ['Marie\tDubois', 'hidden-characters'],
    ['\u200D\u200C', 'invisible'],
    ['\u3164', 'invisible'],
    ['\u0301\u0301', 'invisible'],
    ['\u00A0\u2003', 'invisible'],
    // Whatever the top-level domain and however the dot is written (issue 10, item 7).
    ['Jan. DRINGEND bevestig op mijnpensioen.brussels', 'address'],
    ['Jan zie 217.160.0.1/x', 'address'],
    ['Jan zie 217.160.0.1', 'address'],
    ['Jan zie pension．be', 'address'],
    ['Jan zie pension。be', 'address'],
    ['Jan zie pension｡be', 'address'],
    ['Jan zie pension․be', 'address'],
    ['Jan zie pension﹒be', 'address'],
    ['ｐｅｎｓｉｏｎ．ｂｅ', 'address'],
    ['Jan zie pensioń.be', 'address'],
    ['Jan zie pensioen.nl', 'address'],
    ['Jan zie rente.de', 'address'],
    ['Jan zie benefits.gov', 'address'],
    ['Jan zie MIJNPENSIOEN.BRUSSELS', 'address'],
    ['Jan zie pensioen\\login', 'address'],
    ['Jan zie pensioen／login', 'address'],
    ['Jan zie pensioen.xn--90ais', 'address'],
    ['jan(at)evil', 'address'],
    ['jan [at] evil', 'address'],
    ['jan {AT} evil', 'address'],
    ['jan at evil dot be', 'address'],
    ['jan(at)evil(dot)be', 'address'],
    ['jan＠evil', 'address'],
    ['jan @ evil', 'address'],
    ['Ja\u034Fn', 'hidden-characters'],
    ['Jan\u2060Peeters', 'hidden-characters'],
    ['Jan\u180EPeeters', 'hidden-characters'],
    ['Jan \u{E0055}\u{E0052}\u{E0047}', 'hidden-characters'],
    ['Jan\uFE0F\uFE0F\uFE0F', 'hidden-characters'],
    ['Jan\u3164Peeters', 'hidden-characters'],
    ['Jan\uE000', 'hidden-characters'],
    ['\u200DJan', 'hidden-characters'],
    ['Jan\u200C', 'hidden-characters'],
    ['Jan \u200D Peeters', 'hidden-characters'],
  ])('%j is refused (%s)', (name, problem) => {
    expect(nameProblem(name)).toBe(problem);
  });

  it('any text with a label.tld in it is refused, whatever the letters, the dot or what surrounds it', () => {
    const letters = (minLength: number) =>
      fc.string({
        unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèçëöüßłżąęğışøåñãõâêôûàùìíóúýžšřčďťňĺŕαβγδεжзийклмнопрстуабвгд'),
        minLength,
        maxLength: 12,
      });
    const dots = fc.constantFrom('.', '\uFF0E', '\u3002', '\uFF61', '\u2024', '\uFE52');
    fc.assert(
      fc.property(fc.string(), letters(1), dots, letters(2), fc.string(), (before, label, dot, tld, after) => {
        expect(nameProblem(`${before}${label}${dot}${tld}${after}`)).toBeDefined();
      }),
      { numRuns: 2000 },
    );
  });

  it('every name field of every form refuses a link with the field message, in every locale', () => {
    const names: [Parameters<typeof validateIntake>[0], string, Record<string, unknown>][] = [
      ['help-request', 'contactName', {}],
      ['help-request', 'beneficiaryName', {}],
      ['help-offer', 'contactName', {}],
      ['help-offer', 'organisationName', { offerAs: 'organisation' }],
      ['story-submission', 'contactName', {}],
      ['story-submission', 'publishAs', {}],
      ['project-proposal', 'contactName', {}],
      ['project-proposal', 'organisationName', { applicantType: 'organisation' }],
    ];
    for (const [form, field, extra] of names) {
      for (const locale of LOCALES) {
        const result = validateIntake(form, { ...extra, [field]: 'client.\nconfirm at https://evil.example' }, fieldMessages(locale));
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.errors[field], `${form}.${field}`).toBe(fieldMessage('name', locale));
      }
    }
  });
});
