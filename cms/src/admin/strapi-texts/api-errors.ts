import { BODY_REFUSALS } from '../../middlewares/body-errors';

/**
 * The messages of the errors the CMS answers the admin with, where no field says more: the admin
 * looks each up as `apiError.<message>` (Strapi's normalizeAPIError) and shows the English message
 * when the staff member's language has none. Strapi's own defaults (@strapi/utils errors) and the
 * CMS's answers to a body it cannot read.
 */
const API_ERRORS: Readonly<Record<string, { nl: string; fr: string }>> = {
  'Policy Failed': {
    nl: 'U hebt geen toestemming voor deze handeling.',
    fr: 'Vous n’avez pas l’autorisation d’effectuer cette action.',
  },
  'Forbidden access': { nl: 'U hebt geen toegang tot deze gegevens.', fr: 'Vous n’avez pas accès à ces données.' },
  Forbidden: { nl: 'U hebt geen toegang tot deze gegevens.', fr: 'Vous n’avez pas accès à ces données.' },
  Unauthorized: { nl: 'Uw sessie is verlopen: meld u opnieuw aan.', fr: 'Votre session a expiré : reconnectez-vous.' },
  'Entity not found': { nl: 'Dit bestaat niet (meer).', fr: 'Ceci n’existe pas (ou plus).' },
  'Not Found': { nl: 'Dit bestaat niet (meer).', fr: 'Ceci n’existe pas (ou plus).' },
  'Entity too large': { nl: 'Dit is te groot.', fr: 'C’est trop volumineux.' },
  'An application error occurred': {
    nl: 'Er ging iets mis. Probeer het opnieuw; blijft het misgaan, meld het dan.',
    fr: 'Une erreur s’est produite. Réessayez ; si elle persiste, signalez-la.',
  },
  'Too many requests, please try again later.': {
    nl: 'Te veel pogingen: probeer het over enkele minuten opnieuw.',
    fr: 'Trop de tentatives : réessayez dans quelques minutes.',
  },
  [BODY_REFUSALS[400].message]: {
    nl: 'Wat u verstuurde, kon niet worden gelezen. Laad de pagina opnieuw en probeer het nog eens.',
    fr: 'Ce que vous avez envoyé n’a pas pu être lu. Rechargez la page et réessayez.',
  },
  [BODY_REFUSALS[413].message]: {
    nl: 'Wat u verstuurde, is te groot.',
    fr: 'Ce que vous avez envoyé est trop volumineux.',
  },
  [BODY_REFUSALS[415].message]: {
    nl: 'Wat u verstuurde, heeft een vorm die de server niet aanneemt.',
    fr: 'Ce que vous avez envoyé a une forme que le serveur n’accepte pas.',
  },
};

/** The admin's message ids for these errors, in `locale`. */
export function apiErrorTexts(locale: 'nl' | 'fr'): Record<string, string> {
  return Object.fromEntries(Object.entries(API_ERRORS).map(([message, words]) => [`apiError.${message}`, words[locale]]));
}
