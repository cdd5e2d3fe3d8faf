import { formatEuro, type Locale } from '@cb/domain';
import type { ProposalDecision } from '../back-office-records';
import type { PlatformContact } from '../submission';
import { commonTexts, sharedTextBlocks } from './back-office-common';
import { greetableName, renderMail, type MailBlock, type RenderedMail } from './layout';

/**
 * The mail an applicant receives once the decision on their project proposal is recorded. It names the
 * call and the reference, never the title the applicant typed (free text goes to no mail).
 */
type Decision = ProposalDecision['decision'];

interface DecisionTexts {
  subject: Record<Decision, (reference: string) => string>;
  decision: Record<Decision, (call: string | undefined) => string>;
  granted(amount: string): string;
  noteTitle: string;
  next: Record<Decision, string>;
  reference(reference: string): string;
}

const quoted: Record<Locale, (text: string) => string> = {
  nl: (text) => `‘${text}’`,
  fr: (text) => `« ${text} »`,
  en: (text) => `‘${text}’`,
};

const TEXTS: Record<Locale, DecisionTexts> = {
  nl: {
    subject: {
      approved: (reference) => `Je projectvoorstel is goedgekeurd (referentie ${reference})`,
      rejected: (reference) => `Beslissing over je projectvoorstel (referentie ${reference})`,
    },
    decision: {
      approved: (call) => `Goed nieuws: de jury keurt je projectvoorstel${call ? ` voor ${quoted.nl(call)}` : ''} goed.`,
      rejected: (call) =>
        `De jury heeft alle voorstellen${call ? ` voor ${quoted.nl(call)}` : ''} zorgvuldig bekeken. Helaas kunnen we je projectvoorstel deze keer niet steunen.`,
    },
    granted: (amount) => `We kennen je project een steun toe van ${amount}.`,
    noteTitle: 'Toelichting bij de beslissing:',
    next: {
      approved: 'We nemen binnenkort contact met je op over de overeenkomst en de uitbetaling.',
      rejected: 'Bedankt voor je inzet. Je bent van harte welkom met een nieuw voorstel bij een volgende oproep.',
    },
    reference: (reference) => `Je referentienummer is ${reference}.`,
  },
  fr: {
    subject: {
      approved: (reference) => `Votre projet est retenu (référence ${reference})`,
      rejected: (reference) => `Décision concernant votre projet (référence ${reference})`,
    },
    decision: {
      approved: (call) => `Bonne nouvelle\u00a0: le jury retient votre projet${call ? ` dans le cadre de l’appel ${quoted.fr(call)}` : ''}.`,
      rejected: (call) =>
        `Le jury a examiné avec attention tous les projets${call ? ` de l’appel ${quoted.fr(call)}` : ''}. Malheureusement, nous ne pouvons pas soutenir votre projet cette fois-ci.`,
    },
    granted: (amount) => `Nous accordons à votre projet un soutien de ${amount}.`,
    noteTitle: 'Précisions sur la décision\u00a0:',
    next: {
      approved: 'Nous vous contacterons prochainement au sujet de la convention et du paiement.',
      rejected: 'Merci pour votre engagement. Vous êtes le bienvenu ou la bienvenue avec un nouveau projet lors d’un prochain appel.',
    },
    reference: (reference) => `Votre numéro de référence est ${reference}.`,
  },
  en: {
    subject: {
      approved: (reference) => `Your project proposal has been approved (reference ${reference})`,
      rejected: (reference) => `Decision on your project proposal (reference ${reference})`,
    },
    decision: {
      approved: (call) => `Good news: the jury approves your project proposal${call ? ` for ${quoted.en(call)}` : ''}.`,
      rejected: (call) =>
        `The jury has carefully reviewed all proposals${call ? ` for ${quoted.en(call)}` : ''}. Unfortunately, we cannot support your project proposal this time.`,
    },
    granted: (amount) => `We grant your project support of ${amount}.`,
    noteTitle: 'About the decision:',
    next: {
      approved: 'We will contact you soon about the agreement and the payment.',
      rejected: 'Thank you for your commitment. You are very welcome to submit a new proposal to a future call.',
    },
    reference: (reference) => `Your reference number is ${reference}.`,
  },
};

export function proposalDecision(proposal: ProposalDecision, callTitle: string | undefined, contact: PlatformContact): RenderedMail {
  const { formLocale: locale, reference } = proposal.applicant;
  const texts = TEXTS[locale];
  const common = commonTexts(locale);
  const approved = proposal.decision === 'approved';
  const blocks: MailBlock[] = [
    { kind: 'paragraph', text: common.greeting(greetableName(proposal.applicant.contactName)) },
    { kind: 'paragraph', text: texts.decision[proposal.decision](callTitle) },
    ...(approved && proposal.grantedAmount !== undefined
      ? [{ kind: 'paragraph', text: texts.granted(formatEuro(locale, proposal.grantedAmount)) } as const]
      : []),
    ...(proposal.decisionNote ? sharedTextBlocks(texts.noteTitle, proposal.decisionNote) : []),
    { kind: 'paragraph', text: texts.next[proposal.decision] },
    { kind: 'paragraph', text: texts.reference(reference) },
    { kind: 'paragraph', text: common.questions(reference, contact) },
    { kind: 'lines', lines: common.signOff },
  ];
  return renderMail(texts.subject[proposal.decision](reference), locale, blocks);
}
