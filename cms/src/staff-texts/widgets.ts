import { staffTexts } from './define';

/** The admin home page's widgets: the site build and the search check. */
export const widgetTexts = staffTexts(
  {
    'widgets.site-build.title': 'Site build',
    'widgets.search.title': 'Search index',
    'widgets.search.unreachable': 'The search check could not be read.',
    'widgets.search.reading': 'Reading the last search check…',
    'widgets.search.never': 'Search has not been checked yet.',
    'widgets.search.running': 'Search is being checked against the published content (since {when}).',
    'widgets.search.failed': 'The last search check ({when}) did not finish ({error}); it is tried again within the hour.',
    'widgets.search.unknown-error': 'unknown error',
    'widgets.search.ok': 'Search was last checked against the published content on {when}.',
    'widgets.search.index-clean': '{index}: {expected, number} public, nothing to mend',
    'widgets.search.index-mended': '{index}: {expected, number} public, {added} added, {updated} updated, {removed} removed',
    'widgets.search.index-failed': '{failed} not mended yet',
  },
  {
    nl: {
      'widgets.site-build.title': 'Build van de site',
      'widgets.search.title': 'Zoekindex',
      'widgets.search.unreachable': 'De controle van de zoekfunctie kon niet worden gelezen.',
      'widgets.search.reading': 'Laatste controle van de zoekfunctie lezen…',
      'widgets.search.never': 'De zoekfunctie is nog niet gecontroleerd.',
      'widgets.search.running': 'De zoekfunctie wordt vergeleken met de gepubliceerde inhoud (sinds {when}).',
      'widgets.search.failed': 'De laatste controle van de zoekfunctie ({when}) is niet afgerond ({error}); ze wordt binnen het uur opnieuw geprobeerd.',
      'widgets.search.unknown-error': 'onbekende fout',
      'widgets.search.ok': 'De zoekfunctie is het laatst vergeleken met de gepubliceerde inhoud op {when}.',
      'widgets.search.index-clean': '{index}: {expected, number} publiek, niets te herstellen',
      'widgets.search.index-mended': '{index}: {expected, number} publiek, {added} toegevoegd, {updated} bijgewerkt, {removed} verwijderd',
      'widgets.search.index-failed': '{failed} nog niet hersteld',
    },
    fr: {
      'widgets.site-build.title': 'Construction du site',
      'widgets.search.title': 'Index de recherche',
      'widgets.search.unreachable': 'La vérification de la recherche n’a pas pu être lue.',
      'widgets.search.reading': 'Lecture de la dernière vérification de la recherche…',
      'widgets.search.never': 'La recherche n’a pas encore été vérifiée.',
      'widgets.search.running': 'La recherche est en cours de comparaison avec le contenu publié (depuis le {when}).',
      'widgets.search.failed': 'La dernière vérification de la recherche ({when}) n’a pas abouti ({error})\u202f; elle sera relancée dans l’heure.',
      'widgets.search.unknown-error': 'erreur inconnue',
      'widgets.search.ok': 'La recherche a été comparée au contenu publié pour la dernière fois le {when}.',
      'widgets.search.index-clean': '{index}\u00a0: {expected, plural, one {# public} other {# publics}}, rien à corriger',
      'widgets.search.index-mended':
        '{index}\u00a0: {expected, plural, one {# public} other {# publics}}, {added} ajoutés, {updated} mis à jour, {removed} supprimés',
      'widgets.search.index-failed': '{failed} pas encore corrigés',
    },
  },
);
