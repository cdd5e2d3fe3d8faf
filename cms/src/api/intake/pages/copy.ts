import type { Locale, Localized } from '@cb/domain';

/**
 * What the CMS's own pages around a form say (the form's title, labels and thank-you come from
 * the shared form copy in @cb/domain/intake). Plain words, "je" in Dutch, "vous" in French.
 * English is the reference: Dutch and French give every text it gives, no more (see `Localized` in @cb/domain).
 */
const en = {
  page: {
    siteName: 'Connecting Brussels',
    toHome: 'To the home page',
    whatNext: 'What happens next?',
    attemptIntro: 'Your form has not been sent yet. What you typed is still here. Please correct what is shown below and send again.',
    filesNotKept: 'We could not keep the files you added. Please add them again.',
    errorPrefix: 'Error',
    expiredTitle: 'This page is no longer available',
    expiredBody: 'To protect your details, we keep what you typed for 30 minutes only. Please fill in the form again.',
    toForm: 'To the form',
    notSentTitle: 'Your form was not sent',
    waitTitle: 'Please wait a moment',
    phoneUs: 'Not working? Feel free to phone us: we can help you on the phone too.',
  },
};

type PageTexts = typeof en;

const nl: PageTexts = {
  page: {
    siteName: 'Connecting Brussels',
    toHome: 'Naar de startpagina',
    whatNext: 'Wat gebeurt er nu?',
    attemptIntro: 'Je formulier is nog niet verstuurd. Wat je typte staat er nog. Verbeter wat hieronder staat en verstuur opnieuw.',
    filesNotKept: 'De bestanden die je toevoegde, konden we niet bewaren. Voeg ze opnieuw toe.',
    errorPrefix: 'Fout',
    expiredTitle: 'Deze pagina is niet meer beschikbaar',
    expiredBody: 'Om je gegevens te beschermen, bewaren we wat je typte maar 30 minuten. Vul het formulier opnieuw in.',
    toForm: 'Naar het formulier',
    notSentTitle: 'Je formulier is niet verstuurd',
    waitTitle: 'Even geduld',
    phoneUs: 'Lukt het niet? Bel ons gerust: we helpen je ook aan de telefoon.',
  },
};

const fr: PageTexts = {
  page: {
    siteName: 'Connecting Brussels',
    toHome: 'Vers la page d’accueil',
    whatNext: 'Et maintenant\u00a0?',
    attemptIntro:
      'Votre formulaire n’est pas encore envoyé. Ce que vous avez écrit est toujours là. Corrigez ce qui est indiqué ci-dessous et envoyez à nouveau.',
    filesNotKept: 'Nous n’avons pas pu garder les fichiers que vous aviez ajoutés. Ajoutez-les à nouveau.',
    errorPrefix: 'Erreur',
    expiredTitle: 'Cette page n’est plus disponible',
    expiredBody: 'Pour protéger vos données, nous ne gardons ce que vous avez écrit que 30 minutes. Remplissez à nouveau le formulaire.',
    toForm: 'Vers le formulaire',
    notSentTitle: 'Votre formulaire n’a pas été envoyé',
    waitTitle: 'Un instant, s’il vous plaît',
    phoneUs: 'Cela ne marche pas\u00a0? Appelez-nous\u00a0: nous vous aidons aussi par téléphone.',
  },
};

const PAGE_TEXTS: Localized<PageTexts> = { nl, fr, en };

export type PageText = keyof PageTexts['page'];

export function pageText(key: PageText, locale: Locale): string {
  return PAGE_TEXTS[locale].page[key];
}
