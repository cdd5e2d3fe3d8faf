import { CAPACITY_CHOICES } from '../cases.js';
import { INTERESTS } from '../interests.js';
import { APPLICANT_TYPES, AVAILABLE_TIMES, OFFER_AS, OFFER_FREQUENCIES, REQUEST_FOR_WHOM } from '../intake.js';
import { VOLUNTEER_PAGE_KEYS, type VolunteerPageKey } from '../content.js';
import type { Locale, Localized } from '../locales.js';
import { routes } from '../routes.js';
import { HELP_CATEGORIES, MUNICIPALITIES, SPOKEN_LANGUAGES, inSpokenLanguageOrder, termName, type Term } from '../taxonomies.js';
import { kindOf, layoutFields } from './form-layout.js';
import type { IntakeForm } from './schemas.js';
import { colon, fillIn, fillPlaceholders } from '../format.js';
import type { SummaryWords } from './error-summary.js';
import { LONELINESS_ANSWER_WORDS, LONELINESS_CONSENT_FIELD, LONELINESS_ITEMS, lonelinessFieldName } from '../loneliness.js';

/**
 * What the four forms say, in NL, FR and EN: labels, hints, choices, step legends, the button and the
 * thank-you. The site's islands and the CMS's pages both read it (the layout is in form-layout.ts).
 * Plain words, addressed to the person ("je" in Dutch, "vous" in French). English is the reference:
 * Dutch and French give every text it gives, no more (see `Localized` in locales.ts).
 */

export interface FieldCopy {
  label: string;
  hint?: string;
  /** Pages the field is about (the code of conduct a volunteer accepts), linked under it. */
  links?: { text: string; href: string }[];
}

/** The pages linked under a field, by form and field. */
const FIELD_PAGE_LINKS: Partial<Record<IntakeForm, Record<string, readonly VolunteerPageKey[]>>> = {
  'help-offer': { codeOfConduct: VOLUNTEER_PAGE_KEYS },
};

/** The capacity's choices, each worded with its number of people. */
function capacityChoices(word: (count: number) => string): Record<string, string> {
  return Object.fromEntries(CAPACITY_CHOICES.map((code) => [code, word(Number(code))]));
}

/** The loneliness scale in one language: its consent box, then each item's statement as its label. */
function lonelinessCopy(locale: Locale, consent: FieldCopy): Record<string, FieldCopy> {
  return {
    [LONELINESS_CONSENT_FIELD]: consent,
    ...Object.fromEntries(LONELINESS_ITEMS.map((item) => [lonelinessFieldName(item.number), { label: item.statement[locale] }])),
  };
}

/** The answers to each item of the scale ("Yes", "More or less", "No"), in one language. */
function lonelinessChoices(locale: Locale): Record<string, Record<string, string>> {
  const words = Object.fromEntries(Object.entries(LONELINESS_ANSWER_WORDS[locale]).map(([code, word]) => [code, word.charAt(0).toUpperCase() + word.slice(1)]));
  return Object.fromEntries(LONELINESS_ITEMS.map((item) => [lonelinessFieldName(item.number), words]));
}

const enContactFields = {
  contactName: { label: 'Your name' },
  phone: { label: 'Phone number', hint: 'Give a phone number or an email address, or both.' },
  email: { label: 'Email address' },
  consent: {
    label: 'I agree that Connecting Brussels keeps and uses my details to help me or contact me.',
    hint: 'Only the staff who help you see your details. We share them with no one else.',
  },
  languages: { label: 'Which languages do you speak?', hint: 'Choose one or more.' },
  availableTimes: { label: 'When suits you?' },
  availability: { label: 'Anything else about when suits you?', hint: 'For example: Tuesday afternoons.' },
  organisationName: { label: 'Name of the organisation' },
};

