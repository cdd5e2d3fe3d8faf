import { APPLICANT_TYPES, AVAILABLE_TIMES, OFFER_AS, OFFER_FREQUENCIES, REQUEST_FOR_WHOM } from '../intake.js';
import type { Locale, Localized } from '../locales.js';
import { HELP_CATEGORIES, MUNICIPALITIES, SPOKEN_LANGUAGES, termName, type Term } from '../taxonomies.js';
import type { IntakeForm } from './schemas.js';

/**
 * What the four forms say, in NL, FR and EN: labels, hints, choices, step legends, the button and the
 * thank-you. The site's islands and the CMS's pages both read it (the layout is in form-layout.ts).
 * Plain words, addressed to the person ("je" in Dutch, "vous" in French).
 */

export interface FieldCopy {
  label: string;
  hint?: string;
}

interface LocalizedFieldCopy {
  label: Localized;
  hint?: Localized;
}

const contactFields: Record<string, LocalizedFieldCopy> = {
  contactName: { label: { nl: 'Je naam', fr: 'Votre nom', en: 'Your name' } },
  phone: {
    label: { nl: 'Telefoonnummer', fr: 'Numéro de téléphone', en: 'Phone number' },
    hint: {
      nl: 'Geef een telefoonnummer of een e-mailadres, of allebei.',
      fr: 'Indiquez un numéro de téléphone ou une adresse e-mail, ou les deux.',
      en: 'Give a phone number or an email address, or both.',
    },
  },
  email: { label: { nl: 'E-mailadres', fr: 'Adresse e-mail', en: 'Email address' } },
  consent: {
    label: {
      nl: 'Ik ga akkoord dat Connecting Brussels mijn gegevens bewaart en gebruikt om mij te helpen of te contacteren.',
      fr: 'J’accepte que Connecting Brussels conserve et utilise mes données pour m’aider ou me contacter.',
      en: 'I agree that Connecting Brussels keeps and uses my details to help me or contact me.',
    },
    hint: {
      nl: 'Alleen de medewerkers die je helpen zien je gegevens. We delen ze met niemand anders.',
      fr: 'Seules les personnes qui vous aident voient vos données. Nous ne les partageons avec personne d’autre.',
      en: 'Only the staff who help you see your details. We share them with no one else.',
    },
  },
  languages: {
    label: { nl: 'Welke talen spreek je?', fr: 'Quelles langues parlez-vous ?', en: 'Which languages do you speak?' },
    hint: { nl: 'Kies er één of meer.', fr: 'Choisissez-en une ou plusieurs.', en: 'Choose one or more.' },
  },
  availableTimes: {
    label: { nl: 'Wanneer past het?', fr: 'Quand cela vous convient-il ?', en: 'When suits you?' },
    hint: { nl: 'Mag leeg blijven.', fr: 'Peut rester vide.', en: 'You may leave this empty.' },
  },
  availability: {
    label: { nl: 'Nog iets over wanneer het past?', fr: 'Autre chose sur vos disponibilités ?', en: 'Anything else about when suits you?' },
    hint: { nl: 'Bijvoorbeeld: dinsdagnamiddag.', fr: 'Par exemple : le mardi après-midi.', en: 'For example: Tuesday afternoons.' },
  },
  organisationName: { label: { nl: 'Naam van de organisatie', fr: 'Nom de l’organisation', en: 'Name of the organisation' } },
};

