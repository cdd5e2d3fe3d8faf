import { staffTexts } from './define';

/** The admin's home page for back-office staff: their queue at a glance, and the way into the back office. */
export const backOfficeHomeTexts = staffTexts(
  {
    'home.title': 'Your queue',
    'home.loading': 'Reading the queue…',
    'home.unreadable': 'The queue could not be read.',
    'home.open': '{count, plural, =0 {No open requests} one {# open request} other {# open requests}}',
    'home.new': '{count, plural, =0 {none new} one {# new, not yet picked up} other {# new, not yet picked up}}',
    'home.urgent':
      '{count, plural, =0 {Nothing urgent at the head of the queue.} one {# urgent at the head of the queue.} other {# urgent at the head of the queue.}}',
    'home.first': 'Next in the queue',
    'home.row': '{reference} · {name}',
    'home.openQueue': 'Open the queue',
  },
  {
    nl: {
      'home.title': 'Jouw wachtrij',
      'home.loading': 'Wachtrij lezen…',
      'home.unreadable': 'De wachtrij kon niet worden gelezen.',
      'home.open': '{count, plural, =0 {Geen openstaande vragen} one {# openstaande vraag} other {# openstaande vragen}}',
      'home.new': '{count, plural, =0 {geen nieuwe} one {# nieuw, nog niet opgenomen} other {# nieuw, nog niet opgenomen}}',
      'home.urgent':
        '{count, plural, =0 {Niets dringends bovenaan de wachtrij.} one {# dringend bovenaan de wachtrij.} other {# dringend bovenaan de wachtrij.}}',
      'home.first': 'Volgende in de wachtrij',
      'home.row': '{reference} · {name}',
      'home.openQueue': 'Wachtrij openen',
    },
    fr: {
      'home.title': 'Votre file d’attente',
      'home.loading': 'Lecture de la file d’attente…',
      'home.unreadable': 'La file d’attente n’a pas pu être lue.',
      'home.open': '{count, plural, =0 {Aucune demande ouverte} one {# demande ouverte} other {# demandes ouvertes}}',
      'home.new': '{count, plural, =0 {aucune nouvelle} one {# nouvelle, pas encore prise en charge} other {# nouvelles, pas encore prises en charge}}',
      'home.urgent': '{count, plural, =0 {Rien d’urgent en tête de la file.} one {# urgente en tête de la file.} other {# urgentes en tête de la file.}}',
      'home.first': 'Prochaines dans la file',
      'home.row': '{reference} · {name}',
      'home.openQueue': 'Ouvrir la file d’attente',
    },
  },
);
