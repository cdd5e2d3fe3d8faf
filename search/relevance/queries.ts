import type { Locale } from '@cb/domain';

/**
 * The judged query set: what people type into the site's search box, in each language, with the
 * seed documents (by their stable seed key, see cms/src/seed/content) that a good answer shows in
 * its first 10 results. Judged by reading the seed: a document is relevant when someone typing
 * the query would want to find it, not because it happens to contain the words.
 *
 * Most needs are asked in all three languages (same documents expected), so the languages are
 * compared on equal terms; each phrasing is typed the way people type: lower case, typos, no
 * accents, plural or singular, Brussels words, a municipality in the other language.
 */
export interface JudgedQuery {
  query: string;
  relevant: readonly string[];
}

interface Need {
  relevant: readonly string[];
  nl: readonly string[];
  fr: readonly string[];
  en: readonly string[];
}

const GROCERY_HELP = ['boodschappen-anderlecht', 'boodschappendienst-evere', 'boodschappenbusje-ukkel', 'samen-naar-de-markt-jette', 'buur-op-afroep-vorst'];
const LONELINESS = ['telefoonketen', 'avondbabbel', 'zondagslunch-koekelberg', 'kaartjes-feestdagen', 'vaste-bezoeker-evere'];
const WALKS = ['wandelbuddy-jette', 'taalwandelingen', 'vrouwenwandeling-kanaal', 'wandelclub-trage-stappers', 'jette-walking-buddy'];
const SHARED_MEALS = ['soepavond-vorst', 'zondagslunch-koekelberg', 'samen-koken-kuregem', 'ontmoetingsrestaurant-ukkel', 'oogstmaaltijd-bosvoorde'];
const SMARTPHONE_HELP = ['digitale-hulp-bib-sint-gillis', 'smartphonecafe-etterbeek', 'digihulplijn', 'molenbeek-digital-help-library'];
const PAPERWORK = ['papierhulp-arabisch-turks', 'papierhulp-molenbeek', 'infopunt-formulieren-sint-gillis', 'forest-paperwork-help'];
const CARE_HOMES = ['brieven-woonzorgcentra-schaarbeek', 'bezoek-bewoner-woonzorgcentrum', 'pennenvriend-bewoner', 'zilverdraad', 'schaerbeek-student-letters'];
const GOING_ALONG = ['begeleiding-medische-afspraken-ukkel', 'buur-op-afroep-vorst', 'ganshoren-hospital-appointments'];

/** Everything placed in a municipality (an initiative's municipalities, an organisation's or a story's). */
const IN = {
  jette: ['wandelbuddy-jette', 'koffietafel-jette', 'samen-naar-de-markt-jette', 'laarbeek-seniors', 'jette-walking-buddy'],
  saintJosse: ['telefoonketen', 'papierhulp-arabisch-turks', 'taalwandelingen', 'open-deur'],
  ixelles: [
    'huiswerkhulp-telefoon',
    'studentenbuddy-elsene',
    'smartphonecafe-etterbeek',
    'gezelschapsspellen-studenten',
    'kaartjes-feestdagen',
    'campus-hart',
    'ixelles-language-walk',
  ],
  uccle: [
    'begeleiding-medische-afspraken-ukkel',
    'ontmoetingsrestaurant-ukkel',
    'wandelclub-trage-stappers',
    'boodschappenbusje-ukkel',
    'oogstmaaltijd-bosvoorde',
    'de-zonnewijzer',
    'uccle-phone-chat-volunteer',
  ],
  forest: [
    'soepavond-vorst',
    'infopunt-formulieren-sint-gillis',
    'boeken-aan-huis',
    'ontmoetingsrestaurant-ukkel',
    'buur-op-afroep-vorst',
    'burenhulp-zuidkant',
    'forest-paperwork-help',
  ],
  molenbeek: ['avondbabbel', 'breicafe-molenbeek', 'papierhulp-molenbeek', 'vrouwenwandeling-kanaal', 'de-molenwiek', 'molenbeek-digital-help-library'],
  saintGilles: [
    'digitale-hulp-bib-sint-gillis',
    'infopunt-formulieren-sint-gillis',
    'boeken-aan-huis',
    'buur-op-afroep-vorst',
    'het-open-boek',
    'saint-gilles-sunday-lunch',
  ],
  boitsfort: ['moestuin-bosvoorde', 'boodschappenbusje-ukkel', 'oogstmaaltijd-bosvoorde', 'tuinkring-zonienrand', 'watermael-boitsfort-bike-rides'],
  berchem: ['zondagslunch-koekelberg', 'babbelbank-elisabethpark'],
};

