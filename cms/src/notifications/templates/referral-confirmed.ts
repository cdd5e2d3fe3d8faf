import { colon, type Locale } from '@cb/domain';
import type { Recipient, ReferralTarget } from '../back-office-records';
import type { PlatformContact } from '../submission';
import { commonTexts, sharedTextBlocks } from './back-office-common';
import { greetableName, renderMail, type MailBlock, type RenderedMail } from './layout';

/**
 * The mail a person receives when staff refer their request to an existing initiative or organisation:
 * its public name and how to join, in the person's language (or, when the initiative is not translated,
 * in the language it exists in). Only public information about the initiative is used.
 */
interface ReferralTexts {
  subject(reference: string): string;
  news(reference: string, name: string | undefined): string;
  howToJoinTitle: string;
  contactLines(target: ReferralTarget): string[];
  sharedTitle: string;
  nextTitle: string;
  next(target: ReferralTarget | undefined): string[];
  safety: readonly string[];
}

/** A contact line of the initiative, its label ending with the colon as the language writes it (French: a no-break space before it). */
const contactLine = (locale: Locale, label: string, value: string | undefined) => (value ? [`${label}${colon(locale)} ${value}`] : []);

const TEXTS: Record<Locale, ReferralTexts> = {
  nl: {
    subject: (reference) => `We hebben iets voor je gevonden (referentie ${reference})`,
    news: (reference, name) =>
      name
        ? `Goed nieuws over je hulpvraag ${reference}: we denken dat ${name} je kan helpen.`
        : `Goed nieuws over je hulpvraag ${reference}: we hebben een initiatief gevonden dat je kan helpen.`,
    howToJoinTitle: 'Zo kun je meedoen:',
    contactLines: (target) => [
      ...contactLine('nl', 'Telefoon', target.phone),
      ...contactLine('nl', 'E-mail', target.email),
      ...contactLine('nl', 'Website', target.website),
    ],
    sharedTitle: 'Wat ons team je nog wil meegeven:',
    nextTitle: 'Wat gebeurt er nu?',
    next: (target) => [
      target
        ? `Neem gerust zelf contact op met ${target.name}, en zeg dat Connecting Brussels je doorverwijst.`
        : 'Iemand van ons team belt je in de komende dagen met alle gegevens.',
      'Lukt het niet, of past het toch niet? Bel ons, dan zoeken we samen verder.',
    ],
    safety: [
      'Connecting Brussels is gratis. Niemand mag in onze naam geld, bankgegevens of cadeaus van je vragen.',
      'Voelt iets niet goed? Stop het contact en laat het ons meteen weten.',
    ],
  },
  fr: {
    subject: (reference) => `Nous avons trouvé quelque chose pour vous (référence ${reference})`,
    news: (reference, name) =>
      name
        ? `Bonne nouvelle pour votre demande d’aide ${reference}\u00a0: nous pensons que ${name} peut vous aider.`
        : `Bonne nouvelle pour votre demande d’aide ${reference}\u00a0: nous avons trouvé une initiative qui peut vous aider.`,
    howToJoinTitle: 'Comment participer\u00a0:',
    contactLines: (target) => [
      ...contactLine('fr', 'Téléphone', target.phone),
      ...contactLine('fr', 'E-mail', target.email),
      ...contactLine('fr', 'Site web', target.website),
    ],
    sharedTitle: 'Ce que notre équipe souhaite encore vous dire\u00a0:',
    nextTitle: 'Et maintenant\u00a0?',
    next: (target) => [
      target
        ? `N’hésitez pas à contacter ${target.name} vous-même, en disant que vous venez de la part de Connecting Brussels.`
        : 'Une personne de notre équipe vous appelle dans les prochains jours avec toutes les coordonnées.',
      'Cela ne marche pas, ou cela ne vous convient pas\u00a0? Appelez-nous, nous chercherons ensemble autre chose.',
    ],
    safety: [
      'Connecting Brussels est gratuit. Personne ne peut vous demander d’argent, de coordonnées bancaires ni de cadeaux en notre nom.',
      'Quelque chose vous met mal à l’aise\u00a0? Arrêtez le contact et prévenez-nous tout de suite.',
    ],
  },
  en: {
    subject: (reference) => `We have found something for you (reference ${reference})`,
    news: (reference, name) =>
      name
        ? `Good news about your request for help ${reference}: we think ${name} can help you.`
        : `Good news about your request for help ${reference}: we have found an initiative that can help you.`,
    howToJoinTitle: 'How to join:',
    contactLines: (target) => [
      ...contactLine('en', 'Phone', target.phone),
      ...contactLine('en', 'Email', target.email),
      ...contactLine('en', 'Website', target.website),
    ],
    sharedTitle: 'A word from our team:',
    nextTitle: 'What happens next?',
    next: (target) => [
      target
        ? `Feel free to contact ${target.name} yourself, and say that Connecting Brussels sent you.`
        : 'Someone from our team will call you in the coming days with all the details.',
      'Does it not work out, or not suit you after all? Call us and we will look further together.',
    ],
    safety: [
      'Connecting Brussels is free. Nobody may ask you for money, bank details or gifts in our name.',
      'Something does not feel right? Stop the contact and let us know straight away.',
    ],
  },
};

export function referralConfirmed(
  recipient: Recipient,
  target: ReferralTarget | undefined,
  sharedByStaff: string | undefined,
  contact: PlatformContact,
): RenderedMail {
  const { formLocale: locale, reference } = recipient;
  const texts = TEXTS[locale];
  const common = commonTexts(locale);
  const blocks: MailBlock[] = [
    { kind: 'paragraph', text: common.greeting(greetableName(recipient.contactName)) },
    { kind: 'paragraph', text: texts.news(reference, target?.name) },
    ...(target ? targetBlocks(texts, target) : []),
    ...(sharedByStaff ? sharedTextBlocks(texts.sharedTitle, sharedByStaff) : []),
    { kind: 'list', title: texts.nextTitle, items: texts.next(target) },
    { kind: 'list', title: common.safetyTitle, items: texts.safety },
    { kind: 'paragraph', text: common.questions(reference, contact) },
    { kind: 'lines', lines: common.signOff },
  ];
  return renderMail(texts.subject(reference), locale, blocks);
}

function targetBlocks(texts: ReferralTexts, target: ReferralTarget): MailBlock[] {
  const blocks: MailBlock[] = [];
  if (target.summary) blocks.push({ kind: 'paragraph', text: target.summary });
  const joining = [...(target.howToJoin ? [target.howToJoin] : []), ...texts.contactLines(target)];
  if (joining.length > 0) blocks.push({ kind: 'paragraph', text: texts.howToJoinTitle }, { kind: 'lines', lines: joining });
  return blocks;
}
