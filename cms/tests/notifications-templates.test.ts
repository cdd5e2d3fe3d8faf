import { describe, expect, it } from 'vitest';
import { LOCALES, frenchPunctuationProblems } from '@cb/domain';
import { thankYouCopy } from '@cb/domain/intake';
import { NOTIFIED_FORMS, notifiedFormOf, type Submission } from '../src/notifications/submission';
import { confirmation } from '../src/notifications/templates/confirmation';
import { renderMail } from '../src/notifications/templates/layout';
import { matchConfirmed } from '../src/notifications/templates/match-confirmed';
import { proposalDecision } from '../src/notifications/templates/proposal-decision';
import { referralConfirmed } from '../src/notifications/templates/referral-confirmed';
import { staffNotification } from '../src/notifications/templates/staff-notification';
import { followUpDigest } from '../src/notifications/templates/follow-up-digest';
import { checkInMail } from '../src/notifications/templates/check-in';
import { milestoneLinkMail } from '../src/notifications/templates/milestone-link';

const submission: Submission = {
  form: 'help-offer',
  documentId: 'k2p9x7w1q8z3',
  reference: 'CB-7KQ4M2',
  channel: 'web',
  formLocale: 'fr',
  contactName: 'Éloïse <Dupont>',
  email: 'eloise@example.be',
  hasPhone: false,
  facts: { offerAs: 'person', frequency: 'weekly' },
  categories: ['chat', 'groceries'],
  municipalities: ['schaerbeek'],
  languages: ['fr', 'ar'],
  anywhereInBrussels: false,
};
const phoneLine = { phoneNumber: '+32 2 555 00 00', phoneHours: 'lun.–ven. 9–17 h' };

describe('the confirmation to the person', () => {
  it('exists for every form in NL, FR and EN, with the reference and the phone line; the safety advice only where people will meet', () => {
    const safety = { nl: 'Geef nooit geld', fr: 'Ne donnez jamais d’argent', en: 'Never give money' };
    const peopleMeet = new Set(['help-request', 'help-offer']);
    for (const formLocale of LOCALES) {
      for (const form of NOTIFIED_FORMS) {
        const mail = confirmation({ ...submission, form, formLocale }, phoneLine);
        expect(mail.subject, `${form} ${formLocale}`).toContain('CB-7KQ4M2');
        expect(mail.text.includes(safety[formLocale]), `${form} ${formLocale}: safety advice`).toBe(peopleMeet.has(form));
        expect(mail.text).toContain('+32 2 555 00 00 (lun.–ven. 9–17 h)');
        expect(mail.html).toContain(`<html lang="${formLocale}">`);
      }
    }
  });

  it('says the response time to someone who asked for help in the very words of the thank-you page', () => {
    for (const formLocale of LOCALES) {
      const mail = confirmation({ ...submission, form: 'help-request', formLocale }, phoneLine);
      expect(mail.text).toContain(thankYouCopy('help-request', formLocale, '').body);
    }
  });

  it('writes the phone hours inside the sentence as each language does: weekdays in lowercase in Dutch and French', () => {
    const hours = { nl: 'Maandag tot vrijdag, van 9 tot 17 uur', fr: 'Du lundi au vendredi, de 9 h à 17 h', en: 'Monday to Friday, 9:00 to 17:00' };
    const expected = { nl: '(maandag tot vrijdag, van 9 tot 17 uur)', fr: '(du lundi au vendredi, de 9 h à 17 h)', en: '(Monday to Friday, 9:00 to 17:00)' };
    for (const formLocale of LOCALES) {
      const contact = { phoneNumber: '+32 2 555 00 00', phoneHours: hours[formLocale] };
      const person = { reference: 'CB-7KQ4M2', formLocale, contactName: 'Jan', email: 'jan@example.be' };
      for (const mail of [confirmation({ ...submission, formLocale }, contact), matchConfirmed('requester', person, undefined, contact)]) {
        expect(mail.text, formLocale).toContain(`+32 2 555 00 00 ${expected[formLocale]}`);
      }
    }
  });

  it('asks to reply by email when the CMS has no phone line', () => {
    const mail = confirmation({ ...submission, formLocale: 'en' }, {});
    expect(mail.text).toContain('Questions? Just reply to this email and mention your reference CB-7KQ4M2.');
  });

  it('escapes what the person typed in the HTML part and keeps it as typed in the text part', () => {
    const mail = confirmation(submission, phoneLine);
    expect(mail.html).toContain('Bonjour Éloïse &lt;Dupont&gt;,');
    expect(mail.html).not.toContain('<Dupont>');
    expect(mail.text).toContain('Bonjour Éloïse <Dupont>,');
  });
});