const en = {
  fields: {
    'help-request': {
      ...enContactFields,
      forWhom: { label: 'Who is the help for?' },
      beneficiaryName: { label: 'Name of that person' },
      relationToBeneficiary: { label: 'Who is that person to you?', hint: 'For example: my neighbour, my father.' },
      categories: { label: 'What help would you like?', hint: 'Choose one or more.' },
      description: { label: 'Tell us briefly what you need' },
      interests: { label: 'What do you enjoy doing?', hint: 'We look for someone who enjoys it too. Choose as many as you like.' },
      municipality: { label: 'Which municipality do you live in?' },
      ...lonelinessCopy('en', {
        label: 'I agree to answer six short questions about how I feel now, and again in a few weeks.',
        hint: 'Only our team sees your answers. They help us know whether our help makes people feel less alone. You may skip these questions: we help you just the same.',
      }),
    },
    'help-offer': {
      ...enContactFields,
      offerAs: { label: 'You offer help as' },
      categories: { label: 'What help can you give?', hint: 'Choose one or more.' },
      description: { label: 'Tell us briefly what you would like to do' },
      interests: { label: 'What do you enjoy doing?', hint: 'We look for someone who enjoys it too. Choose as many as you like.' },
      anywhereInBrussels: { label: 'Anywhere in Brussels' },
      municipalities: { label: 'In which municipalities?', hint: 'Choose one or more.' },
      frequency: { label: 'How often?' },
      capacity: { label: 'How many people can you help at the same time?', hint: 'Not sure? We count one person (an organisation: ten).' },
      codeOfConduct: {
        label: 'I have read the code of conduct for volunteers and I accept it.',
        hint: 'Before you meet anyone, a staff member has a short conversation with you and gives you the information note.',
      },
    },
    'story-submission': {
      ...enContactFields,
      title: { label: 'Title' },
      text: { label: 'Your story, action or idea', hint: 'Write as you speak. An editor will help you later.' },
      photo: { label: 'Photo', hint: 'One photo as a JPEG or PNG, at most 10 MB.' },
      mayPublish: { label: 'You may publish my story on the website' },
      publishAs: { label: 'Under which name?', hint: 'For example your first name. Leave empty: no name.' },
    },
    'project-proposal': {
      ...enContactFields,
      projectCallDocumentId: { label: 'Project call' },
      applicantType: { label: 'Who is applying?' },
      enterpriseNumber: { label: 'Enterprise number', hint: 'For example 0123.456.749.' },
      contactName: { label: 'Name of the contact person' },
      projectTitle: { label: 'Name of the project' },
      description: { label: 'Describe the project' },
      targetGroup: { label: 'Who is the project for?', hint: 'For example: older people living alone in Jette.' },
      municipalities: { label: 'In which municipalities?', hint: 'Choose one or more.' },
      startDate: { label: 'Start date' },
      endDate: { label: 'End date' },
      requestedAmount: { label: 'Amount requested (euros)', hint: '{max:euro} at most.' },
      budgetLines: { label: 'Budget', hint: 'One line per expense. Together they add up to the amount requested.' },
      attachments: { label: 'Attachments', hint: 'PDF, JPEG or PNG, at most 5 files of 10 MB each.' },
    },
  },
  steps: {
    'help-request': {
      'for-whom': 'Who for',
      help: 'What help',
      where: 'Where and when',
      loneliness: 'How you feel',
      contact: 'How can we reach you?',
      consent: 'Your details',
    },
    'help-offer': {
      'offer-as': 'Who are you?',
      offer: 'What do you offer?',
      where: 'Where',
      when: 'Languages and time',
      contact: 'How can we reach you?',
      consent: 'Your details',
    },
    'story-submission': { story: 'Your story', publish: 'Publishing', contact: 'How can we reach you?', consent: 'Your details' },
    'project-proposal': {
      applicant: 'Applicant',
      contact: 'Contact person',
      project: 'The project',
      budget: 'Budget',
      attachments: 'Attachments',
      consent: 'Your details',
    },
  },
  /** The forms' own choices (taxonomies name theirs). */
  choices: {
    ...lonelinessChoices('en'),
    forWhom: { self: 'For myself', 'someone-else': 'For someone else (a neighbour, a parent…)' },
    offerAs: { person: 'A person', organisation: 'An organisation' },
    applicantType: { person: 'A person or a group of people', organisation: 'An organisation' },
    frequency: { once: 'Once', weekly: 'Every week', monthly: 'Every month', flexible: 'When it suits me' },
    capacity: capacityChoices((count) => (count === 1 ? '1 person' : `${count} people`)),
    availableTimes: {
      'weekday-mornings': 'Weekday mornings',
      'weekday-afternoons': 'Weekday afternoons',
      'weekday-evenings': 'Weekday evenings',
      weekends: 'At weekends',
    },
  },
  forms: {
    'help-request': {
      title: 'Ask for help',
      submit: 'Send my request',
      thankYouTitle: 'Thank you, we have your request',
      thankYouBody: 'Someone from our team will contact you within three working days.',
    },
    'help-offer': {
      title: 'Offer help',
      submit: 'Send my offer',
      thankYouTitle: 'Thank you for your offer',
      thankYouBody: 'We will call or email you to get to know you before we put you in touch with someone.',
    },
    'story-submission': {
      title: 'Share your story or idea',
      submit: 'Send my story',
      thankYouTitle: 'Thank you for your story',
      thankYouBody: 'An editor will read it and contact you before anything is published.',
    },
    'project-proposal': {
      title: 'Apply with a project',
      submit: 'Submit the project',
      thankYouTitle: 'Thank you, we have received your project',
      thankYouBody: 'After the deadline the jury reviews every project. You will hear from us by email or phone.',
    },
  },
  /** Links under a field to the CMS page it is about; they open in a new window, so that nothing typed is lost. */
  pageLinks: {
    'volunteer-code-of-conduct': 'Read the code of conduct (opens in a new window)',
    'volunteer-information-note': 'Read the information note (opens in a new window)',
  },
  /** Texts every form shares. `{reference}`, `{step}`, `{steps}` and `{max}` are filled in by `fillIn`. */
  common: {
    errorSummaryTitle: 'Please check this',
    referenceLabel: 'Your reference number',
    referenceHint: 'Write it down: if you call us, we can find you quickly.',
    confirmationSent: 'You will also get a confirmation by email.',
    optional: '(optional)',
    chooseOne: 'Choose…',
    next: 'Next',
    back: 'Back',
    stepOf: 'Step {step} of {steps}',
    sending: 'Sending…',
    networkFailed: 'Sending did not work: there is no connection. What you typed is not lost. Please try again.',
    serverFailed: 'Something went wrong on our side. What you typed is not lost. Please try again later, or call us.',
    sendAgain: 'Send again',
    draftKept: 'What you type is kept on this device until you send it.',
    budgetLineLabel: 'What for',
    budgetLineAmount: 'Amount (euros)',
    budgetLineLegend: 'Line {line}',
    addBudgetLine: 'Add another line',
    removeBudgetLine: 'Remove line {line}',
    budgetTotal: 'Total: {total}',
    honeypot: 'Leave this field empty',
  },
};

