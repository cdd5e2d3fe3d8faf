import type { Locale } from '@cb/domain';
import type { PlatformContact } from '../submission';
import { phoneWithHours, type MailBlock } from './layout';

/** What every mail the back office sends to a person opens and closes with, in their language. */
interface CommonTexts {
  greeting(name: string): string;
  questions(reference: string, contact: PlatformContact): string;
  signOff: readonly string[];
  safetyTitle: string;
  /** The platform's practical safety advice once two people are put in touch. */
  safety: readonly string[];
  /** The "report a concern" link of every match and check-in mail: only staff read what is reported. */
  concern: string;
  concernLink: string;
  /** Holiday cover: the away link of a volunteer's match and check-in mails. */
  away: string;
  awayLink: string;
}

const COMMON: Record<Locale, CommonTexts> = {
  nl: {
    greeting: (name) => (name ? `Beste ${name},` : 'Hallo,'),
    questions: (reference, contact) =>
      contact.phoneNumber
        ? `Vragen, of loopt er iets niet zoals het hoort? Bel ons op ${phoneWithHours(contact, 'nl')} en noem je referentienummer ${reference}.`
        : `Vragen, of loopt er iets niet zoals het hoort? Antwoord op deze e-mail en noem je referentienummer ${reference}.`,
    signOff: ['Tot snel,', 'Het team van Connecting Brussels'],
    safetyTitle: 'Veilig helpen en geholpen worden',
    safety: [
      'Connecting Brussels is gratis. Geef of vraag nooit geld, bankgegevens of cadeaus, ook niet als bedankje.',
      'Het eerste contact loopt via ons: wij stellen jullie aan elkaar voor. Geef je adres of telefoonnummer niet door voor dat gebeurd is.',
      'Voelt iets niet goed? Stop het contact en laat het ons meteen weten.',
    ],
    concern: 'Maak je je zorgen over iets of iemand? Laat het ons weten. Alleen ons team leest het, de andere persoon ziet het nooit.',
    concernLink: 'Een zorg melden',
    away: 'Ben je een tijdje weg, bijvoorbeeld op vakantie? Geef ons de dagen door, dan houden we een oogje op de mensen die je helpt.',
    awayLink: 'Mijn afwezigheid doorgeven',
  },
  fr: {
    greeting: (name) => (name ? `Bonjour ${name},` : 'Bonjour,'),
    questions: (reference, contact) =>
      contact.phoneNumber
        ? `Des questions, ou quelque chose ne se passe pas comme prévu\u00a0? Appelez-nous au ${phoneWithHours(contact, 'fr')} en mentionnant votre référence ${reference}.`
        : `Des questions, ou quelque chose ne se passe pas comme prévu\u00a0? Répondez à cet e-mail en mentionnant votre référence ${reference}.`,
    signOff: ['À bientôt,', 'L’équipe de Connecting Brussels'],
    safetyTitle: 'Aider et être aidé en toute sécurité',
    safety: [
      'Connecting Brussels est gratuit. Ne donnez et ne demandez jamais d’argent, de coordonnées bancaires ni de cadeaux, même pour remercier.',
      'Le premier contact passe par nous\u00a0: c’est nous qui vous présentons l’un à l’autre. Ne donnez pas votre adresse ni votre numéro de téléphone avant.',
      'Quelque chose vous met mal à l’aise\u00a0? Arrêtez le contact et prévenez-nous tout de suite.',
    ],
    concern: 'Quelque chose vous inquiète\u00a0? Dites-le-nous. Seule notre équipe le lit, l’autre personne ne le voit jamais.',
    concernLink: 'Signaler une inquiétude',
    away: 'Vous serez absent·e quelque temps, par exemple en vacances\u00a0? Indiquez-nous les jours, nous prendrons des nouvelles des personnes que vous aidez.',
    awayLink: 'Indiquer mon absence',
  },
  en: {
    greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
    questions: (reference, contact) =>
      contact.phoneNumber
        ? `Questions, or is something not going as it should? Call us on ${phoneWithHours(contact, 'en')} and mention your reference ${reference}.`
        : `Questions, or is something not going as it should? Reply to this email and mention your reference ${reference}.`,
    signOff: ['See you soon,', 'The Connecting Brussels team'],
    safetyTitle: 'Helping and being helped safely',
    safety: [
      'Connecting Brussels is free. Never give or ask for money, bank details or gifts, not even as a thank-you.',
      'The first contact goes through us: we introduce you to each other. Do not give out your address or phone number before that.',
      'Something does not feel right? Stop the contact and let us know straight away.',
    ],
    concern: 'Are you worried about something or someone? Let us know. Only our team reads it; the other person never sees it.',
    concernLink: 'Report a concern',
    away: 'Going away for a while, on holiday for example? Give us the days, and we will check on the people you help.',
    awayLink: 'Tell us when you are away',
  },
};

export function commonTexts(locale: Locale): CommonTexts {
  return COMMON[locale];
}

/** Whatever staff typed to share keeps its line breaks; it is plain text like everything else. */
export function sharedTextBlocks(title: string, shared: string): MailBlock[] {
  const lines = shared
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return [
    { kind: 'paragraph', text: title },
    { kind: 'lines', lines },
  ];
}

/** The "report a concern" part of a mail, when the mail carries a concern link. */
export function concernBlocks(locale: Locale, concernUrl: string | undefined): MailBlock[] {
  if (!concernUrl) return [];
  const texts = COMMON[locale];
  return [
    { kind: 'paragraph', text: texts.concern },
    { kind: 'link', label: texts.concernLink, href: concernUrl },
  ];
}

/** The away part of a volunteer's mail (holiday cover), when the mail carries an away link. */
export function awayBlocks(locale: Locale, awayUrl: string | undefined): MailBlock[] {
  if (!awayUrl) return [];
  const texts = COMMON[locale];
  return [
    { kind: 'paragraph', text: texts.away },
    { kind: 'link', label: texts.awayLink, href: awayUrl },
  ];
}