const FIELDS: Record<IntakeForm, Record<string, LocalizedFieldCopy>> = {
  'help-request': {
    ...contactFields,
    forWhom: { label: { nl: 'Voor wie vraag je hulp?', fr: 'Pour qui demandez-vous de l’aide ?', en: 'Who is the help for?' } },
    beneficiaryName: {
      label: { nl: 'Naam van die persoon', fr: 'Nom de cette personne', en: 'Name of that person' },
      hint: { nl: 'Mag leeg blijven.', fr: 'Peut rester vide.', en: 'You may leave this empty.' },
    },
    relationToBeneficiary: {
      label: { nl: 'Wie is die persoon voor jou?', fr: 'Qui est cette personne pour vous ?', en: 'Who is that person to you?' },
      hint: { nl: 'Bijvoorbeeld: mijn buurvrouw, mijn vader.', fr: 'Par exemple : ma voisine, mon père.', en: 'For example: my neighbour, my father.' },
    },
    categories: {
      label: { nl: 'Met welke hulp zou je blij zijn?', fr: 'Quelle aide vous ferait plaisir ?', en: 'What help would you like?' },
      hint: { nl: 'Kies er één of meer.', fr: 'Choisissez-en une ou plusieurs.', en: 'Choose one or more.' },
    },
    description: {
      label: { nl: 'Vertel kort wat je nodig hebt', fr: 'Dites en quelques mots ce dont vous avez besoin', en: 'Tell us briefly what you need' },
    },
    municipality: { label: { nl: 'In welke gemeente woon je?', fr: 'Dans quelle commune habitez-vous ?', en: 'Which municipality do you live in?' } },
  },
  'help-offer': {
    ...contactFields,
    offerAs: { label: { nl: 'Je biedt hulp aan als', fr: 'Vous proposez de l’aide en tant que', en: 'You offer help as' } },
    categories: {
      label: { nl: 'Welke hulp kun je geven?', fr: 'Quelle aide pouvez-vous apporter ?', en: 'What help can you give?' },
      hint: { nl: 'Kies er één of meer.', fr: 'Choisissez-en une ou plusieurs.', en: 'Choose one or more.' },
    },
    description: { label: { nl: 'Vertel kort wat je wilt doen', fr: 'Dites en quelques mots ce que vous aimeriez faire', en: 'Tell us briefly what you would like to do' } },
    anywhereInBrussels: { label: { nl: 'Overal in Brussel', fr: 'Partout à Bruxelles', en: 'Anywhere in Brussels' } },
    municipalities: {
      label: { nl: 'In welke gemeenten?', fr: 'Dans quelles communes ?', en: 'In which municipalities?' },
      hint: { nl: 'Kies er één of meer.', fr: 'Choisissez-en une ou plusieurs.', en: 'Choose one or more.' },
    },
    frequency: { label: { nl: 'Hoe vaak?', fr: 'À quelle fréquence ?', en: 'How often?' } },
  },
  'story-submission': {
    ...contactFields,
    title: { label: { nl: 'Titel', fr: 'Titre', en: 'Title' } },
    text: {
      label: { nl: 'Je verhaal, actie of idee', fr: 'Votre histoire, action ou idée', en: 'Your story, action or idea' },
      hint: { nl: 'Schrijf zoals je praat. Een redacteur helpt je later.', fr: 'Écrivez comme vous parlez. Un rédacteur vous aidera ensuite.', en: 'Write as you speak. An editor will help you later.' },
    },
    photo: {
      label: { nl: 'Foto (mag leeg blijven)', fr: 'Photo (facultatif)', en: 'Photo (optional)' },
      hint: {
        nl: 'Eén foto als JPEG of PNG, maximaal 10 MB.',
        fr: 'Une photo en JPEG ou PNG, 10 Mo au maximum.',
        en: 'One photo as a JPEG or PNG, at most 10 MB.',
      },
    },
    mayPublish: {
      label: { nl: 'Jullie mogen mijn verhaal op de website zetten', fr: 'Vous pouvez publier mon histoire sur le site', en: 'You may publish my story on the website' },
    },
    publishAs: {
      label: { nl: 'Met welke naam?', fr: 'Sous quel nom ?', en: 'Under which name?' },
      hint: { nl: 'Bijvoorbeeld je voornaam. Leeg laten: zonder naam.', fr: 'Par exemple votre prénom. Laissez vide : sans nom.', en: 'For example your first name. Leave empty: no name.' },
    },
  },
  'project-proposal': {
    ...contactFields,
    projectCallDocumentId: { label: { nl: 'Projectoproep', fr: 'Appel à projets', en: 'Project call' } },
    applicantType: { label: { nl: 'Wie dient het project in?', fr: 'Qui dépose le projet ?', en: 'Who is applying?' } },
    enterpriseNumber: {
      label: { nl: 'Ondernemingsnummer', fr: 'Numéro d’entreprise', en: 'Enterprise number' },
      hint: { nl: 'Bijvoorbeeld 0123.456.749.', fr: 'Par exemple 0123.456.749.', en: 'For example 0123.456.749.' },
    },
    contactName: { label: { nl: 'Naam van de contactpersoon', fr: 'Nom de la personne de contact', en: 'Name of the contact person' } },
    projectTitle: { label: { nl: 'Naam van het project', fr: 'Nom du projet', en: 'Name of the project' } },
    description: { label: { nl: 'Beschrijf het project', fr: 'Décrivez le projet', en: 'Describe the project' } },
    targetGroup: {
      label: { nl: 'Voor wie is het project?', fr: 'Pour qui est le projet ?', en: 'Who is the project for?' },
      hint: { nl: 'Bijvoorbeeld: alleenstaande ouderen in Jette.', fr: 'Par exemple : les personnes âgées seules à Jette.', en: 'For example: older people living alone in Jette.' },
    },
    municipalities: {
      label: { nl: 'In welke gemeenten?', fr: 'Dans quelles communes ?', en: 'In which municipalities?' },
      hint: { nl: 'Kies er één of meer.', fr: 'Choisissez-en une ou plusieurs.', en: 'Choose one or more.' },
    },
    startDate: { label: { nl: 'Begindatum', fr: 'Date de début', en: 'Start date' } },
    endDate: { label: { nl: 'Einddatum', fr: 'Date de fin', en: 'End date' } },
    requestedAmount: {
      label: { nl: 'Gevraagd bedrag (euro)', fr: 'Montant demandé (euros)', en: 'Amount requested (euros)' },
      hint: { nl: 'Maximaal € {max}.', fr: '{max} € au maximum.', en: '€{max} at most.' },
    },
    budgetLines: {
      label: { nl: 'Budget', fr: 'Budget', en: 'Budget' },
      hint: {
        nl: 'Eén lijn per uitgave. Samen zijn ze gelijk aan het gevraagde bedrag.',
        fr: 'Une ligne par dépense. Ensemble, elles font le montant demandé.',
        en: 'One line per expense. Together they add up to the amount requested.',
      },
    },
    attachments: {
      label: { nl: 'Bijlagen (mag leeg blijven)', fr: 'Pièces jointes (facultatif)', en: 'Attachments (optional)' },
      hint: {
        nl: 'PDF, JPEG of PNG, maximaal 5 bestanden van elk 10 MB.',
        fr: 'PDF, JPEG ou PNG, 5 fichiers au maximum de 10 Mo chacun.',
        en: 'PDF, JPEG or PNG, at most 5 files of 10 MB each.',
      },
    },
  },
};