type FormCopyTexts = typeof en;

const nlContactFields: typeof enContactFields = {
  contactName: { label: 'Je naam' },
  phone: { label: 'Telefoonnummer', hint: 'Geef een telefoonnummer of een e-mailadres, of allebei.' },
  email: { label: 'E-mailadres' },
  consent: {
    label: 'Ik ga akkoord dat Connecting Brussels mijn gegevens bewaart en gebruikt om mij te helpen of te contacteren.',
    hint: 'Alleen de medewerkers die je helpen zien je gegevens. We delen ze met niemand anders.',
  },
  languages: { label: 'Welke talen spreek je?', hint: 'Kies er één of meer.' },
  availableTimes: { label: 'Wanneer past het?' },
  availability: { label: 'Nog iets over wanneer het past?', hint: 'Bijvoorbeeld: dinsdagnamiddag.' },
  organisationName: { label: 'Naam van de organisatie' },
};

const nl: FormCopyTexts = {
  fields: {
    'help-request': {
      ...nlContactFields,
      forWhom: { label: 'Voor wie vraag je hulp?' },
      beneficiaryName: { label: 'Naam van die persoon' },
      relationToBeneficiary: { label: 'Wie is die persoon voor jou?', hint: 'Bijvoorbeeld: mijn buurvrouw, mijn vader.' },
      categories: { label: 'Met welke hulp zou je blij zijn?', hint: 'Kies er één of meer.' },
      description: { label: 'Vertel kort wat je nodig hebt' },
      interests: { label: 'Wat doe je graag?', hint: 'We zoeken iemand die dat ook graag doet. Kies zoveel je wilt.' },
      municipality: { label: 'In welke gemeente woon je?' },
      ...lonelinessCopy('nl', {
        label: 'Ik wil zes korte vragen beantwoorden over hoe ik me nu voel, en over een paar weken nog eens.',
        hint: 'Alleen ons team ziet je antwoorden. Zo weten we of onze hulp mensen minder eenzaam maakt. Je mag deze vragen overslaan: we helpen je evengoed.',
      }),
    },
    'help-offer': {
      ...nlContactFields,
      offerAs: { label: 'Je biedt hulp aan als' },
      categories: { label: 'Welke hulp kun je geven?', hint: 'Kies er één of meer.' },
      description: { label: 'Vertel kort wat je wilt doen' },
      interests: { label: 'Wat doe je graag?', hint: 'We zoeken iemand die dat ook graag doet. Kies zoveel je wilt.' },
      anywhereInBrussels: { label: 'Overal in Brussel' },
      municipalities: { label: 'In welke gemeenten?', hint: 'Kies er één of meer.' },
      frequency: { label: 'Hoe vaak?' },
      capacity: { label: 'Hoeveel mensen kun je tegelijk helpen?', hint: 'Twijfel je? Dan rekenen we op één persoon (een organisatie: tien).' },
      codeOfConduct: {
        label: 'Ik heb de gedragscode voor vrijwilligers gelezen en ik aanvaard ze.',
        hint: 'Voor je iemand ontmoet, heeft een medewerker een kort gesprek met je en geeft je de informatienota.',
      },
    },
    'story-submission': {
      ...nlContactFields,
      title: { label: 'Titel' },
      text: { label: 'Je verhaal, actie of idee', hint: 'Schrijf zoals je praat. Een redacteur helpt je later.' },
      photo: { label: 'Foto', hint: 'Eén foto als JPEG of PNG, maximaal 10 MB.' },
      mayPublish: { label: 'Jullie mogen mijn verhaal op de website zetten' },
      publishAs: { label: 'Met welke naam?', hint: 'Bijvoorbeeld je voornaam. Leeg laten: zonder naam.' },
    },
    'project-proposal': {
      ...nlContactFields,
      projectCallDocumentId: { label: 'Projectoproep' },
      applicantType: { label: 'Wie dient het project in?' },
      enterpriseNumber: { label: 'Ondernemingsnummer', hint: 'Bijvoorbeeld 0123.456.749.' },
      contactName: { label: 'Naam van de contactpersoon' },
      projectTitle: { label: 'Naam van het project' },
      description: { label: 'Beschrijf het project' },
      targetGroup: { label: 'Voor wie is het project?', hint: 'Bijvoorbeeld: alleenstaande ouderen in Jette.' },
      municipalities: { label: 'In welke gemeenten?', hint: 'Kies er één of meer.' },
      startDate: { label: 'Begindatum' },
      endDate: { label: 'Einddatum' },
      requestedAmount: { label: 'Gevraagd bedrag (euro)', hint: 'Maximaal {max:euro}.' },
      budgetLines: { label: 'Budget', hint: 'Eén lijn per uitgave. Samen zijn ze gelijk aan het gevraagde bedrag.' },
      attachments: { label: 'Bijlagen', hint: 'PDF, JPEG of PNG, maximaal 5 bestanden van elk 10 MB.' },
    },
  },
  steps: {
    'help-request': {
      'for-whom': 'Voor wie',
      help: 'Welke hulp',
      where: 'Waar en wanneer',
      loneliness: 'Hoe je je voelt',
      contact: 'Hoe bereiken we je?',
      consent: 'Je gegevens',
    },
    'help-offer': {
      'offer-as': 'Wie ben je?',
      offer: 'Wat bied je aan?',
      where: 'Waar',
      when: 'Talen en tijd',
      contact: 'Hoe bereiken we je?',
      consent: 'Je gegevens',
    },
    'story-submission': { story: 'Je verhaal', publish: 'Publiceren', contact: 'Hoe bereiken we je?', consent: 'Je gegevens' },
    'project-proposal': {
      applicant: 'Aanvrager',
      contact: 'Contactpersoon',
      project: 'Het project',
      budget: 'Budget',
      attachments: 'Bijlagen',
      consent: 'Je gegevens',
    },
  },
  /** The forms' own choices (taxonomies name theirs). */
  choices: {
    ...lonelinessChoices('nl'),
    forWhom: { self: 'Voor mezelf', 'someone-else': 'Voor iemand anders (een buur, een ouder…)' },
    offerAs: { person: 'Persoon', organisation: 'Organisatie' },
    applicantType: { person: 'Een persoon of een groep mensen', organisation: 'Een organisatie' },
    frequency: { once: 'Eén keer', weekly: 'Elke week', monthly: 'Elke maand', flexible: 'Wanneer het uitkomt' },
    capacity: capacityChoices((count) => (count === 1 ? '1 persoon' : `${count} personen`)),
    availableTimes: {
      'weekday-mornings': "Weekdagen, 's ochtends",
      'weekday-afternoons': "Weekdagen, 's middags",
      'weekday-evenings': "Weekdagen, 's avonds",
      weekends: 'In het weekend',
    },
  },
  forms: {
    'help-request': {
      title: 'Hulp vragen',
      submit: 'Vraag versturen',
      thankYouTitle: 'Bedankt, we hebben je vraag',
      thankYouBody: 'Iemand van ons neemt binnen drie werkdagen contact met je op.',
    },
    'help-offer': {
      title: 'Hulp aanbieden',
      submit: 'Aanbod versturen',
      thankYouTitle: 'Bedankt voor je aanbod',
      thankYouBody: 'We bellen of mailen je om kennis te maken voor we je met iemand in contact brengen.',
    },
    'story-submission': {
      title: 'Deel je verhaal of idee',
      submit: 'Verhaal versturen',
      thankYouTitle: 'Bedankt voor je verhaal',
      thankYouBody: 'Een redacteur leest het en neemt contact met je op voor er iets gepubliceerd wordt.',
    },
    'project-proposal': {
      title: 'Een project indienen',
      submit: 'Project indienen',
      thankYouTitle: 'Bedankt, we hebben je project ontvangen',
      thankYouBody: 'Na de deadline bekijkt de jury alle projecten. Je hoort van ons per e-mail of telefoon.',
    },
  },
  pageLinks: {
    'volunteer-code-of-conduct': 'Lees de gedragscode (opent in een nieuw venster)',
    'volunteer-information-note': 'Lees de informatienota (opent in een nieuw venster)',
  },
  /** Texts every form shares. `{reference}`, `{step}`, `{steps}` and `{max}` are filled in by `fillIn`. */
  common: {
    errorSummaryTitle: 'Kijk dit nog even na',
    referenceLabel: 'Je referentienummer',
    referenceHint: 'Noteer het: als je ons belt, kunnen we je zo snel terugvinden.',
    confirmationSent: 'Je krijgt ook een bevestiging per e-mail.',
    optional: '(mag leeg blijven)',
    chooseOne: 'Kies…',
    next: 'Volgende',
    back: 'Vorige',
    stepOf: 'Stap {step} van {steps}',
    sending: 'Bezig met versturen…',
    networkFailed: 'Het versturen is niet gelukt: er is geen verbinding. Wat je typte is niet verloren. Probeer het opnieuw.',
    serverFailed: 'Er ging bij ons iets mis. Wat je typte is niet verloren. Probeer het straks opnieuw, of bel ons.',
    sendAgain: 'Opnieuw versturen',
    draftKept: 'Wat je typt, blijft op dit toestel bewaard tot je het verstuurt.',
    budgetLineLabel: 'Waarvoor',
    budgetLineAmount: 'Bedrag (euro)',
    budgetLineLegend: 'Lijn {line}',
    addBudgetLine: 'Nog een lijn toevoegen',
    removeBudgetLine: 'Lijn {line} verwijderen',
    budgetTotal: 'Totaal: {total}',
    honeypot: 'Laat dit veld leeg',
  },
};

