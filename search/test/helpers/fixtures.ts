import { LOCALES, type Locale } from '@cb/domain';
import type { ContentKind } from '../../src/content-kinds.js';
import type { CmsRow, FakeCms } from './fake-cms.js';

/** Strapi blocks made of plain paragraphs. */
export function paragraphs(...texts: string[]): unknown[] {
  return texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
}

const codes = (...values: string[]) => values.map((code) => ({ code }));
const stamps = { publishedAt: '2026-11-20T10:00:00.000Z', updatedAt: '2026-11-20T09:59:00.000Z', createdAt: '2026-11-01T08:00:00.000Z' };

/** Personal data a public document carries in the CMS (contact of a person); it must never reach an index. */
export const PERSONAL_DATA = ['jan.peeters@example.org', '+32 470 12 34 56', 'Marie Dupont-Verbeke', '+32 2 555 01 23', 'info@delinde.example'];

export const IDS = {
  groceries: 'dgroceries000000000000001',
  walking: 'dwalking0000000000000001',
  phone: 'dphonecircle000000000001',
  digital: 'ddigitalhelp000000000001',
  organisation: 'dorganisation00000000001',
  story: 'dstory000000000000000001',
  call: 'dprojectcall000000000001',
} as const;

type Texts = Record<
  Locale,
  { title: string; slug: string; summary: string; text: string[]; forWhom?: string; location?: string; schedule?: string; howToJoin?: string }
>;

const GROCERIES: Texts = {
  nl: {
    title: 'Samen boodschappen doen in Anderlecht',
    slug: 'samen-boodschappen-doen-in-anderlecht',
    summary: 'Vrijwilligers gaan met je mee naar de supermarkt of brengen je boodschappen thuis.',
    text: ['Elke dinsdag en vrijdag vertrekken we samen vanuit het buurthuis.', 'Wie niet meer goed te been is, krijgt de boodschappen aan huis.'],
    forWhom: 'Ouderen en alleenstaanden die moeilijk zelf naar de winkel gaan',
    location: 'Buurthuis De Linde, Anderlecht',
    schedule: 'Dinsdag en vrijdag, 10 tot 12 uur',
    howToJoin: 'Bel ons of kom langs in het buurthuis.',
  },
  fr: {
    title: 'Faire les courses ensemble à Anderlecht',
    slug: 'faire-les-courses-ensemble-a-anderlecht',
    summary: 'Des bénévoles vous accompagnent au supermarché ou livrent vos courses chez vous.',
    text: [
      'Chaque mardi et vendredi, nous partons ensemble de la maison de quartier.',
      'Si vous ne pouvez plus vous déplacer, les courses arrivent à domicile.',
    ],
    forWhom: 'Personnes âgées et personnes seules qui ont du mal à se déplacer',
    location: 'Maison de quartier De Linde, Anderlecht',
    schedule: 'Mardi et vendredi, de 10 h à 12 h',
    howToJoin: 'Appelez-nous ou passez à la maison de quartier.',
  },
  en: {
    title: 'Grocery runs together in Anderlecht',
    slug: 'grocery-runs-together-in-anderlecht',
    summary: 'Volunteers go with you to buy your groceries, or bring them to your door.',
    text: ['Every Tuesday and Friday we leave together from the community centre.', 'If you can no longer get around, your groceries come to you.'],
    forWhom: 'Older people and people living alone who find it hard to get out',
    location: 'De Linde community centre, Anderlecht',
    schedule: 'Tuesday and Friday, 10 am to 12 noon',
    howToJoin: 'Call us or drop in at the community centre.',
  },
};

const WALKING: Texts = {
  nl: {
    title: "Wandelbuddy's in Jette",
    slug: 'wandelbuddys-in-jette',
    summary: 'Samen wandelen in het Koning Boudewijnpark, op je eigen tempo.',
    text: ['Een vrijwilliger komt je thuis ophalen.'],
    location: 'Koning Boudewijnpark, Jette',
  },
  fr: {
    title: 'Compagnons de promenade à Jette',
    slug: 'compagnons-de-promenade-a-jette',
    summary: 'Une promenade à deux dans le parc Roi Baudouin, à votre rythme.',
    text: ['Un bénévole vient vous chercher chez vous.'],
    location: 'Parc Roi Baudouin, Jette',
  },
  en: {
    title: 'Walking buddies in Jette',
    slug: 'walking-buddies-in-jette',
    summary: 'Walking for two in King Baudouin Park, at your own pace.',
    text: ['A volunteer picks you up at home.'],
    location: 'King Baudouin Park, Jette',
  },
};

