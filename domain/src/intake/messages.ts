import type { Locale, Localized } from '../locales.js';
import { messageOf, type FieldMessages } from './field-messages.js';
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
  | 'name'
  | 'date'
  | 'amount'
  | 'consent'
  | 'code-of-conduct'
  | 'call-not-open'
  | 'attachment-type'
  | 'attachment-too-big'
  | 'attachments-too-many'
  | 'photo-type'
  | 'photo-too-big'
  | 'photo-too-many'
  | CrossFieldIssue['problem']
  | SubmissionProblem;

/** About the post as a whole (`form`), answered by the CMS's door before the fields are read. */
export type SubmissionProblem =
  'body-too-large' | 'upload-too-large' | 'rate-limited' | 'unreadable' | 'unknown-form' | 'key-reused' | 'other-site' | 'not-stored';

/** English is the reference: Dutch and French give every message it gives (see `Localized` in locales.ts). */
const en: Record<FieldProblem, string> = {
  required: 'Please fill this in.',
  'too-long': 'This is too long: {max} characters at most.',
  'choose-one': 'Please choose at least one.',
  'choose-valid': 'Please choose one of the options in the list.',
  email: 'This email address is not quite right. Please check it, for example: name@example.be',
  phone: 'This phone number is not quite right. Write it like this: 02 555 01 23 or 0470 12 34 56.',
  name: 'Please write only a name here, on one line: no web address, email address or hidden characters.',
  date: 'Please give a date, for example 15/03/2027.',
  amount: 'Please give an amount in euros, for example 1250.',
  consent: 'Please tick this box, so that we may use your details to help you.',
  'code-of-conduct': 'Please read the code of conduct and tick this box: we only put volunteers in touch with someone once they accept it.',
  'contact-missing': 'Please give a phone number or an email address, so that we can reach you.',
  'loneliness-unanswered': 'Please answer this question too, or untick the box above to skip these questions.',
  'organisation-missing': 'Please give the name of the organisation.',
  'enterprise-number-invalid': 'Please give the organisation’s enterprise number, for example 0123.456.749.',
  'municipality-missing': 'Please choose at least one municipality, or tick ‘Anywhere in Brussels’.',
  'end-before-start': 'The end date is before the start date.',
  'budget-mismatch': 'The budget lines add up to {total:euro}, but you ask for {requested:euro}. Please make them equal.',
  'over-maximum': 'You can ask for {max:euro} at most for one project.',
  'call-not-open': 'This project call is not open at the moment. You cannot apply to it now.',
  'attachment-type': '{names}: we cannot open this. Please send a PDF, a JPEG or a PNG.',
  'attachment-too-big': '{names}: this is too big. A file may be {max} MB at most.',
  'attachments-too-many': 'Please send {max} files at most.',
  'photo-type': '{names}: this is not a photo we can open. Please send a JPEG or a PNG.',
  'photo-too-big': '{names}: this photo is too big. A photo may be {max} MB at most.',
  'photo-too-many': 'Please send one photo.',
  'body-too-large': 'This is too much text to send at once. Please make your answers a little shorter and send again.',
  'upload-too-large': 'The attachments are too large. Please send at most {files} files of at most {fileMb} MB each ({totalMb} MB in all).',
  'rate-limited': 'We just received many forms from this address. Please wait {minutes} minutes, then send again. You can also phone us.',
  unreadable: 'We could not read what was sent. Please fill in the form again and send it once more.',
  // The idempotency key of a form came back with other content: a form copied in the middle of
  // sending, or someone else's key. Nothing was stored; sending again gives the form a new key.
  'key-reused': 'This form was sent before with other answers. Nothing was saved this time. Please check your answers and send again.',
  'not-stored': 'We could not save your form. Please check your answers and send again, or call us.',
  'unknown-form': 'This form does not exist. Please choose a form on the website.',
  'other-site': 'This form was sent from another website. Please fill it in on our own website or phone us.',
};

