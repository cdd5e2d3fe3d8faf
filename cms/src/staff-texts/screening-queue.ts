import { staffTexts } from './define';

/** The offers waiting for screening: never screened, or screened too long ago (and the home page's count of them). */
export const screeningQueueTexts = staffTexts(
  {
    'screening-queue.title': 'To screen',
    'screening-queue.subtitle': 'Volunteers to screen before any match, the longest waiting first',
    'screening-queue.counts':
      '{toScreen, plural, one {# never screened} other {# never screened}}, {expired, plural, one {# to screen again} other {# to screen again}}',
    'screening-queue.load-failed': 'The offers to screen could not be loaded',
    'screening-queue.empty': 'No offer waits for screening.',
    'screening-queue.caption': 'Offers to screen',
    'screening-queue.state.to-screen': 'Never screened',
    'screening-queue.state.expired': 'Screening out of date',
    'home.toScreen': '{count, plural, =0 {No volunteer to screen.} one {# volunteer to screen.} other {# volunteers to screen.}}',
    'home.openScreening': 'Open the volunteers to screen',
  },
  {
    nl: {
      'screening-queue.title': 'Te screenen',
      'screening-queue.subtitle': 'Vrijwilligers om te screenen vóór elke koppeling, wie het langst wacht eerst',
      'screening-queue.counts':
        '{toScreen, plural, one {# nooit gescreend} other {# nooit gescreend}}, {expired, plural, one {# opnieuw te screenen} other {# opnieuw te screenen}}',
      'screening-queue.load-failed': 'Het te screenen aanbod kon niet worden geladen',
      'screening-queue.empty': 'Geen aanbod wacht op een screening.',
      'screening-queue.caption': 'Te screenen aanbod',
      'screening-queue.state.to-screen': 'Nooit gescreend',
      'screening-queue.state.expired': 'Screening verlopen',
      'home.toScreen': '{count, plural, =0 {Geen vrijwilligers te screenen.} one {# vrijwilliger te screenen.} other {# vrijwilligers te screenen.}}',
      'home.openScreening': 'De te screenen vrijwilligers openen',
    },
    fr: {
      'screening-queue.title': 'À sélectionner',
      'screening-queue.subtitle': 'Bénévoles à sélectionner avant toute mise en relation, la plus longue attente d’abord',
      'screening-queue.counts':
        '{toScreen, plural, one {# jamais sélectionnée} other {# jamais sélectionnées}}, {expired, plural, one {# à sélectionner de nouveau} other {# à sélectionner de nouveau}}',
      'screening-queue.load-failed': 'Les offres à sélectionner n’ont pas pu être chargées',
      'screening-queue.empty': 'Aucune offre n’attend de sélection.',
      'screening-queue.caption': 'Offres à sélectionner',
      'screening-queue.state.to-screen': 'Jamais sélectionnée',
      'screening-queue.state.expired': 'Sélection périmée',
      'home.toScreen': '{count, plural, =0 {Aucun·e bénévole à sélectionner.} one {# bénévole à sélectionner.} other {# bénévoles à sélectionner.}}',
      'home.openScreening': 'Ouvrir les bénévoles à sélectionner',
    },
  },
);
