import type { SeedFundedProject } from '../types';

/** Two projects the sample project call funds, as published with their applicants' consent. */
export const fundedProjects: SeedFundedProject[] = [
  {
    key: 'funded-soup-on-sunday',
    title: { nl: 'Soep op zondag', fr: 'La soupe du dimanche', en: 'Soup on Sunday' },
    summary: {
      nl: 'Elke zondag koken buren samen soep in Sint-Joost en brengen ze een kom naar wie alleen woont.',
      fr: 'Chaque dimanche, des voisins cuisinent une soupe ensemble à Saint-Josse et en apportent un bol à qui vit seul.',
      en: 'Every Sunday, neighbours cook soup together in Saint-Josse and bring a bowl to people who live alone.',
    },
    description: {
      nl: [
        'In de buurtkeuken koken we elke zondagochtend soep met groenten van de markt. Iedereen mag meehelpen, ook wie nog nooit gekookt heeft.',
        'Om twaalf uur brengen vrijwilligers een kom soep en een praatje naar buren die alleen wonen. Wie wil, eet mee aan de grote tafel.',
      ],
      fr: [
        'Dans la cuisine de quartier, nous préparons chaque dimanche matin une soupe avec des légumes du marché. Tout le monde peut aider, même sans jamais avoir cuisiné.',
        'À midi, des bénévoles apportent un bol de soupe et un brin de causette aux voisins qui vivent seuls. Qui le souhaite mange avec nous à la grande table.',
      ],
      en: [
        'In the neighbourhood kitchen we cook soup every Sunday morning with vegetables from the market. Anyone can help, even if you have never cooked before.',
        'At noon, volunteers bring a bowl of soup and a chat to neighbours who live alone. Anyone who likes can eat with us at the big table.',
      ],
    },
    runBy: 'Buurthuis De Kom',
    location: {
      nl: 'Buurtkeuken, Sint-Joost-ten-Node',
      fr: 'Cuisine de quartier, Saint-Josse-ten-Noode',
      en: 'Neighbourhood kitchen, Saint-Josse-ten-Noode',
    },
    howToJoin: {
      nl: 'Kom op zondag om tien uur naar de buurtkeuken, of bel ons als je een kom soep aan huis wilt.',
      fr: 'Venez le dimanche à dix heures à la cuisine de quartier, ou appelez-nous si vous voulez un bol de soupe à domicile.',
      en: 'Come to the neighbourhood kitchen on Sunday at ten, or call us if you would like a bowl of soup at home.',
    },
    municipalities: ['saint-josse'],
  },
  {
    key: 'funded-letters-young-and-old',
    title: { nl: 'Brieven tussen jong en oud', fr: 'Des lettres entre jeunes et aînés', en: 'Letters between young and old' },
    summary: {
      nl: 'Leerlingen uit Jette en Ganshoren schrijven brieven met ouderen die weinig bezoek krijgen.',
      fr: 'Des élèves de Jette et de Ganshoren échangent des lettres avec des aînés qui reçoivent peu de visites.',
      en: 'Pupils from Jette and Ganshoren exchange letters with older people who get few visitors.',
    },
    description: {
      nl: [
        'Elke maand schrijven leerlingen een brief aan een oudere pen-vriend. De ouderen schrijven terug, met de hand of met hulp van een vrijwilliger.',
        'Aan het einde van het schooljaar ontmoeten alle schrijvers elkaar op een feest in het dienstencentrum.',
      ],
      fr: [
        'Chaque mois, des élèves écrivent une lettre à un correspondant plus âgé. Les aînés répondent, à la main ou avec l’aide d’un bénévole.',
        'À la fin de l’année scolaire, tous les auteurs se rencontrent lors d’une fête au centre de services.',
      ],
      en: [
        'Every month, pupils write a letter to an older pen friend. The older people write back, by hand or with help from a volunteer.',
        'At the end of the school year, all the writers meet at a party in the service centre.',
      ],
    },
    runBy: 'Pennenvrienden vzw',
    location: {
      nl: 'Scholen en dienstencentra in Jette en Ganshoren',
      fr: 'Écoles et centres de services à Jette et Ganshoren',
      en: 'Schools and service centres in Jette and Ganshoren',
    },
    howToJoin: {
      nl: 'Wil je brieven krijgen of helpen schrijven? Laat het ons weten via het formulier "Hulp aanbieden".',
      fr: 'Vous voulez recevoir des lettres ou aider à écrire\u00a0? Dites-le-nous via le formulaire «\u00a0Proposer de l’aide\u00a0».',
      en: 'Would you like to receive letters or help write them? Let us know through the "Offer help" form.',
    },
    municipalities: ['jette', 'ganshoren'],
  },
];
