import type { Locale } from '@cb/domain';
import { thankYouCopy, type IntakeForm } from '@cb/domain/intake';
import type { PlatformContact, Submission } from '../submission';
import { greetableName, phoneWithHours, renderMail, type MailBlock, type RenderedMail } from './layout';
import { followRequestBlocks } from '../../api/request-status/mail-link';

/**
 * The confirmation a person receives in the language of the form they filled in. It goes to whatever
 * address was typed, so it repeats nothing typed except a name that passed the shared name rule.
 */
interface ConfirmationTexts {
  subject(form: IntakeForm, reference: string): string;
  greeting(name: string): string;
  thanks: Record<IntakeForm, string>;
  reference(reference: string): string;
  nextTitle: string;
  next: Record<IntakeForm, readonly string[]>;
  safetyTitle: string;
  safety: readonly string[];
  questions(reference: string, phone?: PlatformContact): string;
  signOff: readonly string[];
}

const TEXTS: Record<Locale, ConfirmationTexts> = {
  nl: {
    subject: (form, reference) =>
      `We hebben je ${{ 'help-request': 'hulpvraag', 'help-offer': 'hulpaanbod', 'story-submission': 'verhaal of idee', 'project-proposal': 'projectvoorstel' }[form]} goed ontvangen (referentie ${reference})`,
    greeting: (name) => (name ? `Beste ${name},` : 'Hallo,'),
    thanks: {
      'help-request': 'Bedankt om contact op te nemen met Connecting Brussels. We hebben je hulpvraag goed ontvangen.',
      'help-offer': 'Bedankt om je hulp aan te bieden. We hebben je aanbod goed ontvangen.',
      'story-submission': 'Bedankt om je verhaal of idee met ons te delen.',
      'project-proposal': 'Bedankt voor je voorstel voor de projectoproep.',
    },
    reference: (reference) => `Je referentienummer is ${reference}. Noem het als je ons belt of mailt, dan vinden we je aanvraag meteen terug.`,
    nextTitle: 'Wat gebeurt er nu?',
    next: {
      'help-request': [thankYouCopy('help-request', 'nl', '').body, 'Samen zoeken we iemand of een bestaand initiatief in je buurt dat bij je past.'],
      'help-offer': [
        'Iemand van ons team neemt contact met je op om kennis te maken.',
        'Daarna brengen we je in contact met iemand die hulp zoekt, of met een initiatief in je buurt.',
      ],
      'story-submission': ['Iemand van de redactie leest wat je instuurde.', 'Willen we het publiceren, dan nemen we eerst contact met je op.'],
      'project-proposal': [
        'We kijken na of je voorstel aan de voorwaarden van de oproep voldoet.',
        'Na de deadline bekijkt een jury alle voorstellen. Je hoort van ons zodra er een beslissing is.',
      ],
    },
    safetyTitle: 'Veilig helpen en geholpen worden',
    safety: [
      'Connecting Brussels is gratis. Geef nooit geld, bankgegevens of cadeaus aan iemand die je via het platform leert kennen, en vraag er ook niet om.',
      'Het eerste contact loopt altijd via ons: wij stellen jullie aan elkaar voor. Geef je adres niet door voor dat gebeurd is.',
      'Voelt iets niet goed? Stop het contact en laat het ons weten.',
    ],
    questions: (reference, contact) =>
      contact?.phoneNumber
        ? `Vragen? Bel ons op ${phoneWithHours(contact, 'nl')} en noem je referentienummer ${reference}.`
        : `Vragen? Antwoord gewoon op deze e-mail en noem je referentienummer ${reference}.`,
    signOff: ['Tot snel,', 'Het team van Connecting Brussels'],
  },
  fr: {
    subject: (form, reference) =>
      `Nous avons bien reçu votre ${{ 'help-request': 'demande d’aide', 'help-offer': 'offre d’aide', 'story-submission': 'histoire ou idée', 'project-proposal': 'projet' }[form]} (référence ${reference})`,
    greeting: (name) => (name ? `Bonjour ${name},` : 'Bonjour,'),
    thanks: {
      'help-request': 'Merci d’avoir pris contact avec Connecting Brussels. Nous avons bien reçu votre demande d’aide.',
      'help-offer': 'Merci de proposer votre aide. Nous avons bien reçu votre offre.',
      'story-submission': 'Merci de partager votre histoire ou votre idée avec nous.',
      'project-proposal': 'Merci pour le projet que vous avez déposé dans le cadre de l’appel à projets.',
    },
    reference: (reference) =>
      `Votre numéro de référence est ${reference}. Mentionnez-le si vous nous appelez ou nous écrivez\u00a0: nous retrouverons tout de suite votre dossier.`,
    nextTitle: 'Et maintenant\u00a0?',
    next: {
      'help-request': [thankYouCopy('help-request', 'fr', '').body, 'Ensemble, nous cherchons quelqu’un ou une initiative existante près de chez vous.'],
      'help-offer': [
        'Une personne de notre équipe vous contacte pour faire connaissance.',
        'Ensuite, nous vous mettons en contact avec quelqu’un qui cherche de l’aide, ou avec une initiative près de chez vous.',
      ],
      'story-submission': ['Une personne de la rédaction lit votre envoi.', 'Si nous souhaitons le publier, nous vous contactons d’abord.'],
      'project-proposal': [
        'Nous vérifions que votre projet répond aux conditions de l’appel.',
        'Après la date limite, un jury examine tous les projets. Nous vous informons dès qu’une décision est prise.',
      ],
    },
    safetyTitle: 'Aider et être aidé en toute sécurité',
    safety: [
      'Connecting Brussels est gratuit. Ne donnez jamais d’argent, de coordonnées bancaires ni de cadeaux à une personne rencontrée via la plateforme, et n’en demandez pas.',
      'Le premier contact passe toujours par nous\u00a0: c’est nous qui vous présentons l’un à l’autre. Ne donnez pas votre adresse avant.',
      'Quelque chose vous met mal à l’aise\u00a0? Arrêtez le contact et prévenez-nous.',
    ],
    questions: (reference, contact) =>
      contact?.phoneNumber
        ? `Des questions\u00a0? Appelez-nous au ${phoneWithHours(contact, 'fr')} en mentionnant votre référence ${reference}.`
        : `Des questions\u00a0? Répondez simplement à cet e-mail en mentionnant votre référence ${reference}.`,
    signOff: ['À bientôt,', 'L’équipe de Connecting Brussels'],
  },
  en: {
    subject: (form, reference) =>
      `We have received your ${{ 'help-request': 'request for help', 'help-offer': 'offer of help', 'story-submission': 'story or idea', 'project-proposal': 'project proposal' }[form]} (reference ${reference})`,
    greeting: (name) => (name ? `Hello ${name},` : 'Hello,'),
    thanks: {
      'help-request': 'Thank you for getting in touch with Connecting Brussels. We have received your request for help.',
      'help-offer': 'Thank you for offering your help. We have received your offer.',
      'story-submission': 'Thank you for sharing your story or idea with us.',
      'project-proposal': 'Thank you for your proposal for the project call.',
    },
    reference: (reference) => `Your reference number is ${reference}. Mention it when you call or write to us, so we can find your file straight away.`,
    nextTitle: 'What happens next?',
    next: {
      'help-request': [thankYouCopy('help-request', 'en', '').body, 'Together we look for someone, or an existing initiative near you, that suits you.'],
      'help-offer': [
        'Someone from our team contacts you to get to know you.',
        'Then we put you in touch with someone who is looking for help, or with an initiative near you.',
      ],
      'story-submission': ['Someone from our editorial team reads what you sent.', 'If we would like to publish it, we contact you first.'],
      'project-proposal': [
        'We check that your proposal meets the conditions of the call.',
        'After the deadline, a jury reviews all proposals. You will hear from us as soon as there is a decision.',
      ],
    },
    safetyTitle: 'Helping and being helped safely',
    safety: [
      'Connecting Brussels is free. Never give money, bank details or gifts to someone you meet through the platform, and never ask for them.',
      'The first contact always goes through us: we introduce you to each other. Do not give out your address before that.',
      'Something does not feel right? Stop the contact and let us know.',
    ],
    questions: (reference, contact) =>
      contact?.phoneNumber
        ? `Questions? Call us on ${phoneWithHours(contact, 'en')} and mention your reference ${reference}.`
        : `Questions? Just reply to this email and mention your reference ${reference}.`,
    signOff: ['See you soon,', 'The Connecting Brussels team'],
  },
};