const PHONE: Texts = {
  nl: {
    title: 'Telefooncirkel: elke week een babbel',
    slug: 'telefooncirkel',
    summary: 'Elke week belt een vrijwilliger je op voor een warme babbel.',
    text: ['Je kiest zelf de dag en het uur.'],
  },
  fr: {
    title: 'Bénévole au téléphone : un brin de causette',
    slug: 'benevole-au-telephone',
    summary: 'Chaque semaine, un bénévole vous appelle pour un brin de causette.',
    text: ['Vous choisissez le jour et l’heure.'],
  },
  en: {
    title: 'Phone circle: a friendly call every week',
    slug: 'phone-circle',
    summary: 'Every week a volunteer phones you for a chat.',
    text: ['You choose the day and the time.'],
  },
};

const DIGITAL: Texts = {
  nl: {
    title: 'Digitale hulp voor senioren in Schaarbeek',
    slug: 'digitale-hulp-schaarbeek',
    summary: 'Leer je gsm gebruiken en videobellen met je kleinkinderen.',
    text: ['Elke woensdag in de bibliotheek.'],
  },
  fr: {
    title: 'Aide numérique à Schaerbeek',
    slug: 'aide-numerique-schaerbeek',
    summary: 'Apprenez à utiliser votre gsm et à faire des appels vidéo avec vos petits-enfants.',
    text: ['Chaque mercredi à la bibliothèque.'],
  },
  en: {
    title: 'Digital help in Schaerbeek',
    slug: 'digital-help-schaerbeek',
    summary: 'Learn to use your mobile and video-call your grandchildren.',
    text: ['Every Wednesday at the library.'],
  },
};

const ORGANISATION: Texts = {
  nl: {
    title: 'Buurthuis De Linde',
    slug: 'buurthuis-de-linde',
    summary: 'Een buurthuis waar iedereen welkom is voor een koffie en een praatje.',
    text: ['Open van maandag tot vrijdag.'],
  },
  fr: {
    title: 'Maison de quartier De Linde',
    slug: 'maison-de-quartier-de-linde',
    summary: 'Une maison de quartier où chacun est bienvenu pour un café.',
    text: ['Ouverte du lundi au vendredi.'],
  },
  en: {
    title: 'De Linde community centre',
    slug: 'de-linde-community-centre',
    summary: 'A community centre where everyone is welcome for a coffee.',
    text: ['Open Monday to Friday.'],
  },
};

const STORY: Texts = {
  nl: {
    title: 'Marie en Ahmed wandelen elke week',
    slug: 'marie-en-ahmed',
    summary: 'Een vriendschap die begon met een wandeling.',
    text: ['Ze leerden elkaar kennen via de wandelbuddy’s.'],
  },
  fr: {
    title: 'Marie et Ahmed se baladent chaque semaine',
    slug: 'marie-et-ahmed',
    summary: 'Une amitié née au fil des balades.',
    text: ['Ils se sont rencontrés grâce aux compagnons de promenade.'],
  },
  en: {
    title: 'Marie and Ahmed go for a walk every week',
    slug: 'marie-and-ahmed',
    summary: 'A friendship that started with a walk.',
    text: ['They met through the walking buddies.'],
  },
};

const CALL: Texts = {
  nl: {
    title: 'Projectoproep Samen tegen eenzaamheid',
    slug: 'projectoproep-2027',
    summary: 'Steun voor solidaire projecten in Brussel.',
    text: ['Dien je project in voor 28 februari.'],
  },
  fr: {
    title: "Appel à projets Ensemble contre l'isolement",
    slug: 'appel-a-projets-2027',
    summary: 'Un soutien pour les projets solidaires à Bruxelles.',
    text: ['Déposez votre projet avant le 28 février.'],
  },
  en: {
    title: 'Project call Together against loneliness',
    slug: 'project-call-2027',
    summary: 'Support for solidarity projects in Brussels.',
    text: ['Submit your project before 28 February.'],
  },
};

function initiativeRow(documentId: string, texts: Texts, locale: Locale, relations: Record<string, unknown>): CmsRow {
  const t = texts[locale];
  return {
    documentId,
    locale,
    title: t.title,
    slug: t.slug,
    summary: t.summary,
    description: paragraphs(...t.text),
    forWhom: t.forWhom ?? null,
    location: t.location ?? null,
    schedule: t.schedule ?? null,
    howToJoin: t.howToJoin ?? 'Contact us.',
    remote: false,
    contactPhone: null,
    contactEmail: null,
    website: null,
    imageAlt: null,
    image: null,
    organisation: null,
    ...stamps,
    ...relations,
  };
}