const frContactFields: typeof enContactFields = {
  contactName: { label: 'Votre nom' },
  phone: { label: 'Numéro de téléphone', hint: 'Indiquez un numéro de téléphone ou une adresse e-mail, ou les deux.' },
  email: { label: 'Adresse e-mail' },
  consent: {
    label: 'J’accepte que Connecting Brussels conserve et utilise mes données pour m’aider ou me contacter.',
    hint: 'Seules les personnes qui vous aident voient vos données. Nous ne les partageons avec personne d’autre.',
  },
  languages: { label: 'Quelles langues parlez-vous\u00a0?', hint: 'Choisissez-en une ou plusieurs.' },
  availableTimes: { label: 'Quand cela vous convient-il\u00a0?' },
  availability: { label: 'Autre chose sur vos disponibilités\u00a0?', hint: 'Par exemple\u00a0: le mardi après-midi.' },
  organisationName: { label: 'Nom de l’organisation' },
};

const fr: FormCopyTexts = {
  fields: {
    'help-request': {
      ...frContactFields,
      forWhom: { label: 'Pour qui demandez-vous de l’aide\u00a0?' },
      beneficiaryName: { label: 'Nom de cette personne' },
      relationToBeneficiary: { label: 'Qui est cette personne pour vous\u00a0?', hint: 'Par exemple\u00a0: ma voisine, mon père.' },
      categories: { label: 'Quelle aide vous ferait plaisir\u00a0?', hint: 'Choisissez-en une ou plusieurs.' },
      description: { label: 'Dites en quelques mots ce dont vous avez besoin' },
      interests: { label: 'Qu’aimez-vous faire\u00a0?', hint: 'Nous cherchons quelqu’un qui aime cela aussi. Choisissez-en autant que vous voulez.' },
      municipality: { label: 'Dans quelle commune habitez-vous\u00a0?' },
      ...lonelinessCopy('fr', {
        label: 'J’accepte de répondre à six courtes questions sur ce que je ressens maintenant, puis à nouveau dans quelques semaines.',
        hint: 'Seule notre équipe voit vos réponses. Elles nous aident à savoir si notre aide rend les gens moins seuls. Vous pouvez passer ces questions\u00a0: nous vous aidons de la même façon.',
      }),
    },
    'help-offer': {
      ...frContactFields,
      offerAs: { label: 'Vous proposez de l’aide en tant que' },
      categories: { label: 'Quelle aide pouvez-vous apporter\u00a0?', hint: 'Choisissez-en une ou plusieurs.' },
      description: { label: 'Dites en quelques mots ce que vous aimeriez faire' },
      interests: { label: 'Qu’aimez-vous faire\u00a0?', hint: 'Nous cherchons quelqu’un qui aime cela aussi. Choisissez-en autant que vous voulez.' },
      anywhereInBrussels: { label: 'Partout à Bruxelles' },
      municipalities: { label: 'Dans quelles communes\u00a0?', hint: 'Choisissez-en une ou plusieurs.' },
      frequency: { label: 'À quelle fréquence\u00a0?' },
      capacity: {
        label: 'Combien de personnes pouvez-vous aider en même temps\u00a0?',
        hint: 'Vous hésitez\u00a0? Nous comptons alors une personne (une organisation\u00a0: dix).',
      },
      codeOfConduct: {
        label: 'J’ai lu le code de conduite des bénévoles et je l’accepte.',
        hint: 'Avant toute rencontre, une personne de l’équipe a un court entretien avec vous et vous remet la note d’information.',
      },
    },
    'story-submission': {
      ...frContactFields,
      title: { label: 'Titre' },
      text: { label: 'Votre histoire, action ou idée', hint: 'Écrivez comme vous parlez. Un rédacteur vous aidera ensuite.' },
      photo: { label: 'Photo', hint: 'Une photo en JPEG ou PNG, 10 Mo au maximum.' },
      mayPublish: { label: 'Vous pouvez publier mon histoire sur le site' },
      publishAs: { label: 'Sous quel nom\u00a0?', hint: 'Par exemple votre prénom. Laissez vide\u00a0: sans nom.' },
    },
    'project-proposal': {
      ...frContactFields,
      projectCallDocumentId: { label: 'Appel à projets' },
      applicantType: { label: 'Qui dépose le projet\u00a0?' },
      enterpriseNumber: { label: 'Numéro d’entreprise', hint: 'Par exemple 0123.456.749.' },
      contactName: { label: 'Nom de la personne de contact' },
      projectTitle: { label: 'Nom du projet' },
      description: { label: 'Décrivez le projet' },
      targetGroup: { label: 'Pour qui est le projet\u00a0?', hint: 'Par exemple\u00a0: les personnes âgées seules à Jette.' },
      municipalities: { label: 'Dans quelles communes\u00a0?', hint: 'Choisissez-en une ou plusieurs.' },
      startDate: { label: 'Date de début' },
      endDate: { label: 'Date de fin' },
      requestedAmount: { label: 'Montant demandé (euros)', hint: '{max:euro} au maximum.' },
      budgetLines: { label: 'Budget', hint: 'Une ligne par dépense. Ensemble, elles font le montant demandé.' },
      attachments: { label: 'Pièces jointes', hint: 'PDF, JPEG ou PNG, 5 fichiers au maximum de 10 Mo chacun.' },
    },
  },
  steps: {
    'help-request': {
      'for-whom': 'Pour qui',
      help: 'Quelle aide',
      where: 'Où et quand',
      loneliness: 'Comment vous vous sentez',
      contact: 'Comment vous joindre\u00a0?',
      consent: 'Vos données',
    },
    'help-offer': {
      'offer-as': 'Qui êtes-vous\u00a0?',
      offer: 'Que proposez-vous\u00a0?',
      where: 'Où',
      when: 'Langues et disponibilité',
      contact: 'Comment vous joindre\u00a0?',
      consent: 'Vos données',
    },
    'story-submission': { story: 'Votre histoire', publish: 'Publication', contact: 'Comment vous joindre\u00a0?', consent: 'Vos données' },
    'project-proposal': {
      applicant: 'Demandeur',
      contact: 'Personne de contact',
      project: 'Le projet',
      budget: 'Budget',
      attachments: 'Pièces jointes',
      consent: 'Vos données',
    },
  },
  /** The forms' own choices (taxonomies name theirs). */
  choices: {
    ...lonelinessChoices('fr'),
    forWhom: { self: 'Pour moi-même', 'someone-else': 'Pour quelqu’un d’autre (un voisin, un parent…)' },
    offerAs: { person: 'Particulier', organisation: 'Organisation' },
    applicantType: { person: 'Une personne ou un groupe de personnes', organisation: 'Une organisation' },
    frequency: { once: 'Une fois', weekly: 'Chaque semaine', monthly: 'Chaque mois', flexible: 'Quand cela m’arrange' },
    capacity: capacityChoices((count) => (count === 1 ? '1 personne' : `${count} personnes`)),
    availableTimes: {
      'weekday-mornings': 'En semaine, le matin',
      'weekday-afternoons': 'En semaine, l’après-midi',
      'weekday-evenings': 'En semaine, le soir',
      weekends: 'Le week-end',
    },
  },
  forms: {
    'help-request': {
      title: 'Demander de l’aide',
      submit: 'Envoyer ma demande',
      thankYouTitle: 'Merci, nous avons reçu votre demande',
      thankYouBody: 'Quelqu’un de notre équipe vous contactera dans les trois jours ouvrables.',
    },
    'help-offer': {
      title: 'Proposer de l’aide',
      submit: 'Envoyer ma proposition',
      thankYouTitle: 'Merci pour votre proposition',
      thankYouBody: 'Nous vous appellerons ou vous écrirons pour faire connaissance avant de vous mettre en contact avec quelqu’un.',
    },
    'story-submission': {
      title: 'Partager votre histoire ou votre idée',
      submit: 'Envoyer mon histoire',
      thankYouTitle: 'Merci pour votre histoire',
      thankYouBody: 'Un rédacteur la lira et vous contactera avant toute publication.',
    },
    'project-proposal': {
      title: 'Déposer un projet',
      submit: 'Déposer le projet',
      thankYouTitle: 'Merci, nous avons reçu votre projet',
      thankYouBody: 'Après la date limite, le jury examine tous les projets. Vous aurez de nos nouvelles par e-mail ou par téléphone.',
    },
  },
  pageLinks: {
    'volunteer-code-of-conduct': 'Lire le code de conduite (s’ouvre dans une nouvelle fenêtre)',
    'volunteer-information-note': 'Lire la note d’information (s’ouvre dans une nouvelle fenêtre)',
  },
  /** Texts every form shares. `{reference}`, `{step}`, `{steps}` and `{max}` are filled in by `fillIn`. */
  common: {
    errorSummaryTitle: 'Vérifiez encore ceci',
    referenceLabel: 'Votre numéro de référence',
    referenceHint: 'Notez-le\u00a0: si vous nous appelez, nous vous retrouverons rapidement.',
    confirmationSent: 'Vous recevrez aussi une confirmation par e-mail.',
    optional: '(facultatif)',
    chooseOne: 'Choisissez…',
    next: 'Suivant',
    back: 'Précédent',
    stepOf: 'Étape {step} sur {steps}',
    sending: 'Envoi en cours…',
    networkFailed: 'L’envoi n’a pas abouti\u00a0: pas de connexion. Ce que vous avez écrit n’est pas perdu. Réessayez.',
    serverFailed: 'Un problème est survenu chez nous. Ce que vous avez écrit n’est pas perdu. Réessayez plus tard, ou appelez-nous.',
    sendAgain: 'Envoyer à nouveau',
    draftKept: 'Ce que vous écrivez reste gardé sur cet appareil jusqu’à l’envoi.',
    budgetLineLabel: 'Pour quoi',
    budgetLineAmount: 'Montant (euros)',
    budgetLineLegend: 'Ligne {line}',
    addBudgetLine: 'Ajouter une ligne',
    removeBudgetLine: 'Supprimer la ligne {line}',
    budgetTotal: 'Total\u00a0: {total}',
    honeypot: 'Laissez ce champ vide',
  },
};

