import { staffTexts } from './define';

/** The matches and referrals whose follow-up date has come. */
export const followUpTexts = staffTexts(
  {
    'follow-ups.title': 'Follow-ups',
    'follow-ups.subtitle': 'Matches and referrals to check on today, the oldest date first',
    'follow-ups.load-failed': 'The follow-ups could not be loaded',
    'follow-ups.empty': 'Nothing to follow up today.',
    'follow-ups.caption': 'Follow-ups due',
    'follow-ups.request': 'Request',
    'follow-ups.kind': 'Kind',
    'follow-ups.offer': 'Offer',
    'follow-ups.record': 'Record how it went for {reference}',
  },
  {
    nl: {
      'follow-ups.title': 'Opvolging',
      'follow-ups.subtitle': 'Koppelingen en doorverwijzingen om vandaag na te gaan, de oudste datum eerst',
      'follow-ups.load-failed': 'De opvolging kon niet worden geladen',
      'follow-ups.empty': 'Vandaag niets op te volgen.',
      'follow-ups.caption': 'Op te volgen',
      'follow-ups.request': 'Hulpvraag',
      'follow-ups.kind': 'Soort',
      'follow-ups.offer': 'Aanbod',
      'follow-ups.record': 'Noteer hoe het ging voor {reference}',
    },
    fr: {
      'follow-ups.title': 'Suivis',
      'follow-ups.subtitle': 'Mises en relation et orientations à vérifier aujourd’hui, la date la plus ancienne d’abord',
      'follow-ups.load-failed': 'Les suivis n’ont pas pu être chargés',
      'follow-ups.empty': 'Rien à suivre aujourd’hui.',
      'follow-ups.caption': 'Suivis à faire',
      'follow-ups.request': 'Demande',
      'follow-ups.kind': 'Type',
      'follow-ups.offer': 'Offre',
      'follow-ups.record': 'Noter comment cela s’est passé pour {reference}',
    },
  },
);