const nl: typeof en = {
  required: 'Vul dit in.',
  'too-long': 'Dit is te lang: maximaal {max} tekens.',
  'choose-one': 'Kies er minstens één.',
  'choose-valid': 'Kies een van de mogelijkheden uit de lijst.',
  email: 'Dit e-mailadres klopt niet helemaal. Kijk het na, bijvoorbeeld: naam@voorbeeld.be',
  phone: 'Dit telefoonnummer klopt niet helemaal. Schrijf het zo: 02 555 01 23 of 0470 12 34 56.',
  name: 'Schrijf hier alleen een naam, op één regel: zonder webadres, e-mailadres of verborgen tekens.',
  date: 'Geef een datum, bijvoorbeeld 15/03/2027.',
  amount: 'Geef een bedrag in euro, bijvoorbeeld 1250.',
  consent: 'Vink dit aan, zodat we je gegevens mogen gebruiken om je te helpen.',
  'code-of-conduct': 'Lees de gedragscode en vink dit aan: we brengen vrijwilligers pas met iemand in contact als ze de code aanvaarden.',
  'contact-missing': 'Geef een telefoonnummer of een e-mailadres, zodat we je kunnen bereiken.',
  'loneliness-unanswered': 'Beantwoord ook deze vraag, of vink het vakje hierboven uit om deze vragen over te slaan.',
  'organisation-missing': 'Geef de naam van de organisatie.',
  'enterprise-number-invalid': 'Geef het ondernemingsnummer van de organisatie, bijvoorbeeld 0123.456.749.',
  'municipality-missing': 'Kies minstens één gemeente, of vink ‘Overal in Brussel’ aan.',
  'end-before-start': 'De einddatum ligt vóór de begindatum.',
  'budget-mismatch': 'De budgetlijnen tellen op tot {total:euro}, maar je vraagt {requested:euro}. Maak ze gelijk.',
  'over-maximum': 'Je kunt maximaal {max:euro} vragen voor één project.',
  'call-not-open': 'Deze projectoproep is nu niet open. Je kunt er op dit moment geen project voor indienen.',
  'attachment-type': '{names}: dit kunnen we niet openen. Stuur een PDF, een JPEG of een PNG.',
  'attachment-too-big': '{names}: dit is te groot. Een bestand mag maximaal {max} MB zijn.',
  'attachments-too-many': 'Stuur maximaal {max} bestanden.',
  'photo-type': '{names}: dit is geen foto die we kunnen openen. Stuur een JPEG of een PNG.',
  'photo-too-big': '{names}: deze foto is te groot. Een foto mag maximaal {max} MB zijn.',
  'photo-too-many': 'Stuur één foto.',
  'body-too-large': 'Dit is te veel tekst om in één keer te versturen. Maak je antwoorden wat korter en verstuur opnieuw.',
  'upload-too-large': 'De bijlagen zijn te groot. Stuur hoogstens {files} bestanden van elk hoogstens {fileMb} MB ({totalMb} MB samen).',
  'rate-limited': 'We kregen net veel formulieren van dit adres. Wacht {minutes} minuten en verstuur dan opnieuw. Je kunt ons ook bellen.',
  unreadable: 'We konden niet lezen wat er verstuurd werd. Vul het formulier opnieuw in en verstuur het nog eens.',
  'key-reused': 'Dit formulier werd al eens verstuurd met andere antwoorden. Er is nu niets bewaard. Kijk je antwoorden na en verstuur opnieuw.',
  'not-stored': 'We konden je formulier niet bewaren. Kijk je antwoorden na en verstuur opnieuw, of bel ons.',
  'unknown-form': 'Dit formulier bestaat niet. Kies een formulier op de website.',
  'other-site': 'Dit formulier werd vanaf een andere website verstuurd. Vul het in op onze eigen website of bel ons.',
};