const FORM_COPY: Localized<FormCopyTexts> = { nl, fr, en };

export type CommonText = keyof FormCopyTexts['common'];

/** Every text the forms say in one language (labels, hints, choices, legends, buttons, thanks), for the tests that read them all. */
export function allFormTexts(locale: Locale): string[] {
  const texts = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : typeof value === 'object' && value ? Object.values(value).flatMap(texts) : [];
  return texts(FORM_COPY[locale]);
}

const TAXONOMY_OF_FIELD: Record<string, readonly Term[]> = {
  categories: HELP_CATEGORIES,
  municipality: MUNICIPALITIES,
  municipalities: MUNICIPALITIES,
  languages: SPOKEN_LANGUAGES,
  interests: INTERESTS,
};

/** The shared copy's placeholders are filled as every text's are (`fillIn`, format.ts). */
export { fillIn };

export function commonText(key: CommonText, locale: Locale, params?: Record<string, number | string>): string {
  return fillIn(FORM_COPY[locale].common[key], params);
}

export function fieldCopy(form: IntakeForm, name: string, locale: Locale, params?: Record<string, number | string>): FieldCopy {
  const fields: Record<string, FieldCopy | undefined> = FORM_COPY[locale].fields[form];
  const copy = fields[name];
  if (!copy) throw new Error(`No copy for field ${name} of ${form}`);
  const pages = FIELD_PAGE_LINKS[form]?.[name] ?? [];
  const links = pages.map((page) => ({ text: FORM_COPY[locale].pageLinks[page], href: routes.page(locale, page) }));
  return {
    label: copy.label,
    ...(copy.hint ? { hint: fillPlaceholders(locale, copy.hint, params) } : {}),
    ...(links.length > 0 ? { links } : {}),
  };
}