/** Every fixture document in every locale, as the CMS REST API would serve it with the populate search asks for. */
export function fixtureRows(): { kind: ContentKind; row: CmsRow }[] {
  const rows: { kind: ContentKind; row: CmsRow }[] = [];
  for (const locale of LOCALES) {
    const organisation = { documentId: IDS.organisation, name: ORGANISATION[locale].title, slug: ORGANISATION[locale].slug };
    rows.push(
      {
        kind: 'initiative',
        row: initiativeRow(IDS.groceries, GROCERIES, locale, {
          organisation,
          categories: codes('groceries'),
          municipalities: codes('anderlecht'),
          audiences: codes('seniors', 'living-alone'),
          languages: codes('nl', 'fr', 'ar'),
          contactPhone: '+32 470 12 34 56',
          contactEmail: 'jan.peeters@example.org',
          website: 'https://delinde.example',
          image: { id: 3, documentId: 'img1', url: '/uploads/groceries.jpg', width: 1200, height: 800, mime: 'image/jpeg' },
          imageAlt: { nl: 'Twee mensen met een boodschappentas', fr: 'Deux personnes avec un sac de courses', en: 'Two people with a shopping bag' }[locale],
        }),
      },
      {
        kind: 'initiative',
        row: initiativeRow(IDS.walking, WALKING, locale, {
          categories: codes('walking'),
          municipalities: codes('jette'),
          audiences: codes('seniors', 'living-alone'),
          languages: codes('nl', 'fr'),
        }),
      },
      {
        kind: 'initiative',
        row: initiativeRow(IDS.phone, PHONE, locale, {
          remote: true,
          categories: codes('chat'),
          municipalities: codes('brussels'),
          audiences: codes('living-alone'),
          languages: codes('nl', 'fr', 'en', 'tr'),
        }),
      },
      {
        kind: 'initiative',
        row: initiativeRow(IDS.digital, DIGITAL, locale, {
          organisation,
          categories: codes('digital'),
          municipalities: codes('schaerbeek'),
          audiences: codes('seniors', 'newcomers'),
          languages: codes('fr', 'en', 'ar'),
        }),
      },
      {
        kind: 'organisation',
        row: {
          documentId: IDS.organisation,
          locale,
          name: ORGANISATION[locale].title,
          slug: ORGANISATION[locale].slug,
          summary: ORGANISATION[locale].summary,
          description: paragraphs(...ORGANISATION[locale].text),
          address: 'Rue de Fiennes 77',
          postcode: '1070',
          municipality: { code: 'anderlecht' },
          website: 'https://delinde.example',
          email: 'info@delinde.example',
          phone: '+32 2 555 01 23',
          logo: null,
          logoAlt: null,
          ...stamps,
        },
      },
      {
        kind: 'story',
        row: {
          documentId: IDS.story,
          locale,
          title: STORY[locale].title,
          slug: STORY[locale].slug,
          summary: STORY[locale].summary,
          body: paragraphs(...STORY[locale].text),
          authorName: 'Marie Dupont-Verbeke',
          storyDate: '2026-10-14',
          municipality: { code: 'jette' },
          cover: null,
          coverAlt: null,
          ...stamps,
        },
      },
      {
        kind: 'project-call',
        row: {
          documentId: IDS.call,
          locale,
          title: CALL[locale].title,
          slug: CALL[locale].slug,
          summary: CALL[locale].summary,
          body: paragraphs(...CALL[locale].text),
          totalBudget: 250000,
          maxPerProject: 15000,
          opensOn: '2026-12-01',
          deadline: '2027-02-28T23:59:00.000Z',
          ...stamps,
        },
      },
    );
  }
  return rows;
}

/** The rows of one document in one locale. */
export function fixtureRow(kind: ContentKind, documentId: string, locale: Locale): CmsRow {
  const found = fixtureRows().find((entry) => entry.kind === kind && entry.row.documentId === documentId && entry.row.locale === locale);
  if (!found) throw new Error(`No fixture ${kind} ${documentId} ${locale}`);
  return structuredClone(found.row);
}

export function seed(cms: FakeCms): void {
  for (const { kind, row } of fixtureRows()) cms.publish(kind, row);
}

export const FIXTURE_COUNT_PER_LOCALE = fixtureRows().length / LOCALES.length;
