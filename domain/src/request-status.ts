import type { RequestStatus } from './cases.js';
import type { Locale, Localized } from './locales.js';

/**
 * Status by reference, without an account: a person types the reference of their help request and
 * a check value (the last four digits of their phone number, or the part of their email address
 * before the @) and sees only where the request stands, in plain words. The rules and the words are
 * here, once, for the site's form page, the CMS's answer page and the mails that link to it.
 */

/** Letters and digits nobody confuses on the phone: no 0/O, 1/I/L. The CMS draws references from these. */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const REFERENCE_LENGTH = 6;
/** A reference as drawn, e.g. CB-7KQ4M2. */
export const REFERENCE_PATTERN = new RegExp(`^CB-[${REFERENCE_ALPHABET}]{${REFERENCE_LENGTH}}$`);

/** What the person may see of their request: nothing more than one of these. */
export const PUBLIC_REQUEST_STATES = ['received', 'being-looked-at', 'someone-found', 'initiative-suggested', 'closed'] as const;
export type PublicRequestState = (typeof PUBLIC_REQUEST_STATES)[number];

const PUBLIC_STATE_OF: Record<RequestStatus, PublicRequestState> = {
  new: 'received',
  'in-progress': 'being-looked-at',
  matched: 'someone-found',
  referred: 'initiative-suggested',
  closed: 'closed',
};

export function publicRequestState(status: RequestStatus): PublicRequestState {
  return PUBLIC_STATE_OF[status];
}

/** The form's field names, the same in the static page and the CMS's page. */
export const STATUS_FIELDS = { reference: 'reference', check: 'check' } as const;
export type StatusField = keyof typeof STATUS_FIELDS;

/** Longest input read at all: anything longer is no reference and no email part. */
const MAX_TYPED = 254;

/**
 * A reference as people type it: any case, with spaces, without the dash or without "CB-"
 * ("cb 7kq 4m2", "7KQ4M2"). Undefined when it cannot be a reference.
 */
export function normalReference(typed: string): string | undefined {
  if (typed.length > MAX_TYPED) return undefined;
  const compact = typed.toUpperCase().replace(/[\s-]/g, '');
  const code = compact.startsWith('CB') && compact.length === REFERENCE_LENGTH + 2 ? compact.slice(2) : compact;
  const reference = `CB-${code}`;
  return REFERENCE_PATTERN.test(reference) ? reference : undefined;
}

/**
 * The check value as compared: four digits (spaces ignored), or the part of an email address before
 * the @ in lower case (a whole address is taken up to its @). Undefined when it is neither, and for
 * digits alone that are not four.
 */
export function normalCheck(typed: string): string | undefined {
  if (typed.length > MAX_TYPED) return undefined;
  const trimmed = typed.trim();
  const digits = trimmed.replace(/\s/g, '');
  // Digits alone are the end of a phone number: exactly four of them (an email part of digits only is that rare).
  if (/^\d+$/.test(digits)) return digits.length === 4 ? digits : undefined;
  const beforeAt = trimmed.includes('@') ? trimmed.slice(0, trimmed.indexOf('@')) : trimmed;
  return /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}$/.test(beforeAt) ? beforeAt.toLowerCase() : undefined;
}

/** The check values a stored request answers to: its phone's last four digits and its email's part before the @. */
export function expectedChecks(record: { phone?: string | null; email?: string | null }): { phone: string | undefined; email: string | undefined } {
  const digits = (record.phone ?? '').replace(/\D/g, '');
  const email = record.email ?? '';
  const at = email.indexOf('@');
  return { phone: digits.length >= 4 ? digits.slice(-4) : undefined, email: at > 0 ? email.slice(0, at).toLowerCase() : undefined };
}

export type StatusFieldProblem = 'reference-missing' | 'reference-malformed' | 'check-missing' | 'check-malformed';

/** What was typed, normalised, or a problem per field (never the value itself). */
export function readStatusLookup(
  fields: Partial<Record<StatusField, unknown>>,
): { ok: true; reference: string; check: string } | { ok: false; problems: Partial<Record<StatusField, StatusFieldProblem>> } {
  const text = (value: unknown) => (typeof value === 'string' ? value : Array.isArray(value) && typeof value.at(-1) === 'string' ? String(value.at(-1)) : '');
  const typedReference = text(fields.reference);
  const typedCheck = text(fields.check);
  const reference = normalReference(typedReference);
  const check = normalCheck(typedCheck);
  const problems: Partial<Record<StatusField, StatusFieldProblem>> = {};
  if (!reference) problems.reference = typedReference.trim() === '' ? 'reference-missing' : 'reference-malformed';
  if (!check) problems.check = typedCheck.trim() === '' ? 'check-missing' : 'check-malformed';
  return reference && check ? { ok: true, reference, check } : { ok: false, problems };
}