const fr: typeof en = {
  required: 'Veuillez remplir ce champ.',
  'too-long': 'C’est trop long\u00a0: {max} caractères au maximum.',
  'choose-one': 'Choisissez-en au moins un.',
  'choose-valid': 'Choisissez une des possibilités de la liste.',
  email: 'Cette adresse e-mail n’est pas tout à fait correcte. Vérifiez-la, par exemple\u00a0: nom@exemple.be',
  phone: 'Ce numéro de téléphone n’est pas tout à fait correct. Écrivez-le ainsi\u00a0: 02 555 01 23 ou 0470 12 34 56.',
  name: 'Écrivez ici seulement un nom, sur une ligne\u00a0: sans adresse web, adresse e-mail ni caractères cachés.',
  date: 'Indiquez une date, par exemple 15/03/2027.',
  amount: 'Indiquez un montant en euros, par exemple 1250.',
  consent: 'Cochez cette case pour que nous puissions utiliser vos données afin de vous aider.',
  'code-of-conduct': 'Lisez le code de conduite et cochez cette case\u00a0: nous ne mettons un bénévole en contact avec quelqu’un qu’une fois le code accepté.',
  'contact-missing': 'Indiquez un numéro de téléphone ou une adresse e-mail pour que nous puissions vous joindre.',
  'loneliness-unanswered': 'Répondez aussi à cette question, ou décochez la case ci-dessus pour passer ces questions.',
  'organisation-missing': 'Indiquez le nom de l’organisation.',
  'enterprise-number-invalid': 'Indiquez le numéro d’entreprise de l’organisation, par exemple 0123.456.749.',
  'municipality-missing': 'Choisissez au moins une commune, ou cochez « Partout à Bruxelles ».',
  'end-before-start': 'La date de fin est avant la date de début.',
  'budget-mismatch': 'Les lignes budgétaires totalisent {total:euro}, mais vous demandez {requested:euro}. Faites-les correspondre.',
  'over-maximum': 'Vous pouvez demander {max:euro} au maximum pour un projet.',
  'call-not-open': 'Cet appel à projets n’est pas ouvert pour le moment. Vous ne pouvez pas y déposer de projet maintenant.',
  'attachment-type': '{names}\u00a0: nous ne pouvons pas ouvrir ce fichier. Envoyez un PDF, un JPEG ou un PNG.',
  'attachment-too-big': '{names}\u00a0: c’est trop lourd. Un fichier peut faire {max} Mo au maximum.',
  'attachments-too-many': 'Envoyez {max} fichiers au maximum.',
  'photo-type': '{names}\u00a0: ce n’est pas une photo que nous pouvons ouvrir. Envoyez un JPEG ou un PNG.',
  'photo-too-big': '{names}\u00a0: cette photo est trop lourde. Une photo peut faire {max} Mo au maximum.',
  'photo-too-many': 'Envoyez une seule photo.',
  'body-too-large': 'C’est trop de texte pour un seul envoi. Raccourcissez un peu vos réponses et envoyez à nouveau.',
  'upload-too-large': 'Les pièces jointes sont trop lourdes. Envoyez au maximum {files} fichiers de {fileMb} Mo chacun au maximum ({totalMb} Mo en tout).',
  'rate-limited':
    'Nous venons de recevoir beaucoup de formulaires depuis cette adresse. Attendez {minutes} minutes, puis envoyez à nouveau. Vous pouvez aussi nous téléphoner.',
  unreadable: 'Nous n’avons pas pu lire ce qui a été envoyé. Remplissez à nouveau le formulaire et envoyez-le encore une fois.',
  'key-reused': 'Ce formulaire a déjà été envoyé avec d’autres réponses. Rien n’a été enregistré cette fois. Vérifiez vos réponses et envoyez à nouveau.',
  'not-stored': 'Nous n’avons pas pu enregistrer votre formulaire. Vérifiez vos réponses et envoyez à nouveau, ou appelez-nous.',
  'unknown-form': 'Ce formulaire n’existe pas. Choisissez un formulaire sur le site.',
  'other-site': 'Ce formulaire a été envoyé depuis un autre site. Remplissez-le sur notre propre site ou téléphonez-nous.',
};

const MESSAGES: Localized<Record<FieldProblem, string>> = { nl, fr, en };

/**
 * The messages of one locale, for `validateIntake`: the CMS takes the request's, a form page hands its
 * own to the island as props, so the browser never downloads the other two languages.
 */
export function fieldMessages(locale: Locale): FieldMessages {
  return { locale, texts: MESSAGES[locale] };
}

export function fieldMessage(problem: FieldProblem, locale: Locale, params: Record<string, number | string> = {}): string {
  return messageOf(fieldMessages(locale), problem, params);
}