/**
 * A field's label as the forms show it: with the note that it may stay empty where its kind says so
 * (`labelSaysOptional`). Only the label says it: no hint repeats it.
 */
export function fieldLabel(form: IntakeForm, name: string, locale: Locale): string {
  const { label } = fieldCopy(form, name, locale);
  const field = layoutFields(form).find((candidate) => candidate.name === name);
  return field && !field.required && kindOf(field).labelSaysOptional ? `${label} ${commonText('optional', locale)}` : label;
}

export function stepLegend(form: IntakeForm, step: string, locale: Locale): string {
  const legends: Record<string, string | undefined> = FORM_COPY[locale].steps[form];
  const legend = legends[step];
  if (!legend) throw new Error(`No legend for step ${step} of ${form}`);
  return legend;
}

/** A choice's label: a taxonomy's name (categories, municipalities, languages) or the forms' own words. */
export function optionLabel(field: string, code: string, locale: Locale): string {
  const terms = TAXONOMY_OF_FIELD[field];
  const choices: Record<string, Record<string, string> | undefined> = FORM_COPY[locale].choices;
  const label = terms ? termName(terms, code, locale) : choices[field]?.[code];
  if (label === undefined) throw new Error(`No label for ${code} of ${field}`);
  return label;
}

/** Municipalities in alphabetical order of the reader's language; the forms' own choices in the order they are laid out. */
const ALPHABETICAL = new Set(['municipality', 'municipalities']);