/** Everything the status page says. English is the reference; Dutch and French give every text it gives. */
const en = {
  title: 'Where is my request?',
  intro: 'Type the reference number you received and we show you where your request for help stands. You do not need an account.',
  referenceLabel: 'Your reference number',
  referenceHint: 'It is in your confirmation email and on the thank-you page, for example CB-7KQ4M2.',
  checkLabel: 'The last 4 digits of your phone number, or your email address before the @',
  checkHint: 'For example 4433, or jane.doe if your address is jane.doe@example.org. We use it only to check that this is your request.',
  submit: 'Show where my request stands',
  privacy: 'We show only where your request stands: no name, no address, no phone number.',
  errorSummaryTitle: 'Please check what you typed',
  problems: {
    'reference-missing': 'Type your reference number.',
    'reference-malformed': 'A reference number looks like CB-7KQ4M2: CB, a dash, then six letters and digits.',
    'check-missing': 'Type the last 4 digits of your phone number, or your email address before the @.',
    'check-malformed': 'Type 4 digits (the end of your phone number), or your email address before the @.',
  } satisfies Record<StatusFieldProblem, string>,
  answerTitle: 'Your request',
  stateLead: 'Your request for help is:',
  states: {
    received: { label: 'Received', body: 'We have received your request. Someone from our team will look at it soon.' },
    'being-looked-at': { label: 'Being looked at', body: 'Someone from our team is looking at your request and for the right person or initiative.' },
    'someone-found': { label: 'Someone found', body: 'We have found someone for you. We put you in touch with each other.' },
    'initiative-suggested': {
      label: 'An initiative suggested',
      body: 'We have suggested an existing initiative or organisation near you that can help.',
    },
    closed: { label: 'Closed', body: 'Your request is closed. Do you need help again? You are always welcome to ask.' },
  } satisfies Record<PublicRequestState, { label: string; body: string }>,
  unknownTitle: 'We cannot show a state for this',
  unknownBody:
    'We cannot show where a request stands for what you typed. Please check the reference number and the digits or email part, and try again. Or call us: we are glad to help on the phone.',
  callUs: 'Questions? Call us',
  lookAgain: 'Look up another request',
  waitTitle: 'Please wait a moment',
  waitBody: (minutes: number) => `We have received many look-ups from this address. Please wait ${minutes} minutes and try again, or call us.`,
  otherSiteTitle: 'This look-up was not sent',
  otherSiteBody: 'This form can only be sent from the Connecting Brussels website. Please open the page again and try once more.',
  followRequest: 'Follow your request',
};

export type RequestStatusTexts = typeof en;

const nl: RequestStatusTexts = {
  title: 'Hoe staat het met mijn vraag?',
  intro: 'Typ het referentienummer dat je kreeg, dan tonen we hoe het met je hulpvraag staat. Je hebt geen account nodig.',
  referenceLabel: 'Je referentienummer',
  referenceHint: 'Het staat in je bevestigingsmail en op de bedankpagina, bijvoorbeeld CB-7KQ4M2.',
  checkLabel: 'De laatste 4 cijfers van je telefoonnummer, of je e-mailadres vóór de @',
  checkHint: 'Bijvoorbeeld 4433, of jan.peeters als je adres jan.peeters@voorbeeld.be is. We gebruiken het alleen om na te gaan dat het jouw vraag is.',
  submit: 'Toon hoe het met mijn vraag staat',
  privacy: 'We tonen alleen hoe het met je vraag staat: geen naam, geen adres, geen telefoonnummer.',
  errorSummaryTitle: 'Kijk na wat je typte',
  problems: {
    'reference-missing': 'Typ je referentienummer.',
    'reference-malformed': 'Een referentienummer ziet eruit als CB-7KQ4M2: CB, een streepje en dan zes letters en cijfers.',
    'check-missing': 'Typ de laatste 4 cijfers van je telefoonnummer, of je e-mailadres vóór de @.',
    'check-malformed': 'Typ 4 cijfers (het einde van je telefoonnummer), of je e-mailadres vóór de @.',
  },
  answerTitle: 'Je vraag',
  stateLead: 'Je hulpvraag is:',
  states: {
    received: { label: 'Ontvangen', body: 'We hebben je vraag goed ontvangen. Iemand van ons team bekijkt ze binnenkort.' },
    'being-looked-at': { label: 'We bekijken ze', body: 'Iemand van ons team bekijkt je vraag en zoekt de juiste persoon of het juiste initiatief.' },
    'someone-found': { label: 'Iemand gevonden', body: 'We hebben iemand voor je gevonden. We brengen jullie met elkaar in contact.' },
    'initiative-suggested': {
      label: 'Een initiatief voorgesteld',
      body: 'We hebben je een bestaand initiatief of een organisatie in je buurt voorgesteld die kan helpen.',
    },
    closed: { label: 'Afgesloten', body: 'Je vraag is afgesloten. Heb je opnieuw hulp nodig? Je bent altijd welkom.' },
  },
  unknownTitle: 'We kunnen hiervoor niets tonen',
  unknownBody:
    'Voor wat je typte, kunnen we niet tonen hoe het met een vraag staat. Kijk het referentienummer en de cijfers of het deel van je e-mailadres na en probeer opnieuw. Of bel ons: we helpen je graag aan de telefoon.',
  callUs: 'Vragen? Bel ons',
  lookAgain: 'Een andere vraag opzoeken',
  waitTitle: 'Even geduld',
  waitBody: (minutes) => `We kregen veel opzoekingen van dit adres. Wacht ${minutes} minuten en probeer opnieuw, of bel ons.`,
  otherSiteTitle: 'Deze opzoeking is niet verstuurd',
  otherSiteBody: 'Dit formulier kan alleen vanaf de website van Connecting Brussels verstuurd worden. Open de pagina opnieuw en probeer nog eens.',
  followRequest: 'Volg je vraag',
};