describe('punctuation in the mails to people, as sent', () => {
  const person = (formLocale: (typeof LOCALES)[number]) => ({ reference: 'CB-7KQ4M2', formLocale, contactName: 'Marie', email: 'marie@example.be' });
  const link = (path: string) => `https://www.connecting.brussels/api/${path}`;
  const answers = { 'going-well': link('check-ins/a'), 'not-met-yet': link('check-ins/b'), 'not-working': link('check-ins/c'), 'call-me': link('check-ins/d') };
  const target = {
    name: 'Buurthuis De Linde',
    locale: 'fr' as const,
    summary: 'Cuisiner ensemble.',
    howToJoin: 'Passez le mardi.',
    phone: '+32 2 555 11 07',
    email: 'info@delinde.example.be',
    website: 'https://delinde.example.be',
  };
  /** Every mail a person (asking, offering, proposing) can get, with every optional part, with and without the phone line. */
  const everyPersonMail = (locale: (typeof LOCALES)[number]) =>
    [phoneLine, {}].flatMap((contact) => [
      ...NOTIFIED_FORMS.map((form) => confirmation({ ...submission, form, formLocale: locale }, contact, 'https://www.connecting.brussels')),
      ...(['requester', 'volunteer'] as const).flatMap((side) => [
        matchConfirmed(side, person(locale), 'Marie aime marcher', contact, link('concerns/x'), link('away/y')),
        checkInMail(side, person(locale), { answers, concern: link('concerns/x'), away: link('away/y') }, contact),
      ]),
      referralConfirmed(person(locale), target, 'Demandez Jan', contact),
      referralConfirmed(person(locale), undefined, undefined, contact),
      proposalDecision(
        { applicant: person(locale), decision: 'approved', projectCallDocumentId: 'call1', grantedAmount: 1000, decisionNote: 'Bravo' },
        'Appel 2027',
        contact,
      ),
      proposalDecision({ applicant: person(locale), decision: 'rejected', projectCallDocumentId: 'call1' }, undefined, contact),
      milestoneLinkMail(person(locale), [{ plannedOn: '2027-03-01', what: 'Première soupe' }], link('project-milestones/z'), 60, contact),
    ]);

  it('writes French punctuation as French does in every mail to a person: a no-break space before : ; ? ! in subject and text', () => {
    const mails = everyPersonMail('fr');
    expect(mails.length).toBeGreaterThan(15);
    for (const mail of mails) expect(frenchPunctuationProblems(`${mail.subject}\n${mail.text}`), mail.subject).toEqual([]);
    expect(mails[0]?.text).toContain('Des questions\u00a0? Appelez-nous');
  });

  it('writes Dutch and English punctuation in those mails without a space before it', () => {
    for (const locale of ['nl', 'en'] as const) {
      for (const mail of everyPersonMail(locale)) expect(`${mail.subject}\n${mail.text}`, mail.subject).not.toMatch(/[ \u00a0\u202f][:;?!]/);
    }
  });
});