/** A field's choices as every renderer shows them: code and label, in the order they are offered. */
export function fieldOptions(field: { name: string; options?: readonly string[] }, locale: Locale): [code: string, label: string][] {
  const labelled = (field.options ?? []).map((code): [string, string] => [code, optionLabel(field.name, code, locale)]);
  if (TAXONOMY_OF_FIELD[field.name] === SPOKEN_LANGUAGES)
    return inSpokenLanguageOrder(
      labelled,
      locale,
      ([code]) => code,
      ([, label]) => label,
    );
  return ALPHABETICAL.has(field.name) ? labelled.sort((a, b) => a[1].localeCompare(b[1], locale)) : labelled;
}

/** A form's title: the heading of its page on the site and of the CMS's pages about it (one wording). */
export function formTitle(form: IntakeForm, locale: Locale): string {
  return FORM_COPY[locale].forms[form].title;
}

export function submitText(form: IntakeForm, locale: Locale): string {
  return FORM_COPY[locale].forms[form].submit;
}

export interface ThankYouCopy {
  title: string;
  /** What happens next; for a help request the response time, the same sentence as in the confirmation mail. */
  body: string;
  referenceLabel: string;
  reference: string;
  referenceHint: string;
  /** Said only when an email address was given (the confirmation mail goes there). */
  confirmationSent: string;
}

export function thankYouCopy(form: IntakeForm, locale: Locale, reference: string): ThankYouCopy {
  const { forms, common } = FORM_COPY[locale];
  return {
    title: forms[form].thankYouTitle,
    body: forms[form].thankYouBody,
    referenceLabel: common.referenceLabel,
    reference,
    referenceHint: common.referenceHint,
    confirmationSent: common.confirmationSent,
  };
}

/** The vocabularies the forms name themselves, for the completeness test. */
export const VOCABULARY_FIELDS = {
  forWhom: REQUEST_FOR_WHOM,
  offerAs: OFFER_AS,
  applicantType: APPLICANT_TYPES,
  frequency: OFFER_FREQUENCIES,
  availableTimes: AVAILABLE_TIMES,
  capacity: CAPACITY_CHOICES,
} as const;

/** What a form's error summary says besides the messages, in one language (given to `errorSummaryLines`). */
export function summaryWords(form: IntakeForm, locale: Locale): SummaryWords {
  return {
    labels: Object.fromEntries(layoutFields(form).map((field) => [field.name, fieldCopy(form, field.name, locale).label])),
    budgetLine: commonText('budgetLineLegend', locale),
    colon: colon(locale),
  };
}
