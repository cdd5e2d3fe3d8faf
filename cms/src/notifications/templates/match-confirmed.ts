import type { Locale } from '@cb/domain';
import type { Recipient } from '../back-office-records';
import type { PlatformContact } from '../submission';
import { awayBlocks, commonTexts, concernBlocks, sharedTextBlocks } from './back-office-common';
import { greetableName, renderMail, type MailBlock, type RenderedMail } from './layout';

/**
 * The mails both people receive when staff confirm a match, each in their own language. Each mail is
 * built from its recipient's own record and from what staff chose to share with them: nothing else
 * of the other person is at hand here.
 */
export type MatchSide = 'requester' | 'volunteer';

interface MatchTexts {
  subject(reference: string): string;
  news(reference: string): string;
  sharedTitle: string;
  nextTitle: string;
  next: readonly string[];
}

const TEXTS: Record<Locale, Record<MatchSide, MatchTexts>> = {
  nl: {
    requester: {
      subject: (reference) => `We hebben iemand voor je gevonden (referentie ${reference})`,
      news: (reference) => `Goed nieuws over je hulpvraag ${reference}: een vrijwilliger van Connecting Brussels wil je graag helpen.`,
      sharedTitle: 'Wat we je al kunnen vertellen over je vrijwilliger:',
      nextTitle: 'Wat gebeurt er nu?',
      next: [
        'Iemand van ons team belt je in de komende dagen om jullie aan elkaar voor te stellen en een eerste afspraak te maken.',
        'Past het toch niet? Zeg het ons gerust, dan zoeken we verder.',
      ],
    },
    volunteer: {
      subject: (reference) => `We hebben iemand gevonden die je kunt helpen (referentie ${reference})`,
      news: (reference) => `Bedankt voor je hulpaanbod ${reference}. We willen je graag in contact brengen met iemand die hulp zoekt.`,
      sharedTitle: 'Wat we je al kunnen vertellen over de persoon die je gaat helpen:',
      nextTitle: 'Wat gebeurt er nu?',
      next: [
        'Iemand van ons team belt je in de komende dagen om jullie aan elkaar voor te stellen en een eerste afspraak te maken.',
        'Kun je toch niet? Laat het ons weten, dat is helemaal in orde.',
      ],
    },
  },
  fr: {
    requester: {
      subject: (reference) => `Nous avons trouvé quelqu’un pour vous (référence ${reference})`,
      news: (reference) => `Bonne nouvelle pour votre demande d’aide ${reference}\u00a0: une personne bénévole de Connecting Brussels souhaite vous aider.`,
      sharedTitle: 'Ce que nous pouvons déjà vous dire de la personne bénévole\u00a0:',
      nextTitle: 'Et maintenant\u00a0?',
      next: [
        'Une personne de notre équipe vous appelle dans les prochains jours pour vous présenter l’un à l’autre et fixer un premier rendez-vous.',
        'Finalement, cela ne vous convient pas\u00a0? Dites-le-nous, nous chercherons autre chose.',
      ],
    },
    volunteer: {
      subject: (reference) => `Nous avons trouvé quelqu’un que vous pouvez aider (référence ${reference})`,
      news: (reference) => `Merci pour votre offre d’aide ${reference}. Nous aimerions vous mettre en contact avec une personne qui cherche de l’aide.`,
      sharedTitle: 'Ce que nous pouvons déjà vous dire de la personne que vous allez aider\u00a0:',
      nextTitle: 'Et maintenant\u00a0?',
      next: [
        'Une personne de notre équipe vous appelle dans les prochains jours pour vous présenter l’un à l’autre et fixer un premier rendez-vous.',
        'Vous n’êtes finalement pas disponible\u00a0? Prévenez-nous, ce n’est pas un problème.',
      ],
    },
  },
  en: {
    requester: {
      subject: (reference) => `We have found someone for you (reference ${reference})`,
      news: (reference) => `Good news about your request for help ${reference}: a Connecting Brussels volunteer would like to help you.`,
      sharedTitle: 'What we can already tell you about your volunteer:',
      nextTitle: 'What happens next?',
      next: [
        'Someone from our team will call you in the coming days to introduce you to each other and arrange a first meeting.',
        'Does it not suit you after all? Just tell us and we will keep looking.',
      ],
    },
    volunteer: {
      subject: (reference) => `We have found someone you can help (reference ${reference})`,
      news: (reference) => `Thank you for your offer of help ${reference}. We would like to put you in touch with someone who is looking for help.`,
      sharedTitle: 'What we can already tell you about the person you will help:',
      nextTitle: 'What happens next?',
      next: [
        'Someone from our team will call you in the coming days to introduce you to each other and arrange a first meeting.',
        'Are you not available after all? Let us know, that is perfectly fine.',
      ],
    },
  },
};

export function matchConfirmed(
  side: MatchSide,
  recipient: Recipient,
  sharedByStaff: string | undefined,
  contact: PlatformContact,
  concernUrl?: string,
  awayUrl?: string,
): RenderedMail {
  const { formLocale: locale, reference } = recipient;
  const texts = TEXTS[locale][side];
  const common = commonTexts(locale);
  const blocks: MailBlock[] = [
    { kind: 'paragraph', text: common.greeting(greetableName(recipient.contactName)) },
    { kind: 'paragraph', text: texts.news(reference) },
    ...(sharedByStaff ? sharedTextBlocks(texts.sharedTitle, sharedByStaff) : []),
    { kind: 'list', title: texts.nextTitle, items: texts.next },
    { kind: 'list', title: common.safetyTitle, items: common.safety },
    ...concernBlocks(locale, concernUrl),
    ...awayBlocks(locale, awayUrl),
    { kind: 'paragraph', text: common.questions(reference, contact) },
    { kind: 'lines', lines: common.signOff },
  ];
  return renderMail(texts.subject(reference), locale, blocks);
}
