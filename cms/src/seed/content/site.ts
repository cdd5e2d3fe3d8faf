import type { SeedGlobal, SeedHome } from '../types';

/** Site-wide settings: name, phone line, contact details and footer. */
export const globalSettings: SeedGlobal = {
  siteName: { nl: 'Connecting Brussels', fr: 'Connecting Brussels', en: 'Connecting Brussels' },
  tagline: {
    nl: 'Hulp en solidariteit tegen eenzaamheid in Brussel',
    fr: 'Entraide et solidarité contre la solitude à Bruxelles',
    en: 'Help and solidarity against loneliness in Brussels',
  },
  phoneNumber: '+32 2 555 00 00',
  phoneHours: {
    nl: 'Maandag tot vrijdag, van 9 tot 17 uur',
    fr: 'Du lundi au vendredi, de 9 h à 17 h',
    en: 'Monday to Friday, 9:00 to 17:00',
  },
  contactEmail: 'hello@connecting.brussels',
  socialLinks: [
    { platform: 'facebook', url: 'https://www.facebook.com/connectingbrussels.example' },
    { platform: 'instagram', url: 'https://www.instagram.com/connectingbrussels.example' },
  ],
  footerText: {
    nl: 'Connecting Brussels is een initiatief van de VGC, de COCOF, Muntpunt en Steunpunt Vrijwilligerswerk Brussel. We brengen Brusselaars met elkaar in contact, laagdrempelig en gratis. Geen professionele hulpverlening: bij gevaar bel je 112. We laten elkaar niet los.',
    fr: 'Connecting Brussels est une initiative de la COCOF, de la VGC, de Muntpunt et du Steunpunt Vrijwilligerswerk Brussel. Nous mettons les Bruxellois en contact, simplement et gratuitement. Ce n’est pas un service d’aide professionnelle : en cas de danger, appelez le 112. On ne se lâche pas.',
    en: 'Connecting Brussels is an initiative of the VGC, COCOF, Muntpunt and Steunpunt Vrijwilligerswerk Brussel. We put people in Brussels in touch with each other, simply and for free. We are not a professional care service: if someone is in danger, call 112. We don’t let go of each other.',
  },
};

/** The home page: hero, phone callout and featured content. */
export const home: SeedHome = {
  heroTitle: {
    nl: 'We laten elkaar niet los',
    fr: 'On ne se lâche pas',
    en: 'We don’t let go of each other',
  },
  heroText: {
    nl: 'Vraag of bied hulp aan, van een warme babbel tot boodschappen: wij brengen Brusselaars met elkaar in contact.',
    fr: 'Demandez ou proposez de l’aide, d’un brin de causette aux courses : nous mettons les Bruxellois en contact.',
    en: 'Ask for help or offer it, from a warm chat to groceries: we put people in Brussels in touch with each other.',
  },
  phoneCallout: {
    nl: 'Een medewerker luistert, zoekt samen met jou wat kan en vult het formulier voor je in.',
    fr: 'Quelqu’un vous écoute, cherche avec vous ce qui est possible et remplit le formulaire pour vous.',
    en: 'Someone listens, looks with you at what is possible and fills in the form for you.',
  },
  featuredStories: ['jette-walking-buddy', 'anderlecht-groceries-three-families', 'woluwe-student-and-neighbour'],
  featuredInitiatives: ['telefoonketen', 'wandelbuddy-jette', 'boodschappen-anderlecht', 'brieven-woonzorgcentra-schaarbeek'],
};