const STEPS: Record<IntakeForm, Record<string, Localized>> = {
  'help-request': {
    'for-whom': { nl: 'Voor wie', fr: 'Pour qui', en: 'Who for' },
    help: { nl: 'Welke hulp', fr: 'Quelle aide', en: 'What help' },
    where: { nl: 'Waar en wanneer', fr: 'Où et quand', en: 'Where and when' },
    contact: { nl: 'Hoe bereiken we je?', fr: 'Comment vous joindre ?', en: 'How can we reach you?' },
    consent: { nl: 'Je gegevens', fr: 'Vos données', en: 'Your details' },
  },
  'help-offer': {
    'offer-as': { nl: 'Wie ben je?', fr: 'Qui êtes-vous ?', en: 'Who are you?' },
    offer: { nl: 'Wat bied je aan?', fr: 'Que proposez-vous ?', en: 'What do you offer?' },
    where: { nl: 'Waar', fr: 'Où', en: 'Where' },
    when: { nl: 'Talen en tijd', fr: 'Langues et disponibilité', en: 'Languages and time' },
    contact: { nl: 'Hoe bereiken we je?', fr: 'Comment vous joindre ?', en: 'How can we reach you?' },
    consent: { nl: 'Je gegevens', fr: 'Vos données', en: 'Your details' },
  },
  'story-submission': {
    story: { nl: 'Je verhaal', fr: 'Votre histoire', en: 'Your story' },
    publish: { nl: 'Publiceren', fr: 'Publication', en: 'Publishing' },
    contact: { nl: 'Hoe bereiken we je?', fr: 'Comment vous joindre ?', en: 'How can we reach you?' },
    consent: { nl: 'Je gegevens', fr: 'Vos données', en: 'Your details' },
  },
  'project-proposal': {
    applicant: { nl: 'Aanvrager', fr: 'Demandeur', en: 'Applicant' },
    contact: { nl: 'Contactpersoon', fr: 'Personne de contact', en: 'Contact person' },
    project: { nl: 'Het project', fr: 'Le projet', en: 'The project' },
    budget: { nl: 'Budget', fr: 'Budget', en: 'Budget' },
    attachments: { nl: 'Bijlagen', fr: 'Pièces jointes', en: 'Attachments' },
    consent: { nl: 'Je gegevens', fr: 'Vos données', en: 'Your details' },
  },
};