/** The forms after which people are put in touch and meet: only their mails give the advice for meeting safely. */
const PEOPLE_MEET: ReadonlySet<IntakeForm> = new Set(['help-request', 'help-offer']);

/**
 * The response time is said once, in the words of the thank-you page (thankYouCopy), so the page and the mail
 * never differ. `siteUrl` makes the status page's link absolute (config SITE_URL).
 */
export function confirmation(submission: Submission, contact: PlatformContact, siteUrl?: string): RenderedMail {
  const texts = TEXTS[submission.formLocale];
  const { form, reference } = submission;
  const blocks: MailBlock[] = [
    { kind: 'paragraph', text: texts.greeting(greetableName(submission.contactName)) },
    { kind: 'paragraph', text: texts.thanks[form] },
    { kind: 'paragraph', text: texts.reference(reference) },
    ...followRequestBlocks(form, submission.formLocale, siteUrl),
    { kind: 'list', title: texts.nextTitle, items: texts.next[form] },
    ...(PEOPLE_MEET.has(form) ? [{ kind: 'list', title: texts.safetyTitle, items: texts.safety } as const] : []),
    { kind: 'paragraph', text: texts.questions(reference, contact) },
    { kind: 'lines', lines: texts.signOff },
  ];
  return renderMail(texts.subject(form, reference), submission.formLocale, blocks);
}
