import type { Locale, Localized } from '../locales.js';
import type { CrossFieldIssue } from './schemas.js';

/**
 * What a person reads when a field needs another look: plain words that say what to do, in the
 * form's language. The CMS answers with the same texts, so a form without JavaScript reads the same.
 */
export type FieldProblem =
  | 'required'
  | 'too-long'
  | 'choose-one'
  | 'choose-valid'
  | 'email'
  | 'phone'
  | 'date'
  | 'amount'
  | 'consent'
  | CrossFieldIssue['problem'];

const MESSAGES: Record<FieldProblem, Localized> = {
  required: { nl: 'Vul dit in.', fr: 'Veuillez remplir ce champ.', en: 'Please fill this in.' },
  'too-long': {
    nl: 'Dit is te lang: maximaal {max} tekens.',
    fr: 'C’est trop long : {max} caractères au maximum.',
    en: 'This is too long: {max} characters at most.',
  },
  'choose-one': { nl: 'Kies er minstens één.', fr: 'Choisissez-en au moins un.', en: 'Please choose at least one.' },
  'choose-valid': { nl: 'Kies een van de mogelijkheden uit de lijst.', fr: 'Choisissez une des possibilités de la liste.', en: 'Please choose one of the options in the list.' },
  email: {
    nl: 'Dit e-mailadres klopt niet helemaal. Kijk het na, bijvoorbeeld: naam@voorbeeld.be',
    fr: 'Cette adresse e-mail n’est pas tout à fait correcte. Vérifiez-la, par exemple : nom@exemple.be',
    en: 'This email address is not quite right. Please check it, for example: name@example.be',
  },
  phone: {
    nl: 'Dit telefoonnummer klopt niet helemaal. Schrijf het zo: 02 555 01 23 of 0470 12 34 56.',
    fr: 'Ce numéro de téléphone n’est pas tout à fait correct. Écrivez-le ainsi : 02 555 01 23 ou 0470 12 34 56.',
    en: 'This phone number is not quite right. Write it like this: 02 555 01 23 or 0470 12 34 56.',
  },
  date: { nl: 'Geef een datum, bijvoorbeeld 15/03/2027.', fr: 'Indiquez une date, par exemple 15/03/2027.', en: 'Please give a date, for example 15/03/2027.' },
  amount: { nl: 'Geef een bedrag in euro, bijvoorbeeld 1250.', fr: 'Indiquez un montant en euros, par exemple 1250.', en: 'Please give an amount in euros, for example 1250.' },
  consent: {
    nl: 'Vink dit aan, zodat we je gegevens mogen gebruiken om je te helpen.',
    fr: 'Cochez cette case pour que nous puissions utiliser vos données afin de vous aider.',
    en: 'Please tick this box, so that we may use your details to help you.',
  },
  'contact-missing': {
    nl: 'Geef een telefoonnummer of een e-mailadres, zodat we je kunnen bereiken.',
    fr: 'Indiquez un numéro de téléphone ou une adresse e-mail pour que nous puissions vous joindre.',
    en: 'Please give a phone number or an email address, so that we can reach you.',
  },
  'organisation-missing': { nl: 'Geef de naam van de organisatie.', fr: 'Indiquez le nom de l’organisation.', en: 'Please give the name of the organisation.' },
  'enterprise-number-invalid': {
    nl: 'Geef het ondernemingsnummer van de organisatie, bijvoorbeeld 0123.456.749.',
    fr: 'Indiquez le numéro d’entreprise de l’organisation, par exemple 0123.456.749.',
    en: 'Please give the organisation’s enterprise number, for example 0123.456.749.',
  },
  'municipality-missing': {
    nl: 'Kies minstens één gemeente, of vink ‘Overal in Brussel’ aan.',
    fr: 'Choisissez au moins une commune, ou cochez « Partout à Bruxelles ».',
    en: 'Please choose at least one municipality, or tick ‘Anywhere in Brussels’.',
  },
  'end-before-start': {
    nl: 'De einddatum ligt vóór de begindatum.',
    fr: 'La date de fin est avant la date de début.',
    en: 'The end date is before the start date.',
  },
  'budget-mismatch': {
    nl: 'De budgetlijnen tellen op tot € {total}, maar je vraagt € {requested}. Maak ze gelijk.',
    fr: 'Les lignes budgétaires totalisent {total} €, mais vous demandez {requested} €. Faites-les correspondre.',
    en: 'The budget lines add up to €{total}, but you ask for €{requested}. Please make them equal.',
  },
  'over-maximum': {
    nl: 'Je kunt maximaal € {max} vragen voor één project.',
    fr: 'Vous pouvez demander {max} € au maximum pour un projet.',
    en: 'You can ask for €{max} at most for one project.',
  },
};

export function fieldMessage(problem: FieldProblem, locale: Locale, params: Record<string, number | string> = {}): string {
  return MESSAGES[problem][locale].replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in params ? String(params[name]) : placeholder));
}
