import { describe, expect, it } from 'vitest';
import { LOCALES } from '@cb/domain';
import { NOTIFIED_FORMS, notifiedFormOf, type Submission } from '../src/notifications/submission';
import { confirmation } from '../src/notifications/templates/confirmation';
import { renderMail } from '../src/notifications/templates/layout';
import { staffNotification } from '../src/notifications/templates/staff-notification';

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
  it('exists for every form in NL, FR and EN, with the reference, the safety advice and the phone line', () => {
    const safety = { nl: 'Geef nooit geld', fr: 'Ne donnez jamais d’argent', en: 'Never give money' };
    for (const formLocale of LOCALES) {
      for (const form of NOTIFIED_FORMS) {
        const mail = confirmation({ ...submission, form, formLocale }, phoneLine);
        expect(mail.subject, `${form} ${formLocale}`).toContain('CB-7KQ4M2');
        expect(mail.text).toContain(safety[formLocale]);
        expect(mail.text).toContain('+32 2 555 00 00 (lun.–ven. 9–17 h)');
        expect(mail.html).toContain(`<html lang="${formLocale}">`);
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

describe('the notification to staff', () => {
  it('names the terms in Dutch and French, links to the record, and leaves out name, email and texts', () => {
    const mail = staffNotification(submission, 'https://cms.connecting.brussels/admin/content-manager/collection-types/api::help-offer.help-offer/k2p9x7w1q8z3');
    expect(mail.subject).toBe('[Connecting Brussels] New help offer CB-7KQ4M2 (web)');
    expect(mail.text).toContain('- Een warme babbel / Un brin de causette');
    expect(mail.text).toContain('- Schaarbeek / Schaerbeek');
    expect(mail.text).toContain('- How often: weekly');
    expect(mail.text).toContain('- Can be reached by: email');
    expect(mail.html).toContain('<a href="https://cms.connecting.brussels/admin/content-manager/collection-types/api::help-offer.help-offer/k2p9x7w1q8z3">');
    for (const personal of ['Éloïse', 'Dupont', 'eloise@example.be']) expect(mail.text + mail.html).not.toContain(personal);
  });

  it('says "anywhere in Brussels" instead of a list of municipalities when the offer says so', () => {
    const mail = staffNotification({ ...submission, municipalities: [], anywhereInBrussels: true }, 'https://cms.connecting.brussels/admin');
    expect(mail.text).toContain('Municipalities\n- Anywhere in Brussels');
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