const NEEDS: readonly Need[] = [
  // Groceries and errands
  { relevant: [...GROCERY_HELP, 'solidaire-kruidenier-kuregem'], nl: ['boodschappen'], fr: ['courses'], en: ['groceries'] },
  { relevant: GROCERY_HELP, nl: ['boodschapen', 'hulp bij boodschappen'], fr: ['cources', 'aide pour les courses'], en: ['grocerys', 'help with shopping'] },
  { relevant: GROCERY_HELP, nl: ['winkelen'], fr: ['commissions'], en: ['errands'] },
  { relevant: GROCERY_HELP.slice(0, 4), nl: ['boodschappen voor mijn moeder'], fr: ['courses pour ma mere'], en: ['shopping for my mother'] },
  { relevant: ['boodschappen-anderlecht', 'boodschappendienst-evere'], nl: ['boodschappen aan huis'], fr: ['courses a domicile'], en: ['groceries delivered'] },
  { relevant: ['samen-naar-de-markt-jette'], nl: ['naar de markt'], fr: ['marche du dimanche'], en: ['market'] },
  { relevant: ['solidaire-kruidenier-kuregem', 'de-volle-mand'], nl: ['sociale kruidenier'], fr: ['epicerie sociale'], en: ['cheap groceries'] },
  { relevant: ['solidaire-kruidenier-kuregem', 'samen-koken-kuregem'], nl: ['Kuregem', 'Cureghem'], fr: ['Cureghem', 'Kuregem'], en: ['Cureghem'] },
  // Loneliness and a chat
  { relevant: LONELINESS, nl: ['eenzaam', 'eenzaamheid'], fr: ['solitude', 'isolement'], en: ['lonely', 'loneliness'] },
  { relevant: LONELINESS, nl: ['ik voel me alleen'], fr: ['je me sens seule'], en: ['i feel alone'] },
  { relevant: ['telefoonketen', 'zondagslunch-koekelberg', 'kaartjes-feestdagen'], nl: ['alleenstaande'], fr: ['personne seule'], en: ['living alone'] },
  { relevant: ['telefoonketen', 'avondbabbel'], nl: ['telefoon babbel'], fr: ['coup de fil'], en: ['phone call'] },
  { relevant: ['telefoonketen', 'avondbabbel', 'vaste-bezoeker-evere', 'babbelbank-elisabethpark'], nl: ['praatje'], fr: ['papoter'], en: ['a chat'] },
  {
    relevant: ['vaste-bezoeker-evere', 'telefoonketen', 'bezoek-bewoner-woonzorgcentrum', 'duo-jong-en-oud'],
    nl: ['gezelschap voor mijn moeder'],
    fr: ['compagnie pour ma maman'],
    en: ['company for my mum'],
  },
  {
    relevant: ['vaste-bezoeker-evere', 'bezoek-bewoner-woonzorgcentrum', 'duo-jong-en-oud'],
    nl: ['bezoek aan huis'],
    fr: ['visite a domicile'],
    en: ['home visits'],
  },
  // Walking
  { relevant: WALKS, nl: ['wandelen', 'wandelingen'], fr: ['promenade', 'ballade'], en: ['walking', 'walks'] },
  { relevant: ['wandelbuddy-jette', 'jette-walking-buddy'], nl: ['wandelen in jette'], fr: ['promenade a Jette'], en: ['walk in jette'] },
  { relevant: ['vrouwenwandeling-kanaal'], nl: ['wandeling voor vrouwen'], fr: ['balade femmes'], en: ['women walking'] },
  // Meals
  { relevant: SHARED_MEALS, nl: ['samen eten', 'warme maaltijd'], fr: ['manger ensemble', 'repas chaud'], en: ['eating together', 'hot meal'] },
  { relevant: ['zondagslunch-koekelberg', 'saint-gilles-sunday-lunch'], nl: ['zondagslunch'], fr: ['diner du dimanche'], en: ['sunday lunch'] },
  { relevant: ['soepavond-vorst', 'burenhulp-zuidkant'], nl: ['soep'], fr: ['soupe'], en: ['soup'] },
  // Digital help
  {
    relevant: SMARTPHONE_HELP,
    nl: ['hulp met mijn smartphone', 'gsm hulp'],
    fr: ['aide smartphone', 'aide gsm'],
    en: ['smartphone help', 'help with my mobile phone'],
  },
  { relevant: ['laptops-voor-gezinnen'], nl: ['computerles'], fr: ["cours d'ordinateur"], en: ['computer lessons'] },
  { relevant: ['digihulplijn', 'klikklaar'], nl: ['online bankieren'], fr: ['banque en ligne'], en: ['online banking'] },
  { relevant: ['digihulplijn'], nl: ['itsme'], fr: ['itsme'], en: ['itsme'] },
  // Paperwork
  { relevant: [...PAPERWORK, 'digihulplijn'], nl: ['papierwerk', 'papieren'], fr: ['papiers', 'demarches administratives'], en: ['paperwork', 'paper work'] },
  { relevant: PAPERWORK.slice(0, 3), nl: ['formulier invullen'], fr: ['remplir un formulaire'], en: ['fill in a form'] },
  { relevant: ['papierhulp-arabisch-turks', 'papierhulp-molenbeek'], nl: ['brief in het arabisch'], fr: ['courrier en arabe'], en: ['letter in arabic'] },
  { relevant: ['forest-paperwork-help', 'digihulplijn'], nl: ['belastingen'], fr: ['impots'], en: ['tax'] },
  // Going along to appointments
  { relevant: GOING_ALONG, nl: ['mee naar de dokter'], fr: ['accompagnement chez le medecin'], en: ['go to the doctor with me'] },
  {
    relevant: ['begeleiding-medische-afspraken-ukkel', 'ganshoren-hospital-appointments'],
    nl: ['ziekenhuis', 'kinesist'],
    fr: ['hopital', 'kine'],
    en: ['hospital', 'physio'],
  },
  // Care homes and letters
  { relevant: CARE_HOMES, nl: ['woonzorgcentrum', 'rusthuis'], fr: ['maison de repos', 'home pour personnes agees'], en: ['care home', 'nursing home'] },
  {
    relevant: ['bezoek-bewoner-woonzorgcentrum'],
    nl: ['bezoek voor mijn moeder in het rusthuis'],
    fr: ['visite pour ma mere en maison de repos'],
    en: ['visits for my mother in a care home'],
  },
  {
    relevant: ['brieven-woonzorgcentra-schaarbeek', 'pennenvriend-bewoner', 'kaartjes-feestdagen', 'schaerbeek-student-letters'],
    nl: ['brieven schrijven'],
    fr: ['ecrire des lettres'],
    en: ['writing letters'],
  },
  { relevant: ['pennenvriend-bewoner'], nl: ['penvriend'], fr: ['correspondant'], en: ['pen pal'] },
  { relevant: ['kaartjes-feestdagen'], nl: ['kerstkaartjes'], fr: ['cartes de noel'], en: ['christmas cards'] },
  // Doing things together
  { relevant: ['breicafe-molenbeek', 'etterbeek-knitting-cafe'], nl: ['breien'], fr: ['tricot'], en: ['knitting'] },
  {
    relevant: ['moestuin-bosvoorde', 'oogstmaaltijd-bosvoorde', 'tuinkring-zonienrand', 'evere-community-garden'],
    nl: ['moestuin', 'tuinieren'],
    fr: ['potager', 'jardinage'],
    en: ['vegetable garden', 'gardening'],
  },
  { relevant: ['fietsles-volwassenen', 'trappers-van-hart'], nl: ['leren fietsen'], fr: ['apprendre le velo'], en: ['learn to cycle'] },
  { relevant: ['fietstaxi-woluwe', 'trappers-van-hart', 'watermael-boitsfort-bike-rides'], nl: ['riksja'], fr: ['triporteur'], en: ['rickshaw'] },
  { relevant: ['huiswerkhulp-telefoon'], nl: ['huiswerkbegeleiding'], fr: ['aide aux devoirs'], en: ['homework help'] },
  { relevant: ['gezelschapsspellen-studenten'], nl: ['gezelschapsspelletjes'], fr: ['jeux de societe'], en: ['board games'] },
  { relevant: ['voorleesdienst-woluwe', 'koekelberg-reading-aloud'], nl: ['voorlezen'], fr: ['lecture a voix haute'], en: ['reading aloud'] },
  {
    relevant: ['taalwandelingen', 'ixelles-language-walk'],
    nl: ['taalwandeling', 'frans oefenen'],
    fr: ['balade linguistique', 'pratiquer le neerlandais'],
    en: ['language walk', 'practise dutch'],
  },
  { relevant: ['studentenbuddy-elsene'], nl: ['buddy voor nieuwe studenten'], fr: ['parrainage etudiants'], en: ['student buddy'] },
  // Places: near, in both languages, without accents, by postcode
  { relevant: IN.jette, nl: ['bij jette'], fr: ['pres de jette'], en: ['near jette'] },
  { relevant: IN.saintJosse, nl: ['Sint-Joost', 'saint josse'], fr: ['Saint-Josse', 'sint joost'], en: ['Saint-Josse', 'sint-joost'] },
  { relevant: IN.ixelles, nl: ['Elsene', 'ixelles'], fr: ['Ixelles', 'elsene'], en: ['Ixelles', 'elsene'] },
  { relevant: IN.uccle, nl: ['Ukkel', 'uccle', '1180'], fr: ['Uccle', 'ukkel', '1180'], en: ['Uccle', 'ukkel', '1180'] },
  { relevant: IN.forest, nl: ['in Vorst'], fr: ['a Forest'], en: ['in vorst'] },
  { relevant: IN.molenbeek, nl: ['molenbeek'], fr: ['molenbeek st jean'], en: ['molenbeek'] },
  { relevant: IN.saintGilles, nl: ['sint gillis'], fr: ['st gilles'], en: ['saint gilles'] },
  { relevant: IN.boitsfort, nl: ['bosvoorde'], fr: ['boitsfort'], en: ['watermael'] },
  { relevant: IN.berchem, nl: ['berchem'], fr: ['berchem ste agathe'], en: ['berchem'] },
];

/** The judged queries of each locale, in the order of `NEEDS`. */
export const JUDGED_QUERIES: Record<Locale, readonly JudgedQuery[]> = {
  nl: judged('nl'),
  fr: judged('fr'),
  en: judged('en'),
};

function judged(locale: Locale): JudgedQuery[] {
  return NEEDS.flatMap((need) => need[locale].map((query) => ({ query, relevant: need.relevant })));
}