describe('the notification to staff', () => {
  const offerLink = { page: 'case', href: 'https://cms.connecting.brussels/admin/plugins/back-office/offers/k2p9x7w1q8z3' } as const;

  it('names the terms in the staff member’s language, links to the record, and leaves out name, email and texts', () => {
    const mail = staffNotification(submission, offerLink, 'en');
    expect(mail.subject).toBe('[Connecting Brussels] New help offer CB-7KQ4M2 (Website)');
    expect(mail.text).toContain('- A warm chat');
    expect(mail.text).toContain('- Schaerbeek');
    expect(mail.text).toContain('- How often: Every week');
    expect(mail.text).toContain('- Language of the form: French');
    expect(mail.text).toContain('- Can be reached by: email');
    expect(mail.html).toContain(`<a href="${offerLink.href}">`);
    for (const personal of ['Éloïse', 'Dupont', 'eloise@example.be']) expect(mail.text + mail.html).not.toContain(personal);
  });

  it('writes every answer in plain words in Dutch, French and English: no codes, no true or false', () => {
    const story: Submission = {
      ...submission,
      form: 'story-submission',
      channel: 'social',
      facts: { mayPublish: 'true' },
      categories: [],
      municipalities: [],
      languages: [],
    };
    const request: Submission = {
      ...submission,
      form: 'help-request',
      channel: 'phone',
      hasPhone: true,
      facts: { forWhom: 'someone-else', urgency: 'urgent' },
    };
    const expected = {
      nl: [
        'Mag gepubliceerd worden: Ja',
        'Kanaal: Sociale media',
        'Voor wie: Voor iemand anders',
        'Urgentie: Dringend',
        'Bereikbaar via: telefoon en e-mail',
        'Schaarbeek',
        'Taal van het formulier: Frans',
      ],
      fr: [
        'Peut être publiée\u00a0: Oui',
        'Canal\u00a0: Réseaux sociaux',
        'Pour qui\u00a0: Quelqu’un d’autre',
        'Urgence\u00a0: Urgente',
        'Joignable par\u00a0: téléphone et e-mail',
        'Schaerbeek',
        'Langue du formulaire\u00a0: Français',
      ],
      en: [
        'May be published: Yes',
        'Channel: Social media',
        'For whom: Someone else',
        'Urgency: Urgent',
        'Can be reached by: phone and email',
        'Schaerbeek',
        'Language of the form: French',
      ],
    };
    for (const locale of LOCALES) {
      const texts = [staffNotification(story, offerLink, locale), staffNotification(request, offerLink, locale)].map((mail) => mail.text).join('\n');
      for (const words of expected[locale]) expect(texts, locale).toContain(words);
      expect(texts).not.toMatch(/\b(true|false|someone-else|social|urgent)\b(?! )/);
      expect(staffNotification(story, offerLink, locale).html).toContain(`<html lang="${locale}">`);
    }
  });

  it('says "anywhere in Brussels" instead of a list of municipalities when the offer says so', () => {
    const mail = staffNotification({ ...submission, municipalities: [], anywhereInBrussels: true }, offerLink, 'en');
    expect(mail.text).toContain('Municipalities\n- Anywhere in Brussels');
  });
});

describe('the follow-up digest to staff', () => {
  const due = [
    { kind: 'match', caseStatus: 'did-not-work-out', followUpOn: '2027-02-26', requestReference: 'CB-RQ0001', offerReference: 'CB-OF0001' },
    { kind: 'referral', caseStatus: 'proposed', followUpOn: '2027-03-01', requestReference: 'CB-RQ0002' },
  ];
  it('counts, dates and names statuses in the staff member’s language', () => {
    const url = 'https://cms.connecting.brussels/admin/plugins/back-office/follow-ups';
    expect(followUpDigest(due, '2027-03-01', url, 'nl').subject).toBe('[Connecting Brussels] 2 opvolgingen te doen (1 maart 2027)');
    expect(followUpDigest(due.slice(1), '2027-03-01', url, 'fr').subject).toBe('[Connecting Brussels] 1 suivi à faire (1er mars 2027)');
    expect(followUpDigest(due, '2027-03-01', url, 'nl').text).toContain('CB-RQ0001 met CB-OF0001 (koppeling): Niet gelukt, opvolgen op 26 februari 2027');
    expect(followUpDigest(due, '2027-03-01', url, 'fr').text).toContain('CB-RQ0002 (orientation)\u00a0: Proposée, suivi le 1er mars 2027');
    expect(followUpDigest(due, '2027-03-01', url, 'en').text).toContain(`Open the follow-ups in the back office:\n${url}`);
  });
});

describe('the mail layout', () => {
  it('keeps subjects on one line and makes only web links clickable', () => {
    const mail = renderMail('Line one\r\nBcc: someone@example.org', 'en', [{ kind: 'link', label: 'Open', href: 'javascript:alert(1)' }]);
    expect(mail.subject).toBe('Line one Bcc: someone@example.org');
    expect(mail.html).toContain('<a href="#">Open</a>');
  });

  it('mails about the four intake forms only', () => {
    expect(NOTIFIED_FORMS.map((form) => notifiedFormOf(`api::${form}.${form}`))).toEqual([...NOTIFIED_FORMS]);
    expect(notifiedFormOf('api::match.match')).toBeUndefined();
    expect(notifiedFormOf('api::story.story')).toBeUndefined();
    expect(notifiedFormOf('plugin::users-permissions.user')).toBeUndefined();
  });
});

