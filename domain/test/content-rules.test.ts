import { describe, expect, it } from 'vitest';
import { LOCALES, isEmailAddress, isPhoneNumber, linkTarget, nameProblem, webAddress } from '../src/index.js';
import { fieldMessage, validateIntake } from '../src/intake/index.js';

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
  it.each(['call me', 'O2 555 O1 23', '123', '+32 470 12 34 56 ext. 5', 'javascript:alert(1)'])('%s is refused', (typed) => expect(isPhoneNumber(typed)).toBe(false));
});

describe('names are names', () => {
  it.each(['Marie Dubois', 'Jean-Pierre d’Ursel', 'محمد الإدريسي', '王小明', 'Zoë 😀', 'VZW Samen Sterk', 'J.R.R. Tolkien', 'فرزانه‌ی احمدی'])('%s is a name', (name) => {
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
  ])('%j is refused (%s)', (name, problem) => {
    expect(nameProblem(name)).toBe(problem);
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
        const result = validateIntake(form, { ...extra, [field]: 'client.\nconfirm at https://evil.example' }, locale);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.errors[field], `${form}.${field}`).toBe(fieldMessage('name', locale));
      }
    }
  });
});