const fr: RequestStatusTexts = {
  title: 'Où en est ma demande\u00a0?',
  intro: 'Tapez le numéro de référence que vous avez reçu\u00a0: nous vous montrons où en est votre demande d’aide. Pas besoin de compte.',
  referenceLabel: 'Votre numéro de référence',
  referenceHint: 'Il figure dans votre e-mail de confirmation et sur la page de remerciement, par exemple CB-7KQ4M2.',
  checkLabel: 'Les 4 derniers chiffres de votre numéro de téléphone, ou votre adresse e-mail avant le @',
  checkHint:
    'Par exemple 4433, ou marie.dubois si votre adresse est marie.dubois@exemple.be. Nous l’utilisons seulement pour vérifier qu’il s’agit de votre demande.',
  submit: 'Voir où en est ma demande',
  privacy: 'Nous montrons seulement où en est votre demande\u00a0: pas de nom, pas d’adresse, pas de numéro de téléphone.',
  errorSummaryTitle: 'Vérifiez ce que vous avez tapé',
  problems: {
    'reference-missing': 'Tapez votre numéro de référence.',
    'reference-malformed': 'Un numéro de référence ressemble à CB-7KQ4M2\u00a0: CB, un tiret, puis six lettres et chiffres.',
    'check-missing': 'Tapez les 4 derniers chiffres de votre numéro de téléphone, ou votre adresse e-mail avant le @.',
    'check-malformed': 'Tapez 4 chiffres (la fin de votre numéro de téléphone), ou votre adresse e-mail avant le @.',
  },
  answerTitle: 'Votre demande',
  stateLead: 'Votre demande d’aide est\u00a0:',
  states: {
    received: { label: 'Reçue', body: 'Nous avons bien reçu votre demande. Une personne de notre équipe va bientôt la lire.' },
    'being-looked-at': {
      label: 'En cours d’examen',
      body: 'Une personne de notre équipe examine votre demande et cherche la bonne personne ou la bonne initiative.',
    },
    'someone-found': { label: 'Quelqu’un a été trouvé', body: 'Nous avons trouvé quelqu’un pour vous. Nous vous mettons en contact.' },
    'initiative-suggested': {
      label: 'Une initiative proposée',
      body: 'Nous vous avons proposé une initiative existante ou une organisation près de chez vous qui peut vous aider.',
    },
    closed: { label: 'Clôturée', body: 'Votre demande est clôturée. Vous avez à nouveau besoin d’aide\u00a0? N’hésitez pas à nous la demander.' },
  },
  unknownTitle: 'Nous ne pouvons rien afficher pour ceci',
  unknownBody:
    'Pour ce que vous avez tapé, nous ne pouvons pas montrer où en est une demande. Vérifiez le numéro de référence et les chiffres ou la partie de l’adresse e-mail, puis réessayez. Ou appelez-nous\u00a0: nous vous aidons volontiers par téléphone.',
  callUs: 'Des questions\u00a0? Appelez-nous',
  lookAgain: 'Rechercher une autre demande',
  waitTitle: 'Un instant, s’il vous plaît',
  waitBody: (minutes) => `Nous avons reçu beaucoup de recherches depuis cette adresse. Attendez ${minutes} minutes et réessayez, ou appelez-nous.`,
  otherSiteTitle: 'Cette recherche n’a pas été envoyée',
  otherSiteBody: 'Ce formulaire ne peut être envoyé que depuis le site de Connecting Brussels. Ouvrez à nouveau la page et réessayez.',
  followRequest: 'Suivre votre demande',
};

const TEXTS: Localized<RequestStatusTexts> = { nl, fr, en };

export function requestStatusText(locale: Locale): RequestStatusTexts {
  return TEXTS[locale];
}