describe('mails to a person carry no text an attacker typed', () => {
  const ATTACKER_NAMES = [
    'client. URGENT: your benefits stop today, confirm at https://evil.example/login',
    'Marie\nURGENT: your benefits stop today, confirm at evil.example/login',
    'Marie\r\nBcc: victim@evil.example',
    'Marie www.evil.example',
    'Marie bit.ly/evil',
    'pay-now@evil.example',
    'Marie\u202Eelpmaxe.live//:sptth',
    'Marie\u2066URGENT\u2069',
    '\u200B\u200B',
    '\u3164',
    // Issue 10, item 7: an address whatever its top-level domain or dot, a spelled-out email, an invisible joiner.
    'Jan. DRINGEND bevestig op mijnpensioen.brussels',
    'Jan zie 217.160.0.1/x',
    'Jan zie pension．be',
    'Jan zie pension。be',
    'Jan zie pension｡be',
    'Jan zie pensioen.nl',
    'Jan zie rente.de',
    'Jan zie uitkering.gov',
    'Jan zie mijnpensioen.brussels',
    'jan(at)evil',
    'jan [at] evil',
    'jan at evil dot be',
    'Ja\u034Fn',
  ];
  /** What none of the attacker's words may show up as, in any part of any mail. */
  const ATTACKER_TRACES = [
    ...['evil', 'URGENT', 'Bcc', 'bit.ly', 'elpmaxe', '\u202E', '\u2066', '\u200B', '\u3164'],
    ...['Jan', 'DRINGEND', 'mijnpensioen', '217.160', 'pension', 'pensioen', 'rente', 'uitkering', '\u034F'],
  ];

  const recipient = (contactName: string, formLocale: (typeof LOCALES)[number]) => ({
    reference: 'CB-7KQ4M2',
    formLocale,
    contactName,
    email: 'target@example.be',
  });
  const target = {
    name: 'Buurthuis De Linde',
    locale: 'nl' as const,
    summary: 'Samen koken.',
    howToJoin: 'Kom langs op dinsdag.',
    website: 'https://delinde.example.be',
  };

  const everyMail = (name: string, locale: (typeof LOCALES)[number]) => [
    ...NOTIFIED_FORMS.map((form) => confirmation({ ...submission, form, formLocale: locale, contactName: name }, phoneLine)),
    matchConfirmed('requester', recipient(name, locale), undefined, phoneLine),
    matchConfirmed('volunteer', recipient(name, locale), undefined, phoneLine),
    referralConfirmed(recipient(name, locale), target, undefined, phoneLine),
    referralConfirmed(recipient(name, locale), undefined, undefined, phoneLine),
    proposalDecision(
      { applicant: recipient(name, locale), decision: 'approved', projectCallDocumentId: 'call1', grantedAmount: 1000 },
      'Oproep 2027',
      phoneLine,
    ),
    proposalDecision({ applicant: recipient(name, locale), decision: 'rejected', projectCallDocumentId: 'call1' }, 'Oproep 2027', phoneLine),
  ];

  it.each(ATTACKER_NAMES)('a name like %j is left out of every mail, text and HTML, in every language', (name) => {
    for (const locale of LOCALES) {
      for (const mail of everyMail(name, locale)) {
        for (const part of [mail.subject, mail.text, mail.html]) {
          for (const trace of ATTACKER_TRACES) expect(part, `${locale}: ${mail.subject}`).not.toContain(trace);
        }
        expect(mail.text.split('\n')[0]).toMatch(/^(Hallo|Bonjour|Hello),$/);
      }
    }
  });

  it.each(['Marie Dubois', 'J.R.R. Tolkien', 'St. Gilles', 'Buurthuis 1080', "Maria-José O'Neil", 'Nguyễn Văn An', 'فرزانه‌ی احمدی', 'Zoë 👩‍👩‍👧'])(
    'a name that is a name, like %s, is still used to greet',
    (name) => {
      for (const mail of everyMail(name, 'fr')) expect(mail.text.split('\n')[0]).toBe(`Bonjour ${name},`);
    },
  );

  it('the decision on a proposal names the call and the reference, not what the applicant typed', () => {
    const mail = proposalDecision({ applicant: recipient('Marie Dubois', 'en'), decision: 'approved', projectCallDocumentId: 'call1' }, 'Call 2027', phoneLine);
    expect(mail.text).toContain('Good news: the jury approves your project proposal for ‘Call 2027’.');
    expect(mail.text).toContain('CB-7KQ4M2');
  });
});