const VOCABULARY: Record<string, Record<string, Localized>> = {
  forWhom: {
    self: { nl: 'Voor mezelf', fr: 'Pour moi-même', en: 'For myself' },
    'someone-else': { nl: 'Voor iemand anders (een buur, een ouder…)', fr: 'Pour quelqu’un d’autre (un voisin, un parent…)', en: 'For someone else (a neighbour, a parent…)' },
  },
  offerAs: {
    person: { nl: 'Persoon', fr: 'Particulier', en: 'A person' },
    organisation: { nl: 'Organisatie', fr: 'Organisation', en: 'An organisation' },
  },
  applicantType: {
    person: { nl: 'Een persoon of een groep mensen', fr: 'Une personne ou un groupe de personnes', en: 'A person or a group of people' },
    organisation: { nl: 'Een organisatie', fr: 'Une organisation', en: 'An organisation' },
  },
  availableTimes: {
    'weekday-mornings': { nl: 'Weekdagen, \'s ochtends', fr: 'En semaine, le matin', en: 'Weekday mornings' },
    'weekday-afternoons': { nl: 'Weekdagen, \'s middags', fr: 'En semaine, l’après-midi', en: 'Weekday afternoons' },
    'weekday-evenings': { nl: 'Weekdagen, \'s avonds', fr: 'En semaine, le soir', en: 'Weekday evenings' },
    weekends: { nl: 'In het weekend', fr: 'Le week-end', en: 'At weekends' },
  },
  frequency: {
    once: { nl: 'Eén keer', fr: 'Une fois', en: 'Once' },
    weekly: { nl: 'Elke week', fr: 'Chaque semaine', en: 'Every week' },
    monthly: { nl: 'Elke maand', fr: 'Chaque mois', en: 'Every month' },
    flexible: { nl: 'Wanneer het uitkomt', fr: 'Quand cela m’arrange', en: 'When it suits me' },
  },
};

const TAXONOMY_OF_FIELD: Record<string, readonly Term[]> = {
  categories: HELP_CATEGORIES,
  municipality: MUNICIPALITIES,
  municipalities: MUNICIPALITIES,
  languages: SPOKEN_LANGUAGES,
};

