import { staffTexts } from './define';

/** What the back office's API answers when it refuses a change, in the staff member's language. */
export const problemTexts = staffTexts(
  {
    'problem.fields': 'Some fields need another look',
    'problem.no-request': 'No such help request',
    'problem.no-offer': 'No such help offer',
    'problem.no-match': 'No such match',
    'problem.request-closed': 'This help request is closed',
    'problem.one-referral-target': 'Refer to one initiative or one organisation',
  },
  {
    nl: {
      'problem.fields': 'Sommige velden moet je nog eens bekijken',
      'problem.no-request': 'Deze hulpvraag bestaat niet',
      'problem.no-offer': 'Dit hulpaanbod bestaat niet',
      'problem.no-match': 'Deze koppeling bestaat niet',
      'problem.request-closed': 'Deze hulpvraag is afgesloten',
      'problem.one-referral-target': 'Verwijs door naar één initiatief of één organisatie',
    },
    fr: {
      'problem.fields': 'Certains champs sont à revoir',
      'problem.no-request': 'Cette demande d’aide n’existe pas',
      'problem.no-offer': 'Cette offre d’aide n’existe pas',
      'problem.no-match': 'Cette mise en relation n’existe pas',
      'problem.request-closed': 'Cette demande d’aide est clôturée',
      'problem.one-referral-target': 'Orientez vers une seule initiative ou une seule organisation',
    },
  },
);
