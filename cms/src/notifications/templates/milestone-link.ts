import { colon, formatDate, type Locale } from '@cb/domain';
import type { Recipient } from '../back-office-records';
import type { PlatformContact } from '../submission';
import { commonTexts } from './back-office-common';
import { greetableName, renderMail, type MailBlock, type RenderedMail } from './layout';

/**
 * The mail to the applicant of a granted project when staff plan its milestones: what is planned
 * when, and the personal link where they tell us how it went (no account). In their language.
 */
export interface PlannedLine {
  what: string;
  plannedOn: string;
}

const TEXTS: Record<Locale, { subject(reference: string): string; intro: string; list: string; link: string; linkNote(days: number): string }> = {
  nl: {
    subject: (reference) => `De mijlpalen van je project (referentie ${reference})`,
    intro:
      'We hebben samen met jou de mijlpalen van je project vastgelegd. Laat ons via de link hieronder weten hoe het loopt: wat klaar is, een kort verslag, en als je wil een paar foto’s of een bestand.',
    list: 'De mijlpalen',
    link: 'Vertel hoe je project loopt',
    linkNote: (days) => `De link is persoonlijk en werkt ${days} dagen. Stuur hem niet door.`,
  },
  fr: {
    subject: (reference) => `Les étapes de votre projet (référence ${reference})`,
    intro:
      'Nous avons fixé avec vous les étapes de votre projet. Dites-nous par le lien ci-dessous comment il avance\u00a0: ce qui est fait, un bref rapport et, si vous le souhaitez, quelques photos ou un fichier.',
    list: 'Les étapes',
    link: 'Dire où en est votre projet',
    linkNote: (days) => `Ce lien est personnel et fonctionne ${days} jours. Ne le transmettez pas.`,
  },
  en: {
    subject: (reference) => `The milestones of your project (reference ${reference})`,
    intro:
      'We have set the milestones of your project with you. Use the link below to tell us how it is going: what is done, a short report and, if you like, a few photos or a file.',
    list: 'The milestones',
    link: 'Tell us how your project is going',
    linkNote: (days) => `This link is personal and works for ${days} days. Please do not forward it.`,
  },
};

export function milestoneLinkMail(
  applicant: Recipient,
  planned: readonly PlannedLine[],
  link: string,
  linkDays: number,
  contact: PlatformContact,
): RenderedMail {
  const locale = applicant.formLocale;
  const texts = TEXTS[locale];
  const common = commonTexts(locale);
  const blocks: MailBlock[] = [
    { kind: 'paragraph', text: common.greeting(greetableName(applicant.contactName)) },
    { kind: 'paragraph', text: texts.intro },
    { kind: 'list', title: texts.list, items: planned.map((line) => `${formatDate(locale, line.plannedOn)}${colon(locale)} ${line.what}`) },
    { kind: 'link', label: texts.link, href: link },
    { kind: 'paragraph', text: texts.linkNote(linkDays) },
    { kind: 'paragraph', text: common.questions(applicant.reference, contact) },
    { kind: 'lines', lines: common.signOff },
  ];
  return renderMail(texts.subject(applicant.reference), locale, blocks);
}
