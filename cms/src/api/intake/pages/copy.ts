import type { Locale, Localized } from '@cb/domain';
import type { IntakeForm } from '@cb/domain/intake';

/**
 * What the CMS's own pages around a form say (the form's labels and thank-you come from the
 * shared form copy in @cb/domain/intake). Plain words, "je" in Dutch, "vous" in French.
 */
const PAGE_TEXTS = {
  siteName: { nl: 'Connecting Brussels', fr: 'Connecting Brussels', en: 'Connecting Brussels' },
  toHome: { nl: 'Naar de startpagina', fr: 'Vers la page d’accueil', en: 'To the home page' },
  whatNext: { nl: 'Wat gebeurt er nu?', fr: 'Et maintenant ?', en: 'What happens next?' },
  attemptIntro: {
    nl: 'Je formulier is nog niet verstuurd. Wat je typte staat er nog. Verbeter wat hieronder staat en verstuur opnieuw.',
    fr: 'Votre formulaire n’est pas encore envoyé. Ce que vous avez écrit est toujours là. Corrigez ce qui est indiqué ci-dessous et envoyez à nouveau.',
    en: 'Your form has not been sent yet. What you typed is still here. Please correct what is shown below and send again.',
  },
  filesNotKept: {
    nl: 'De bestanden die je toevoegde, konden we niet bewaren. Voeg ze opnieuw toe.',
    fr: 'Nous n’avons pas pu garder les fichiers que vous aviez ajoutés. Ajoutez-les à nouveau.',
    en: 'We could not keep the files you added. Please add them again.',
  },
  errorPrefix: { nl: 'Fout', fr: 'Erreur', en: 'Error' },
  expiredTitle: { nl: 'Deze pagina is niet meer beschikbaar', fr: 'Cette page n’est plus disponible', en: 'This page is no longer available' },
  expiredBody: {
    nl: 'Om je gegevens te beschermen, bewaren we wat je typte maar 30 minuten. Vul het formulier opnieuw in.',
    fr: 'Pour protéger vos données, nous ne gardons ce que vous avez écrit que 30 minutes. Remplissez à nouveau le formulaire.',
    en: 'To protect your details, we keep what you typed for 30 minutes only. Please fill in the form again.',
  },
  toForm: { nl: 'Naar het formulier', fr: 'Vers le formulaire', en: 'To the form' },
  notSentTitle: { nl: 'Je formulier is niet verstuurd', fr: 'Votre formulaire n’a pas été envoyé', en: 'Your form was not sent' },
  waitTitle: { nl: 'Even geduld', fr: 'Un instant, s’il vous plaît', en: 'Please wait a moment' },
  phoneUs: {
    nl: 'Lukt het niet? Bel ons gerust: we helpen je ook aan de telefoon.',
    fr: 'Cela ne marche pas ? Appelez-nous : nous vous aidons aussi par téléphone.',
    en: 'Not working? Feel free to phone us: we can help you on the phone too.',
  },
} satisfies Record<string, Localized>;

export type PageText = keyof typeof PAGE_TEXTS;

export function pageText(key: PageText, locale: Locale): string {
  return PAGE_TEXTS[key][locale];
}

const FORM_TITLES: Record<IntakeForm, Localized> = {
  'help-request': { nl: 'Hulp vragen', fr: 'Demander de l’aide', en: 'Ask for help' },
  'help-offer': { nl: 'Hulp aanbieden', fr: 'Proposer de l’aide', en: 'Offer help' },
  'story-submission': { nl: 'Deel je verhaal', fr: 'Partager une histoire', en: 'Share your story' },
  'project-proposal': { nl: 'Project indienen', fr: 'Déposer un projet', en: 'Apply to the project call' },
};

export function formTitle(form: IntakeForm, locale: Locale): string {
  return FORM_TITLES[form][locale];
}
