import { staffTexts } from './define';

/** What the back office's API answers when it refuses a change, in the staff member's language. */
export const problemTexts = staffTexts(
  {
    'problem.fields': 'Some fields need another look',
    'problem.no-request': 'No such help request',
    'problem.no-offer': 'No such help offer',
    'problem.no-match': 'No such match',
    'problem.no-call': 'No such project call',
    'problem.no-proposal': 'No such proposal',
    'problem.request-closed': 'This help request is closed',
    'problem.one-referral-target': 'Refer to one initiative or one organisation',
    'problem.granted-amount': 'An amount above 0 and at most {maximum} euros',
    'problem.no-criteria': 'This call has no criteria to score',
    'problem.score-range': 'Score each criterion from 0 to {maximum}',
    'problem.score-once': 'Score each criterion once',
  },
  {
    nl: {
      'problem.fields': 'Sommige velden moet je nog eens bekijken',
      'problem.no-request': 'Deze hulpvraag bestaat niet',
      'problem.no-offer': 'Dit hulpaanbod bestaat niet',
      'problem.no-match': 'Deze koppeling bestaat niet',
      'problem.no-call': 'Deze projectoproep bestaat niet',
      'problem.no-proposal': 'Dit voorstel bestaat niet',
      'problem.request-closed': 'Deze hulpvraag is afgesloten',
      'problem.one-referral-target': 'Verwijs door naar één initiatief of één organisatie',
      'problem.granted-amount': 'Een bedrag boven 0 en hoogstens {maximum} euro',
      'problem.no-criteria': 'Deze oproep heeft geen criteria om te scoren',
      'problem.score-range': 'Geef elk criterium een score van 0 tot {maximum}',
      'problem.score-once': 'Geef elk criterium één score',
    },
    fr: {
      'problem.fields': 'Certains champs sont à revoir',
      'problem.no-request': 'Cette demande d’aide n’existe pas',
      'problem.no-offer': 'Cette offre d’aide n’existe pas',
      'problem.no-match': 'Cette mise en relation n’existe pas',
      'problem.no-call': 'Cet appel à projets n’existe pas',
      'problem.no-proposal': 'Cette proposition n’existe pas',
      'problem.request-closed': 'Cette demande d’aide est clôturée',
      'problem.one-referral-target': 'Orientez vers une seule initiative ou une seule organisation',
      'problem.granted-amount': 'Un montant supérieur à 0 et d’au plus {maximum} euros',
      'problem.no-criteria': 'Cet appel n’a pas de critères à noter',
      'problem.score-range': 'Notez chaque critère de 0 à {maximum}',
      'problem.score-once': 'Notez chaque critère une seule fois',
    },
  },
);
