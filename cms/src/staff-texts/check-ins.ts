import { staffTexts } from './define';

/** Check-ins after a match and concerns: their lines on the timeline, and recording a concern from a phone call. */
export const checkInTexts = staffTexts(
  {
    'case.kind.check-in-going-well':
      'Check-in answered by {person, select, requester {the person asking} volunteer {the volunteer} other {a person}}: it’s going well',
    'case.kind.check-in-not-met-yet':
      'Check-in answered by {person, select, requester {the person asking} volunteer {the volunteer} other {a person}}: they haven’t met yet',
    'case.kind.check-in-not-working':
      'Check-in answered by {person, select, requester {the person asking} volunteer {the volunteer} other {a person}}: it’s not working',
    'case.kind.check-in-call-me':
      'Check-in answered by {person, select, requester {the person asking} volunteer {the volunteer} other {a person}}: please call me',
    'case.kind.check-in-unanswered':
      'Check-in not answered by {person, select, requester {the person asking} volunteer {the volunteer} other {a person}}: on the follow-up list',
    'case.kind.concern': 'Concern reported by {person, select, requester {the person asking} volunteer {the volunteer} other {a person}}',
    'case.kind.concern-call-me':
      'Concern reported by {person, select, requester {the person asking} volunteer {the volunteer} other {a person}}, who asks to be called',
    'case.kind.match-paused': 'Match paused',
    'case.kind.match-resumed': 'Match resumed',
    'concern.title': 'Concern from a phone call',
    'concern.hint': 'Only staff read it: it is never shown to the other person. The request goes to the top of the urgent queue.',
    'concern.person': 'Who raised it',
    'concern.person.requester': 'The person asking for help',
    'concern.person.volunteer': 'The volunteer',
    'concern.text': 'What they said',
    'concern.callMe': 'They ask to be called back',
    'concern.pauseMatch': 'Pause the match now',
    'concern.record': 'Record concern',
    'concern.notSaved': 'The concern was not recorded',
    'concern.paused': 'This match is paused: no check-in mails are sent.',
    'concern.pause': 'Pause match',
    'concern.resume': 'Resume match',
  },
  {
    nl: {
      'case.kind.check-in-going-well':
        'Opvolgvraag beantwoord door {person, select, requester {de hulpvrager} volunteer {de vrijwilliger} other {een persoon}}: het gaat goed',
      'case.kind.check-in-not-met-yet':
        'Opvolgvraag beantwoord door {person, select, requester {de hulpvrager} volunteer {de vrijwilliger} other {een persoon}}: ze hebben elkaar nog niet ontmoet',
      'case.kind.check-in-not-working':
        'Opvolgvraag beantwoord door {person, select, requester {de hulpvrager} volunteer {de vrijwilliger} other {een persoon}}: het lukt niet',
      'case.kind.check-in-call-me':
        'Opvolgvraag beantwoord door {person, select, requester {de hulpvrager} volunteer {de vrijwilliger} other {een persoon}}: bel me alstublieft',
      'case.kind.check-in-unanswered':
        'Opvolgvraag niet beantwoord door {person, select, requester {de hulpvrager} volunteer {de vrijwilliger} other {een persoon}}: op de opvolglijst gezet',
      'case.kind.concern': 'Bezorgdheid gemeld door {person, select, requester {de hulpvrager} volunteer {de vrijwilliger} other {een persoon}}',
      'case.kind.concern-call-me':
        'Bezorgdheid gemeld door {person, select, requester {de hulpvrager} volunteer {de vrijwilliger} other {een persoon}}, die teruggebeld wil worden',
      'case.kind.match-paused': 'Koppeling gepauzeerd',
      'case.kind.match-resumed': 'Koppeling hervat',
      'concern.title': 'Bezorgdheid uit een telefoongesprek',
      'concern.hint': 'Alleen medewerkers lezen dit: de andere persoon ziet het nooit. De hulpvraag komt bovenaan de dringende lijst.',
      'concern.person': 'Wie meldt het',
      'concern.person.requester': 'De hulpvrager',
      'concern.person.volunteer': 'De vrijwilliger',
      'concern.text': 'Wat werd er gezegd',
      'concern.callMe': 'Wil teruggebeld worden',
      'concern.pauseMatch': 'Koppeling nu pauzeren',
      'concern.record': 'Bezorgdheid vastleggen',
      'concern.notSaved': 'De bezorgdheid is niet vastgelegd',
      'concern.paused': 'Deze koppeling is gepauzeerd: er gaan geen opvolgmails uit.',
      'concern.pause': 'Koppeling pauzeren',
      'concern.resume': 'Koppeling hervatten',
    },
    fr: {
      'case.kind.check-in-going-well':
        'Suivi répondu par {person, select, requester {la personne demandeuse} volunteer {le ou la bénévole} other {une personne}}\u00a0: tout se passe bien',
      'case.kind.check-in-not-met-yet':
        'Suivi répondu par {person, select, requester {la personne demandeuse} volunteer {le ou la bénévole} other {une personne}}\u00a0: pas encore rencontrés',
      'case.kind.check-in-not-working':
        'Suivi répondu par {person, select, requester {la personne demandeuse} volunteer {le ou la bénévole} other {une personne}}\u00a0: cela ne fonctionne pas',
      'case.kind.check-in-call-me':
        'Suivi répondu par {person, select, requester {la personne demandeuse} volunteer {le ou la bénévole} other {une personne}}\u00a0: appelez-moi',
      'case.kind.check-in-unanswered':
        'Suivi sans réponse de {person, select, requester {la personne demandeuse} volunteer {le ou la bénévole} other {une personne}}\u00a0: mis sur la liste de suivi',
      'case.kind.concern': 'Inquiétude signalée par {person, select, requester {la personne demandeuse} volunteer {le ou la bénévole} other {une personne}}',
      'case.kind.concern-call-me':
        'Inquiétude signalée par {person, select, requester {la personne demandeuse} volunteer {le ou la bénévole} other {une personne}}, qui demande à être rappelé·e',
      'case.kind.match-paused': 'Mise en relation en pause',
      'case.kind.match-resumed': 'Mise en relation reprise',
      'concern.title': 'Inquiétude signalée par téléphone',
      'concern.hint': 'Seule l’équipe la lit\u00a0: l’autre personne ne la voit jamais. La demande passe en tête de la file urgente.',
      'concern.person': 'Qui la signale',
      'concern.person.requester': 'La personne qui demande de l’aide',
      'concern.person.volunteer': 'Le ou la bénévole',
      'concern.text': 'Ce qui a été dit',
      'concern.callMe': 'Demande à être rappelé·e',
      'concern.pauseMatch': 'Mettre la mise en relation en pause maintenant',
      'concern.record': 'Enregistrer l’inquiétude',
      'concern.notSaved': 'L’inquiétude n’a pas été enregistrée',
      'concern.paused': 'Cette mise en relation est en pause\u00a0: aucun e-mail de suivi n’est envoyé.',
      'concern.pause': 'Mettre en pause',
      'concern.resume': 'Reprendre',
    },
  },
);