const FORM_TEXTS: Record<IntakeForm, { submit: Localized; thankYouTitle: Localized; thankYouBody: Localized }> = {
  'help-request': {
    submit: { nl: 'Vraag versturen', fr: 'Envoyer ma demande', en: 'Send my request' },
    thankYouTitle: { nl: 'Bedankt, we hebben je vraag', fr: 'Merci, nous avons reçu votre demande', en: 'Thank you, we have your request' },
    thankYouBody: {
      nl: 'Iemand van ons neemt binnen drie werkdagen contact met je op.',
      fr: 'Quelqu’un de notre équipe vous contactera dans les trois jours ouvrables.',
      en: 'Someone from our team will contact you within three working days.',
    },
  },
  'help-offer': {
    submit: { nl: 'Aanbod versturen', fr: 'Envoyer ma proposition', en: 'Send my offer' },
    thankYouTitle: { nl: 'Bedankt voor je aanbod', fr: 'Merci pour votre proposition', en: 'Thank you for your offer' },
    thankYouBody: {
      nl: 'We bellen of mailen je om kennis te maken voor we je met iemand in contact brengen.',
      fr: 'Nous vous appellerons ou vous écrirons pour faire connaissance avant de vous mettre en contact avec quelqu’un.',
      en: 'We will call or email you to get to know you before we put you in touch with someone.',
    },
  },
  'story-submission': {
    submit: { nl: 'Verhaal versturen', fr: 'Envoyer mon histoire', en: 'Send my story' },
    thankYouTitle: { nl: 'Bedankt voor je verhaal', fr: 'Merci pour votre histoire', en: 'Thank you for your story' },
    thankYouBody: {
      nl: 'Een redacteur leest het en neemt contact met je op voor er iets gepubliceerd wordt.',
      fr: 'Un rédacteur la lira et vous contactera avant toute publication.',
      en: 'An editor will read it and contact you before anything is published.',
    },
  },
  'project-proposal': {
    submit: { nl: 'Project indienen', fr: 'Déposer le projet', en: 'Submit the project' },
    thankYouTitle: { nl: 'Bedankt, we hebben je project ontvangen', fr: 'Merci, nous avons reçu votre projet', en: 'Thank you, we have received your project' },
    thankYouBody: {
      nl: 'Na de deadline bekijkt de jury alle projecten. Je hoort van ons per e-mail of telefoon.',
      fr: 'Après la date limite, le jury examine tous les projets. Vous aurez de nos nouvelles par e-mail ou par téléphone.',
      en: 'After the deadline the jury reviews every project. You will hear from us by email or phone.',
    },
  },
};

/** Texts every form shares. `{reference}`, `{step}`, `{steps}` and `{max}` are filled in by `fillIn`. */
const COMMON = {
  errorSummaryTitle: { nl: 'Kijk dit nog even na', fr: 'Vérifiez encore ceci', en: 'Please check this' },
  referenceLabel: { nl: 'Je referentienummer', fr: 'Votre numéro de référence', en: 'Your reference number' },
  referenceHint: {
    nl: 'Noteer het: als je ons belt, kunnen we je zo snel terugvinden.',
    fr: 'Notez-le : si vous nous appelez, nous vous retrouverons rapidement.',
    en: 'Write it down: if you call us, we can find you quickly.',
  },
  optional: { nl: '(mag leeg blijven)', fr: '(facultatif)', en: '(optional)' },
  chooseOne: { nl: 'Kies…', fr: 'Choisissez…', en: 'Choose…' },
  next: { nl: 'Volgende', fr: 'Suivant', en: 'Next' },
  back: { nl: 'Vorige', fr: 'Précédent', en: 'Back' },
  stepOf: { nl: 'Stap {step} van {steps}', fr: 'Étape {step} sur {steps}', en: 'Step {step} of {steps}' },
  sending: { nl: 'Bezig met versturen…', fr: 'Envoi en cours…', en: 'Sending…' },
  networkFailed: {
    nl: 'Het versturen is niet gelukt: er is geen verbinding. Wat je typte is niet verloren. Probeer het opnieuw.',
    fr: 'L’envoi n’a pas abouti : pas de connexion. Ce que vous avez écrit n’est pas perdu. Réessayez.',
    en: 'Sending did not work: there is no connection. What you typed is not lost. Please try again.',
  },
  serverFailed: {
    nl: 'Er ging bij ons iets mis. Wat je typte is niet verloren. Probeer het straks opnieuw, of bel ons.',
    fr: 'Un problème est survenu chez nous. Ce que vous avez écrit n’est pas perdu. Réessayez plus tard, ou appelez-nous.',
    en: 'Something went wrong on our side. What you typed is not lost. Please try again later, or call us.',
  },
  sendAgain: { nl: 'Opnieuw versturen', fr: 'Envoyer à nouveau', en: 'Send again' },
  draftKept: {
    nl: 'Wat je typt, blijft op dit toestel bewaard tot je het verstuurt.',
    fr: 'Ce que vous écrivez reste gardé sur cet appareil jusqu’à l’envoi.',
    en: 'What you type is kept on this device until you send it.',
  },
  budgetLineLabel: { nl: 'Waarvoor', fr: 'Pour quoi', en: 'What for' },
  budgetLineAmount: { nl: 'Bedrag (euro)', fr: 'Montant (euros)', en: 'Amount (euros)' },
  budgetLineLegend: { nl: 'Lijn {line}', fr: 'Ligne {line}', en: 'Line {line}' },
  addBudgetLine: { nl: 'Nog een lijn toevoegen', fr: 'Ajouter une ligne', en: 'Add another line' },
  removeBudgetLine: { nl: 'Lijn {line} verwijderen', fr: 'Supprimer la ligne {line}', en: 'Remove line {line}' },
  budgetTotal: { nl: 'Totaal: € {total}', fr: 'Total : {total} €', en: 'Total: €{total}' },
  honeypot: { nl: 'Laat dit veld leeg', fr: 'Laissez ce champ vide', en: 'Leave this field empty' },
} satisfies Record<string, Localized>;
export type CommonText = keyof typeof COMMON;

