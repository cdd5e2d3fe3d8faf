import type { CheckInAnswer, Locale, MatchPerson } from '@cb/domain';
import type { Recipient } from '../back-office-records';
import type { PlatformContact } from '../submission';
import { awayBlocks, commonTexts, concernBlocks } from './back-office-common';
import { greetableName, renderMail, type MailBlock, type RenderedMail } from './layout';

/**
 * The check-in mail after a match, to each person in their own language: how is it going, answered
 * with one click (each answer a signed link to a confirm page), and a link to report a concern.
 * Nothing of the other person is at hand here.
 */
interface CheckInTexts {
  subject(reference: string): string;
  intro(reference: string): string;
  ask: string;
  answers: Record<CheckInAnswer, string>;
}

const ANSWERS: Record<Locale, Record<CheckInAnswer, string>> = {
  nl: { 'going-well': 'Het gaat goed', 'not-met-yet': 'We hebben elkaar nog niet ontmoet', 'not-working': 'Het lukt niet', 'call-me': 'Bel me alstublieft' },
  fr: {
    'going-well': 'Tout se passe bien',
    'not-met-yet': 'Nous ne nous sommes pas encore rencontrés',
    'not-working': 'Cela ne fonctionne pas',
    'call-me': 'Appelez-moi, s’il vous plaît',
  },
  en: { 'going-well': 'It’s going well', 'not-met-yet': 'We haven’t met yet', 'not-working': 'It’s not working', 'call-me': 'Please call me' },
};

const TEXTS: Record<Locale, Record<MatchPerson, CheckInTexts>> = {
  nl: {
    requester: {
      subject: (reference) => `Hoe gaat het met je vrijwilliger? (referentie ${reference})`,
      intro: (reference) => `Een tijdje geleden brachten we je in contact met een vrijwilliger van Connecting Brussels (je hulpvraag ${reference}).`,
      ask: 'Hoe gaat het? Eén klik is genoeg:',
      answers: ANSWERS.nl,
    },
    volunteer: {
      subject: (reference) => `Hoe gaat het met je koppeling? (referentie ${reference})`,
      intro: (reference) => `Een tijdje geleden brachten we je in contact met iemand die hulp zocht (je hulpaanbod ${reference}).`,
      ask: 'Hoe gaat het? Eén klik is genoeg:',
      answers: ANSWERS.nl,
    },
  },
  fr: {
    requester: {
      subject: (reference) => `Comment cela se passe-t-il avec votre bénévole\u00a0? (référence ${reference})`,
      intro: (reference) =>
        `Il y a quelque temps, nous vous avons mis en contact avec une personne bénévole de Connecting Brussels (votre demande d’aide ${reference}).`,
      ask: 'Comment cela se passe-t-il\u00a0? Un clic suffit\u00a0:',
      answers: ANSWERS.fr,
    },
    volunteer: {
      subject: (reference) => `Comment se passe votre mise en relation\u00a0? (référence ${reference})`,
      intro: (reference) => `Il y a quelque temps, nous vous avons mis en contact avec une personne qui cherchait de l’aide (votre offre d’aide ${reference}).`,
      ask: 'Comment cela se passe-t-il\u00a0? Un clic suffit\u00a0:',
      answers: ANSWERS.fr,
    },
  },
  en: {
    requester: {
      subject: (reference) => `How is it going with your volunteer? (reference ${reference})`,
      intro: (reference) => `A while ago we put you in touch with a Connecting Brussels volunteer (your request for help ${reference}).`,
      ask: 'How is it going? One click is enough:',
      answers: ANSWERS.en,
    },
    volunteer: {
      subject: (reference) => `How is your match going? (reference ${reference})`,
      intro: (reference) => `A while ago we put you in touch with someone who was looking for help (your offer of help ${reference}).`,
      ask: 'How is it going? One click is enough:',
      answers: ANSWERS.en,
    },
  },
};

/** An answer's words as the mail and the answer page say them. */
export function checkInAnswerText(locale: Locale, answer: CheckInAnswer): string {
  return ANSWERS[locale][answer];
}

export function checkInMail(
  person: MatchPerson,
  recipient: Recipient,
  links: { answers: Record<CheckInAnswer, string>; concern: string; away?: string | undefined },
  contact: PlatformContact,
): RenderedMail {
  const { formLocale: locale, reference } = recipient;
  const texts = TEXTS[locale][person];
  const common = commonTexts(locale);
  const answerLinks = (Object.entries(links.answers) as [CheckInAnswer, string][]).map(([answer, href]): MailBlock => ({
    kind: 'link',
    label: texts.answers[answer],
    href,
  }));
  const blocks: MailBlock[] = [
    { kind: 'paragraph', text: common.greeting(greetableName(recipient.contactName)) },
    { kind: 'paragraph', text: texts.intro(reference) },
    { kind: 'paragraph', text: texts.ask },
    ...answerLinks,
    ...concernBlocks(locale, links.concern),
    ...awayBlocks(locale, links.away),
    { kind: 'paragraph', text: common.questions(reference, contact) },
    { kind: 'lines', lines: common.signOff },
  ];
  return renderMail(texts.subject(reference), locale, blocks);
}