/** Fills `{name}` placeholders; an unknown placeholder stays visible rather than vanishing. */
export function fillIn(text: string, params: Record<string, number | string> = {}): string {
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in params ? String(params[name]) : placeholder));
}

export function commonText(key: CommonText, locale: Locale, params?: Record<string, number | string>): string {
  return fillIn(COMMON[key][locale], params);
}

export function fieldCopy(form: IntakeForm, name: string, locale: Locale, params?: Record<string, number | string>): FieldCopy {
  const copy = FIELDS[form][name];
  if (!copy) throw new Error(`No copy for field ${name} of ${form}`);
  return { label: copy.label[locale], ...(copy.hint ? { hint: fillIn(copy.hint[locale], params) } : {}) };
}

export function stepLegend(form: IntakeForm, step: string, locale: Locale): string {
  const legend = STEPS[form][step];
  if (!legend) throw new Error(`No legend for step ${step} of ${form}`);
  return legend[locale];
}

/** A choice's label: a taxonomy's name (categories, municipalities, languages) or the forms' own words. */
export function optionLabel(field: string, code: string, locale: Locale): string {
  const terms = TAXONOMY_OF_FIELD[field];
  const label = terms ? termName(terms, code, locale) : VOCABULARY[field]?.[code]?.[locale];
  if (label === undefined) throw new Error(`No label for ${code} of ${field}`);
  return label;
}

/** Taxonomies in alphabetical order of the reader's language; the forms' own choices in the order they are laid out. */
const ALPHABETICAL = new Set(['municipality', 'municipalities', 'languages']);

/** A field's choices as every renderer shows them: code and label, in the order they are offered. */
export function fieldOptions(field: { name: string; options?: readonly string[] }, locale: Locale): [code: string, label: string][] {
  const labelled = (field.options ?? []).map((code): [string, string] => [code, optionLabel(field.name, code, locale)]);
  return ALPHABETICAL.has(field.name) ? labelled.sort((a, b) => a[1].localeCompare(b[1], locale)) : labelled;
}

export function submitText(form: IntakeForm, locale: Locale): string {
  return FORM_TEXTS[form].submit[locale];
}

export interface ThankYouCopy {
  title: string;
  body: string;
  referenceLabel: string;
  reference: string;
  referenceHint: string;
}

export function thankYouCopy(form: IntakeForm, locale: Locale, reference: string): ThankYouCopy {
  return {
    title: FORM_TEXTS[form].thankYouTitle[locale],
    body: FORM_TEXTS[form].thankYouBody[locale],
    referenceLabel: COMMON.referenceLabel[locale],
    reference,
    referenceHint: COMMON.referenceHint[locale],
  };
}

/** The vocabularies the forms name themselves, for the completeness test. */
export const VOCABULARY_FIELDS = { forWhom: REQUEST_FOR_WHOM, offerAs: OFFER_AS, applicantType: APPLICANT_TYPES, frequency: OFFER_FREQUENCIES, availableTimes: AVAILABLE_TIMES } as const;
