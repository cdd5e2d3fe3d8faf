import type { Public } from '@strapi/strapi';
import type { Localized } from '@cb/domain';
// The generated schema types: they tell the compiler every content type's and component's fields.
import type {} from '../../types/generated/contentTypes';
import type {} from '../../types/generated/components';

/**
 * What editors and staff read in the content manager instead of field names: for every content type
 * and component of the platform, its name and, per field, a label and (where a field needs one) a
 * short description, in English, Dutch and French. The keys come from the generated schema types
 * (`npm run types:generate`), so a new field or type without words is a compile error.
 *
 * Applied by `applyFieldLabels` (English into the content manager's stored configuration, at every
 * start) and by the admin app (each language as the content manager's own translation keys).
 */

export type EditorContentType = Extract<keyof Public.ContentTypeSchemas, `api::${string}`>;
export type EditorComponent = Extract<keyof Public.ComponentSchemas, string>;

/** Fields Strapi adds itself; the content manager names them in the admin's own language. */
type SystemField = 'createdAt' | 'updatedAt' | 'publishedAt' | 'createdBy' | 'updatedBy' | 'locale' | 'localizations';
type FieldsOf<Schema> = Schema extends { attributes: infer Attributes } ? Exclude<Extract<keyof Attributes, string>, SystemField> : never;

export interface FieldWords {
  label: Localized;
  description?: Localized;
}

export interface ModelWords<Field extends string> {
  name: Localized;
  fields: Readonly<Record<Field, FieldWords>>;
}

/**
 * A content type's words also repeat its schema's display name (the compiler holds it to the schema):
 * the admin's menu and list titles look their translation up under that name.
 */
export type ContentTypeWords = {
  readonly [Uid in EditorContentType]: ModelWords<FieldsOf<Public.ContentTypeSchemas[Uid]>> & {
    displayName: Public.ContentTypeSchemas[Uid]['info']['displayName'];
  };
};
export type ComponentWords = { readonly [Uid in EditorComponent]: ModelWords<FieldsOf<Public.ComponentSchemas[Uid]>> };

/** One text in the three languages, English first. */
const t = (en: string, nl: string, fr: string): Localized => ({ en, nl, fr });
const label = (en: string, nl: string, fr: string): FieldWords => ({ label: t(en, nl, fr) });
const described = (words: Localized, description: Localized): FieldWords => ({ label: words, description });

/* Fields several types share: written once. */

const slug = described(
  t('Web address', 'Webadres', 'Adresse web'),
  t(
    'The last part of the page’s address, made from the title until the page is first published; after that it stays, so links keep working.',
    'Het laatste deel van het adres van de pagina, gemaakt uit de titel tot de eerste publicatie; daarna blijft het, zodat links blijven werken.',
    'La dernière partie de l’adresse de la page, tirée du titre jusqu’à la première publication ; ensuite elle reste, pour que les liens restent valables.',
  ),
);
const summary = described(
  t('Summary', 'Samenvatting', 'Résumé'),
  t(
    'One or two sentences, shown on cards, in lists and in search results.',
    'Eén of twee zinnen, getoond op kaartjes, in lijsten en in de zoekresultaten.',
    'Une ou deux phrases, affichées sur les cartes, dans les listes et dans les résultats de recherche.',
  ),
);
const publishAt = described(
  t('Publish at (Brussels time)', 'Publiceren op (Brusselse tijd)', 'Publier le (heure de Bruxelles)'),
  t(
    'Leave the draft as it is: each language written by then is published by itself at this day and time. Empty: published by hand.',
    'Laat het ontwerp zoals het is: elke taal die dan geschreven is, wordt op die dag en dat uur vanzelf gepubliceerd. Leeg: met de hand publiceren.',
    'Laissez le brouillon tel quel : chaque langue écrite d’ici là est publiée d’elle-même à ce jour et cette heure. Vide : publication à la main.',
  ),
);
const unpublishAt = described(
  t('Unpublish at (Brussels time)', 'Depubliceren op (Brusselse tijd)', 'Dépublier le (heure de Bruxelles)'),
  t(
    'Every language goes offline by itself at this day and time; it must come after the publish moment. Empty: stays online.',
    'Elke taal gaat op die dag en dat uur vanzelf offline; na het publicatiemoment. Leeg: blijft online.',
    'Chaque langue est retirée d’elle-même à ce jour et cette heure, après le moment de publication. Vide : reste en ligne.',
  ),
);
const altText = (what: Localized) =>
  described(
    t(`Description of the ${what.en}`, `Beschrijving van ${what.nl}`, `Description de ${what.fr}`),
    t(
      `What the ${what.en} shows, in a sentence, for people who cannot see it (screen readers read it aloud). Leave empty only if there is no ${what.en}.`,
      `Wat ${what.nl} toont, in één zin, voor wie het beeld niet kan zien (schermlezers lezen dit voor). Laat enkel leeg als er geen beeld is.`,
      `Ce que montre ${what.fr}, en une phrase, pour qui ne peut pas voir l’image (les lecteurs d’écran la lisent). À laisser vide seulement s’il n’y a pas d’image.`,
    ),
  );
const website = described(
  t('Website', 'Website', 'Site web'),
  t('A full address, e.g. https://www.example.be', 'Een volledig adres, bv. https://www.voorbeeld.be', 'Une adresse complète, p. ex. https://www.exemple.be'),
);
const phone = described(
  t('Phone number', 'Telefoonnummer', 'Numéro de téléphone'),
  t('As people dial it, e.g. 02 555 01 23', 'Zoals men het belt, bv. 02 555 01 23', 'Tel qu’on le compose, p. ex. 02 555 01 23'),
);
const email = label('Email address', 'E-mailadres', 'Adresse e-mail');
const municipality = label('Municipality', 'Gemeente', 'Commune');
const municipalities = label('Municipalities', 'Gemeenten', 'Communes');
const categories = label('Kinds of help', 'Soorten hulp', 'Types d’aide');
const languages = label('Languages spoken', 'Gesproken talen', 'Langues parlées');
const initiatives = label('Initiatives', 'Initiatieven', 'Initiatives');
const organisationName = label('Organisation name', 'Naam van de organisatie', 'Nom de l’organisation');
const anonymisedAt = described(
  t('Personal data removed on', 'Persoonsgegevens gewist op', 'Données personnelles effacées le'),
  t(
    'Set when the retention period ended or the person asked to be forgotten.',
    'Ingevuld wanneer de bewaartermijn verstreek of de persoon vroeg om vergeten te worden.',
    'Rempli lorsque le délai de conservation a pris fin ou que la personne a demandé l’effacement.',
  ),
);
const caseStatus = label('Status', 'Status', 'Statut');
const staffNotes = described(
  t('Notes for staff', 'Notities voor medewerkers', 'Notes pour l’équipe'),
  t('Never shown to the person or to partners.', 'Nooit getoond aan de persoon of aan partners.', 'Jamais montrées à la personne ni aux partenaires.'),
);
const technical = (words: Localized) =>
  described(words, t('Filled in by the platform; do not change.', 'Door het platform ingevuld; niet wijzigen.', 'Rempli par la plateforme ; ne pas modifier.'));
const availableTimes = label('Available times', 'Beschikbare momenten', 'Moments disponibles');
const interests = label('Interests', 'Interesses', 'Centres d’intérêt');
const availability = label('Availability, in their words', 'Beschikbaarheid, in eigen woorden', 'Disponibilités, en ses mots');

/** What every intake record carries (content-model/intake-fields.ts). */
const intakeRecord = {
  reference: described(
    t('Reference', 'Referentie', 'Référence'),
    t(
      'The number the person can quote on the phone.',
      'Het nummer dat de persoon aan de telefoon kan noemen.',
      'Le numéro que la personne peut citer au téléphone.',
    ),
  ),
  caseStatus,
  channel: label('Received through', 'Binnengekomen via', 'Reçu par'),
  formLocale: label('Language of the form', 'Taal van het formulier', 'Langue du formulaire'),
  consentVersion: technical(t('Consent text version', 'Versie van de toestemmingstekst', 'Version du texte de consentement')),
  consentedAt: label('Consent given on', 'Toestemming gegeven op', 'Consentement donné le'),
  idempotencyKey: technical(t('Submission key', 'Inzendingssleutel', 'Clé d’envoi')),
  idempotencyFingerprint: technical(t('Submission fingerprint', 'Vingerafdruk van de inzending', 'Empreinte de l’envoi')),
  staffNotes,
  anonymisedAt,
};
const contact = {
  contactName: label('Name', 'Naam', 'Nom'),
  email,
  phone,
};
const taxonomy = {
  code: described(
    t('Code', 'Code', 'Code'),
    t(
      'This list is kept in step with the platform’s own at every start: changes made here are undone.',
      'Deze lijst wordt bij elke start gelijkgezet met die van het platform: wijzigingen hier worden ongedaan gemaakt.',
      'Cette liste est alignée sur celle de la plateforme à chaque démarrage : les modifications faites ici sont annulées.',
    ),
  ),
  nameNl: label('Name in Dutch', 'Naam in het Nederlands', 'Nom en néerlandais'),
  nameFr: label('Name in French', 'Naam in het Frans', 'Nom en français'),
  nameEn: label('Name in English', 'Naam in het Engels', 'Nom en anglais'),
};
export const CONTENT_TYPE_WORDS: ContentTypeWords = {
  'api::story.story': {
    displayName: 'Story',
    name: t('Story', 'Verhaal', 'Récit'),
    fields: {
      title: label('Title', 'Titel', 'Titre'),
      slug,
      summary,
      body: label('Story', 'Verhaal', 'Récit'),
      authorName: described(
        t('Told by', 'Verteld door', 'Raconté par'),
        t(
          'The name shown under the story, as the person agreed (a first name is enough). Empty: no name is shown.',
          'De naam onder het verhaal, zoals de persoon ermee instemde (een voornaam volstaat). Leeg: er staat geen naam.',
          'Le nom affiché sous le récit, tel que la personne l’a accepté (un prénom suffit). Vide : aucun nom n’est affiché.',
        ),
      ),
      storyDate: described(
        t('Date of the story', 'Datum van het verhaal', 'Date du récit'),
        t(
          'When it happened or was told; stories are listed newest first by this date.',
          'Wanneer het gebeurde of verteld werd; verhalen staan op deze datum gesorteerd, de nieuwste eerst.',
          'Quand cela s’est passé ou a été raconté ; les récits sont classés par cette date, le plus récent d’abord.',
        ),
      ),
      cover: described(
        t('Cover photo', 'Omslagfoto', 'Photo de couverture'),
        t(
          'Shown at the top of the story and on its card in lists. Landscape, at least 1200 pixels wide; only with the consent of the people in it.',
          'Bovenaan het verhaal en op het kaartje in lijsten. Liggend, minstens 1200 pixels breed; enkel met toestemming van wie erop staat.',
          'En haut du récit et sur sa carte dans les listes. Format paysage, au moins 1200 pixels de large ; uniquement avec l’accord des personnes photographiées.',
        ),
      ),
      coverAlt: altText(t('cover photo', 'de omslagfoto', 'la photo de couverture')),
      municipality: label('Municipality', 'Gemeente', 'Commune'),
      initiatives: label('Initiatives in the story', 'Initiatieven in het verhaal', 'Initiatives dans le récit'),
      organisations: label('Organisations in the story', 'Organisaties in het verhaal', 'Organisations dans le récit'),
      publishAt,
      unpublishAt,
    },
  },
  'api::initiative.initiative': {
    displayName: 'Initiative',
    name: t('Initiative', 'Initiatief', 'Initiative'),
    fields: {
      title: label('Title', 'Titel', 'Titre'),
      slug,
      summary,
      description: label('Description', 'Beschrijving', 'Description'),
      forWhom: described(
        t('For whom', 'Voor wie', 'Pour qui'),
        t(
          'Who may join, e.g. "People over 65 living in Schaerbeek".',
          'Wie mag meedoen, bv. "65-plussers die in Schaarbeek wonen".',
          'Qui peut participer, p. ex. « Les plus de 65 ans habitant Schaerbeek ».',
        ),
      ),
      location: described(
        t('Where', 'Waar', 'Où'),
        t(
          'The address or meeting point, as people should look for it.',
          'Het adres of de ontmoetingsplaats, zoals men ze moet zoeken.',
          'L’adresse ou le point de rendez-vous, tel qu’on doit le chercher.',
        ),
      ),
      schedule: described(
        t('When', 'Wanneer', 'Quand'),
        t(
          'Days and hours in plain words, e.g. "Every Tuesday, 14:00–16:00, except school holidays". Empty if it varies.',
          'Dagen en uren in gewone woorden, bv. "Elke dinsdag, 14–16 uur, behalve in de schoolvakanties". Leeg als het wisselt.',
          'Jours et heures en toutes lettres, p. ex. « Chaque mardi, de 14 h à 16 h, sauf pendant les vacances scolaires ». Vide si cela varie.',
        ),
      ),
      times: described(
        t('Dates and hours', 'Data en uren', 'Dates et horaires'),
        t(
          'Add one line per moment: once (a date), every week or every month (e.g. the first Monday). The site lists them under "This week" and "This month" and offers them for people’s calendars. Brussels time.',
          'Voeg één regel per moment toe: één keer (een datum), elke week of elke maand (bv. de eerste maandag). De site toont ze onder "Deze week" en "Deze maand" en biedt ze aan voor iemands agenda. Brusselse tijd.',
          'Ajoutez une ligne par moment : une fois (une date), chaque semaine ou chaque mois (p. ex. le premier lundi). Le site les affiche sous « Cette semaine » et « Ce mois-ci » et les propose pour l’agenda de chacun. Heure de Bruxelles.',
        ),
      ),
      howToJoin: described(
        t('How to join', 'Hoe meedoen', 'Comment participer'),
        t('The first step: call, drop by, register…', 'De eerste stap: bellen, langskomen, inschrijven…', 'Le premier pas : appeler, passer, s’inscrire…'),
      ),
      remote: described(
        t('Also at a distance', 'Ook op afstand', 'Aussi à distance'),
        t(
          'By phone or online, for people who cannot come.',
          'Telefonisch of online, voor wie niet kan komen.',
          'Par téléphone ou en ligne, pour qui ne peut pas se déplacer.',
        ),
      ),
      contactPhone: phone,
      contactEmail: email,
      website,
      image: described(
        t('Photo', 'Foto', 'Photo'),
        t(
          'Shown on the initiative’s page and card. Landscape, at least 1200 pixels wide.',
          'Op de pagina en het kaartje van het initiatief. Liggend, minstens 1200 pixels breed.',
          'Sur la page et la carte de l’initiative. Format paysage, au moins 1200 pixels de large.',
        ),
      ),
      imageAlt: altText(t('photo', 'de foto', 'la photo')),
      organisation: label('Organisation', 'Organisatie', 'Organisation'),
      categories,
      municipalities,
      audiences: label('Audiences', 'Doelgroepen', 'Publics'),
      languages,
    },
  },
  'api::organisation.organisation': {
    displayName: 'Organisation',
    name: t('Organisation', 'Organisatie', 'Organisation'),
    fields: {
      name: label('Name', 'Naam', 'Nom'),
      slug,
      summary,
      description: label('Description', 'Beschrijving', 'Description'),
      address: label('Street and number', 'Straat en nummer', 'Rue et numéro'),
      postcode: label('Postcode', 'Postcode', 'Code postal'),
      municipality,
      website,
      email,
      phone,
      logo: described(
        t('Logo', 'Logo', 'Logo'),
        t('Shown on the organisation’s page and card.', 'Op de pagina en het kaartje van de organisatie.', 'Sur la page et la carte de l’organisation.'),
      ),
      logoAlt: altText(t('logo', 'het logo', 'le logo')),
      initiatives,
    },
  },
  'api::page.page': {
    displayName: 'Page',
    name: t('Page', 'Pagina', 'Page'),
    fields: {
      key: described(
        t('Which page', 'Welke pagina', 'Quelle page'),
        t(
          'The site links to each of these pages from its menu and footer.',
          'De site linkt naar elk van deze pagina’s vanuit het menu en de voettekst.',
          'Le site renvoie à chacune de ces pages depuis son menu et son pied de page.',
        ),
      ),
      title: label('Title', 'Titel', 'Titre'),
      slug,
      summary,
      body: label('Text', 'Tekst', 'Texte'),
    },
  },
  'api::project-call.project-call': {
    displayName: 'Project call',
    name: t('Project call', 'Projectoproep', 'Appel à projets'),
    fields: {
      title: label('Title', 'Titel', 'Titre'),
      slug,
      summary,
      body: label('Text', 'Tekst', 'Texte'),
      totalBudget: label('Total budget (euro)', 'Totaal budget (euro)', 'Budget total (euros)'),
      maxPerProject: label('Maximum per project (euro)', 'Maximum per project (euro)', 'Maximum par projet (euros)'),
      opensOn: label('Opens on', 'Opent op', 'Ouvre le'),
      deadline: described(
        t('Deadline', 'Uiterste datum', 'Date limite'),
        t(
          'Day and time after which the form refuses proposals.',
          'Dag en uur waarna het formulier geen voorstellen meer aanvaardt.',
          'Jour et heure après lesquels le formulaire refuse les propositions.',
        ),
      ),
      criteria: label('Criteria', 'Criteria', 'Critères'),
      faq: label('Questions and answers', 'Vragen en antwoorden', 'Questions et réponses'),
      publishAt,
      unpublishAt,
    },
  },
  'api::home.home': {
    displayName: 'Home',
    name: t('Home page', 'Startpagina', 'Page d’accueil'),
    fields: {
      heroTitle: label('Main title', 'Hoofdtitel', 'Titre principal'),
      heroText: label('Introduction', 'Inleiding', 'Introduction'),
      phoneCallout: described(
        t('Phone line message', 'Boodschap over de telefoonlijn', 'Message sur la ligne téléphonique'),
        t(
          'One sentence inviting people to call; the number comes from Global.',
          'Eén zin die uitnodigt om te bellen; het nummer komt uit Algemeen.',
          'Une phrase qui invite à appeler ; le numéro vient de Général.',
        ),
      ),
      featuredStories: label('Featured stories', 'Uitgelichte verhalen', 'Récits mis en avant'),
      featuredInitiatives: label('Featured initiatives', 'Uitgelichte initiatieven', 'Initiatives mises en avant'),
    },
  },
  'api::global.global': {
    displayName: 'Global',
    name: t('Global', 'Algemeen', 'Général'),
    fields: {
      siteName: label('Site name', 'Naam van de site', 'Nom du site'),
      tagline: label('Tagline', 'Slogan', 'Slogan'),
      phoneNumber: phone,
      phoneHours: described(
        t('Phone line hours', 'Uren van de telefoonlijn', 'Heures de la ligne téléphonique'),
        t(
          'In plain words, e.g. "Monday to Friday, 9:00–17:00".',
          'In gewone woorden, bv. "Maandag tot vrijdag, 9–17 uur".',
          'En toutes lettres, p. ex. « Du lundi au vendredi, de 9 h à 17 h ».',
        ),
      ),
      contactEmail: email,
      socialLinks: label('Social media', 'Sociale media', 'Réseaux sociaux'),
      footerText: label('Footer text', 'Tekst in de voettekst', 'Texte du pied de page'),
    },
  },
  'api::help-request.help-request': {
    displayName: 'Help request',
    name: t('Help request', 'Hulpvraag', 'Demande d’aide'),
    fields: {
      ...intakeRecord,
      ...contact,
      forWhom: label('For whom', 'Voor wie', 'Pour qui'),
      beneficiaryName: label('Name of the person helped', 'Naam van de geholpen persoon', 'Nom de la personne aidée'),
      relationToBeneficiary: label('Relation to that person', 'Relatie tot die persoon', 'Lien avec cette personne'),
      categories,
      audiences: label('Who the person is', 'Wie de persoon is', 'Qui est la personne'),
      description: label('What is asked', 'Wat gevraagd wordt', 'Ce qui est demandé'),
      interests,
      municipality,
      languages,
      availableTimes,
      availability,
      urgency: label('Urgency', 'Dringendheid', 'Urgence'),
      concernOpen: label('Open concern about a match', 'Open zorg over een koppeling', 'Inquiétude ouverte sur une mise en relation'),
      lonelinessConsentedAt: label(
        'Consent to the loneliness questions, given on',
        'Toestemming voor de vragen over eenzaamheid, gegeven op',
        'Accord pour les questions sur la solitude, donné le',
      ),
      lonelinessAtIntake: label('Loneliness scores at the start', 'Eenzaamheidsscores bij de start', 'Scores de solitude au départ'),
      lonelinessAtFollowUp: label('Loneliness scores after six weeks', 'Eenzaamheidsscores na zes weken', 'Scores de solitude après six semaines'),
      lonelinessFollowUpAt: label('Loneliness measured again on', 'Eenzaamheid opnieuw gemeten op', 'Solitude mesurée à nouveau le'),
      matches: label('Matches', 'Koppelingen', 'Mises en relation'),
    },
  },
  'api::help-offer.help-offer': {
    displayName: 'Help offer',
    name: t('Help offer', 'Hulpaanbod', 'Offre d’aide'),
    fields: {
      ...intakeRecord,
      ...contact,
      offerAs: label('Offered as', 'Aangeboden als', 'Proposée en tant que'),
      organisationName,
      categories,
      description: label('What is offered', 'Wat aangeboden wordt', 'Ce qui est proposé'),
      interests,
      anywhereInBrussels: label('Anywhere in Brussels', 'Overal in Brussel', 'Partout à Bruxelles'),
      municipalities,
      languages,
      availableTimes,
      availability,
      frequency: label('How often', 'Hoe vaak', 'À quelle fréquence'),
      capacity: described(
        t('People helped at once', 'Aantal mensen tegelijk', 'Personnes aidées en même temps'),
        t(
          'As the volunteer said. Empty: one for a person, ten for an organisation.',
          'Zoals de vrijwilliger aangaf. Leeg: één voor een persoon, tien voor een organisatie.',
          'Comme l’a indiqué le bénévole. Vide : une pour une personne, dix pour une organisation.',
        ),
      ),
      matches: label('Matches', 'Koppelingen', 'Mises en relation'),
      awayFrom: label('Away from', 'Afwezig vanaf', 'Absent à partir du'),
      awayUntil: label('Away until (included)', 'Afwezig tot en met', 'Absent jusqu’au (inclus)'),
      codeOfConductVersion: label('Code of conduct accepted (version)', 'Gedragscode aanvaard (versie)', 'Code de conduite accepté (version)'),
      codeOfConductAcceptedAt: label('Code of conduct accepted on', 'Gedragscode aanvaard op', 'Code de conduite accepté le'),
      screenedOn: described(
        t('Screening conversation on', 'Screeningsgesprek op', 'Entretien de sélection le'),
        t(
          'Set from the back office’s screening. The screening holds for a set number of months from this day.',
          'Ingevuld via de screening in de backoffice. De screening geldt een vast aantal maanden vanaf deze dag.',
          'Rempli par la sélection dans le back-office. Elle reste valable un nombre fixe de mois à partir de ce jour.',
        ),
      ),
      screenedById: technical(t('Screened by (admin user id)', 'Gescreend door (id van de beheerder)', 'Sélection faite par (id de l’administrateur)')),
      screenedByName: label('Screening conversation held by', 'Screeningsgesprek gevoerd door', 'Entretien de sélection mené par'),
      screeningReferences: label('References', 'Referenties', 'Références'),
      screeningWaiverReason: label('Why references were waived', 'Waarom zonder referenties', 'Pourquoi sans références'),
      screeningCodeOfConductVersion: label(
        'Code of conduct accepted in the conversation (version)',
        'Gedragscode aanvaard in het gesprek (versie)',
        'Code de conduite accepté lors de l’entretien (version)',
      ),
      informationNoteLocale: label('Information note given in', 'Informatienota gegeven in het', 'Note d’information remise en'),
      informationNoteVersion: label('Information note (version)', 'Informatienota (versie)', 'Note d’information (version)'),
      organisationCheck: label('Checked organisation', 'Gecontroleerde organisatie', 'Organisation vérifiée'),
    },
  },
  'api::organisation-check.organisation-check': {
    displayName: 'Checked organisation',
    name: t('Checked organisation', 'Gecontroleerde organisatie', 'Organisation vérifiée'),
    fields: {
      name: label('Name', 'Naam', 'Nom'),
      nameKey: technical(t('Name for comparing', 'Naam om te vergelijken', 'Nom pour comparer')),
      checkedAt: label('Checked on', 'Gecontroleerd op', 'Vérifiée le'),
      checkedById: technical(t('Checked by (admin user id)', 'Gecontroleerd door (id van de beheerder)', 'Vérifiée par (id de l’administrateur)')),
      checkedByName: label('Checked by', 'Gecontroleerd door', 'Vérifiée par'),
      offers: label('Offers', 'Aanbiedingen', 'Offres'),
    },
  },
  'api::match.match': {
    displayName: 'Match',
    name: t('Match', 'Koppeling', 'Mise en relation'),
    fields: {
      kind: label('Kind', 'Soort', 'Type'),
      caseStatus,
      helpRequest: label('Help request', 'Hulpvraag', 'Demande d’aide'),
      helpOffer: label('Help offer', 'Hulpaanbod', 'Offre d’aide'),
      initiativeDocumentId: technical(t('Initiative referred to', 'Doorverwezen naar initiatief', 'Initiative recommandée')),
      organisationDocumentId: technical(t('Organisation referred to', 'Doorverwezen naar organisatie', 'Organisation recommandée')),
      followUpOn: label('Follow up on', 'Opvolgen op', 'Suivi le'),
      sharedWithRequester: label('Shared with the person asking', 'Gedeeld met de vrager', 'Transmis à la personne demandeuse'),
      sharedWithVolunteer: label('Shared with the volunteer', 'Gedeeld met de vrijwilliger', 'Transmis au bénévole'),
      notes: staffNotes,
      confirmedAt: label('Contact confirmed on', 'Contact bevestigd op', 'Contact confirmé le'),
      pausedAt: label('Paused on', 'Gepauzeerd op', 'Mise en pause le'),
      anonymisedAt,
    },
  },
  'api::case-event.case-event': {
    displayName: 'Case timeline entry',
    name: t('Case timeline entry', 'Regel in de tijdlijn van een dossier', 'Ligne de l’historique d’un dossier'),
    fields: {
      kind: label('Kind', 'Soort', 'Type'),
      text: label('Text', 'Tekst', 'Texte'),
      toStatus: label('New status', 'Nieuwe status', 'Nouveau statut'),
      closeReason: label('Reason for closing', 'Reden van afsluiten', 'Motif de clôture'),
      person: label('Who (check-in or concern)', 'Wie (opvolging of zorg)', 'Qui (suivi ou inquiétude)'),
      authorId: technical(t('Author (admin user id)', 'Auteur (id van de beheerder)', 'Auteur (id de l’administrateur)')),
      authorName: label('Written by', 'Geschreven door', 'Écrit par'),
      writtenAt: label('Written on', 'Geschreven op', 'Écrit le'),
      helpRequest: label('Help request', 'Hulpvraag', 'Demande d’aide'),
      helpOffer: label('Help offer', 'Hulpaanbod', 'Offre d’aide'),
      match: label('Match', 'Koppeling', 'Mise en relation'),
      anonymisedAt,
    },
  },
  'api::project-proposal.project-proposal': {
    displayName: 'Project proposal',
    name: t('Project proposal', 'Projectvoorstel', 'Proposition de projet'),
    fields: {
      ...intakeRecord,
      ...contact,
      projectCallDocumentId: technical(t('Project call', 'Projectoproep', 'Appel à projets')),
      applicantType: label('Applicant', 'Aanvrager', 'Demandeur'),
      organisationName,
      enterpriseNumber: label('Enterprise number', 'Ondernemingsnummer', 'Numéro d’entreprise'),
      projectTitle: label('Project title', 'Titel van het project', 'Titre du projet'),
      description: label('Description', 'Beschrijving', 'Description'),
      targetGroup: label('Target group', 'Doelgroep', 'Public cible'),
      municipalities,
      startDate: label('Start date', 'Begindatum', 'Date de début'),
      endDate: label('End date', 'Einddatum', 'Date de fin'),
      requestedAmount: label('Amount requested (euro)', 'Gevraagd bedrag (euro)', 'Montant demandé (euros)'),
      budgetLines: label('Budget', 'Begroting', 'Budget'),
      attachments: technical(t('Attachments', 'Bijlagen', 'Pièces jointes')),
      grantedAmount: label('Amount granted (euro)', 'Toegekend bedrag (euro)', 'Montant accordé (euros)'),
      decisionNote: label(
        'Text for the applicant (in the decision mail)',
        'Tekst voor de aanvrager (in de mail met de beslissing)',
        'Texte pour le demandeur (dans le courriel de décision)',
      ),
      decisionInternalNote: label(
        'Internal note on the decision (staff only, never mailed)',
        'Interne notitie bij de beslissing (alleen voor medewerkers, nooit gemaild)',
        'Note interne sur la décision (équipe uniquement, jamais envoyée)',
      ),
      decidedAt: label('Decided on', 'Beslist op', 'Décidé le'),
      decisionDraft: technical(t('Decision awaiting confirmation', 'Beslissing die nog bevestigd moet worden', 'Décision en attente de confirmation')),
      decisionOverride: technical(
        t(
          'Decided despite the review rules (why, by whom)',
          'Beslist ondanks de beoordelingsregels (waarom, door wie)',
          'Décidé malgré les règles d’évaluation (pourquoi, par qui)',
        ),
      ),
      publicationConsentAt: label(
        'Applicant agreed to a public page on (with the organisation name)',
        'Aanvrager akkoord met een publieke pagina op (met de naam van de organisatie)',
        'Demandeur d’accord pour une page publique le (avec le nom de l’organisation)',
      ),
    },
  },
  'api::project-milestone.project-milestone': {
    displayName: 'Project milestone',
    name: t('Project milestone', 'Mijlpaal van een project', 'Étape d’un projet'),
    fields: {
      proposalDocumentId: technical(t('Proposal', 'Voorstel', 'Proposition')),
      plannedOn: label('Planned for', 'Gepland op', 'Prévue le'),
      what: label('What', 'Wat', 'Quoi'),
      done: label('Done', 'Gedaan', 'Réalisée'),
      report: label('Short report by the applicant', 'Kort verslag van de aanvrager', 'Bref rapport du demandeur'),
      files: technical(t('Photos or file', 'Foto’s of bestand', 'Photos ou fichier')),
      reportedAt: label('Reported on', 'Gemeld op', 'Signalée le'),
    },
  },
  'api::funded-project.funded-project': {
    displayName: 'Funded project',
    name: t('Funded project', 'Gesteund project', 'Projet soutenu'),
    fields: {
      title: label('Title', 'Titel', 'Titre'),
      slug,
      summary,
      description: label('What the project does', 'Wat het project doet', 'Ce que fait le projet'),
      runBy: described(
        t('Run by', 'Gedragen door', 'Porté par'),
        t(
          'The organisation’s name only, and only with the applicant’s consent.',
          'Alleen de naam van de organisatie, en alleen met toestemming van de aanvrager.',
          'Uniquement le nom de l’organisation, et seulement avec l’accord du demandeur.',
        ),
      ),
      location: label('Where', 'Waar', 'Où'),
      howToJoin: label('How to join', 'Hoe doe je mee', 'Comment participer'),
      municipalities,
      proposalDocumentId: technical(t('Proposal', 'Voorstel', 'Proposition')),
    },
  },
  'api::proposal-review.proposal-review': {
    displayName: 'Proposal review',
    name: t('Proposal review', 'Beoordeling van een voorstel', 'Évaluation d’une proposition'),
    fields: {
      proposal: label('Proposal', 'Voorstel', 'Proposition'),
      reviewerId: technical(t('Reviewer number', 'Nummer van de beoordelaar', 'Numéro de l’évaluateur')),
      reviewerName: label('Reviewer', 'Beoordelaar', 'Évaluateur'),
      scores: technical(t('Scores', 'Scores', 'Notes')),
      comment: label('Comment', 'Opmerking', 'Commentaire'),
      reviewedAt: label('Scored on', 'Gescoord op', 'Noté le'),
      assignedAt: label('Assigned on', 'Toegewezen op', 'Attribué le'),
      assignedByName: label('Assigned by', 'Toegewezen door', 'Attribué par'),
      conflictDeclaredAt: label('Conflict of interest declared on', 'Belangenconflict gemeld op', 'Conflit d’intérêts déclaré le'),
      conflictNote: label('About the conflict of interest', 'Toelichting bij het belangenconflict', 'Précisions sur le conflit d’intérêts'),
    },
  },
  'api::story-submission.story-submission': {
    displayName: 'Story or idea submission',
    name: t('Story or idea sent in', 'Ingezonden verhaal of idee', 'Récit ou idée envoyé'),
    fields: {
      ...intakeRecord,
      ...contact,
      title: label('Title', 'Titel', 'Titre'),
      text: label('Text', 'Tekst', 'Texte'),
      photo: technical(t('Photo', 'Foto', 'Photo')),
      mayPublish: label('May be published', 'Mag gepubliceerd worden', 'Peut être publié'),
      publishAs: label('Publish under the name', 'Publiceren onder de naam', 'Publier sous le nom'),
      storyDocumentId: technical(t('Story made from it', 'Verhaal dat ervan gemaakt werd', 'Récit qui en a été tiré')),
    },
  },
  'api::help-category.help-category': { displayName: 'Help category', name: t('Kind of help', 'Soort hulp', 'Type d’aide'), fields: taxonomy },
  'api::audience.audience': { displayName: 'Audience', name: t('Audience', 'Doelgroep', 'Public'), fields: taxonomy },
  'api::spoken-language.spoken-language': { displayName: 'Spoken language', name: t('Spoken language', 'Gesproken taal', 'Langue parlée'), fields: taxonomy },
  'api::municipality.municipality': {
    displayName: 'Municipality',
    name: t('Municipality', 'Gemeente', 'Commune'),
    fields: { ...taxonomy, postcodes: label('Postcodes', 'Postcodes', 'Codes postaux') },
  },
};

export const COMPONENT_WORDS: ComponentWords = {
  'call.criterion': {
    name: t('Criterion', 'Criterium', 'Critère'),
    fields: {
      title: label('Criterion', 'Criterium', 'Critère'),
      description: label('What reviewers look at', 'Waar beoordelaars naar kijken', 'Ce que regardent les évaluateurs'),
      weight: described(
        t('Weight', 'Gewicht', 'Poids'),
        t(
          'How much this criterion counts against the others.',
          'Hoeveel dit criterium telt tegenover de andere.',
          'Le poids de ce critère par rapport aux autres.',
        ),
      ),
    },
  },
  'activity.time': {
    name: t('Date and hours', 'Datum en uren', 'Date et horaire'),
    fields: {
      repeats: described(
        t('How often', 'Hoe vaak', 'À quelle fréquence'),
        t(
          'once: on one date · weekly: every week (or every 2, 3 or 4 weeks) · monthly: one day each month, e.g. the first Monday.',
          'once: op één datum · weekly: elke week (of om de 2, 3 of 4 weken) · monthly: één dag per maand, bv. de eerste maandag.',
          'once : à une date · weekly : chaque semaine (ou toutes les 2, 3 ou 4 semaines) · monthly : un jour par mois, p. ex. le premier lundi.',
        ),
      ),
      date: described(
        t('On (or from)', 'Op (of vanaf)', 'Le (ou à partir du)'),
        t(
          'Once: the date. Every week or month: the first day it may take place.',
          'Eén keer: de datum. Elke week of maand: de eerste dag waarop het kan plaatsvinden.',
          'Une fois : la date. Chaque semaine ou chaque mois : le premier jour où cela peut avoir lieu.',
        ),
      ),
      until: described(
        t('Until', 'Tot en met', 'Jusqu’au'),
        t(
          'The last day it may take place. Empty: it goes on.',
          'De laatste dag waarop het kan plaatsvinden. Leeg: het loopt door.',
          'Le dernier jour où cela peut avoir lieu. Vide : cela continue.',
        ),
      ),
      weekday: described(
        t('Day of the week', 'Dag van de week', 'Jour de la semaine'),
        t('Needed every week or every month.', 'Nodig bij elke week of elke maand.', 'Nécessaire pour chaque semaine ou chaque mois.'),
      ),
      weekOfMonth: described(
        t('Which one in the month', 'Welke in de maand', 'Lequel dans le mois'),
        t(
          'Every month only: first, second, third, fourth, fifth (months without one are left out) or last.',
          'Alleen bij elke maand: first (eerste), second (tweede), third (derde), fourth (vierde), fifth (vijfde; maanden zonder vallen weg) of last (laatste).',
          'Seulement pour chaque mois : first (premier), second (deuxième), third (troisième), fourth (quatrième), fifth (cinquième ; les mois qui n’en ont pas sont sautés) ou last (dernier).',
        ),
      ),
      everyWeeks: described(
        t('Every how many weeks', 'Om de hoeveel weken', 'Toutes les combien de semaines'),
        t(
          'Every week only: 1 every week, 2 every other week (counted from the first day), up to 4.',
          'Alleen bij elke week: 1 elke week, 2 om de twee weken (geteld vanaf de eerste dag), tot 4.',
          'Seulement pour chaque semaine : 1 chaque semaine, 2 une semaine sur deux (à compter du premier jour), jusqu’à 4.',
        ),
      ),
      startTime: label('Starts at', 'Begint om', 'Commence à'),
      endTime: label('Ends at', 'Eindigt om', 'Se termine à'),
      skipHolidays: described(
        t('Not on public holidays', 'Niet op feestdagen', 'Pas les jours fériés'),
        t(
          'Leave on when it does not take place on Belgian public holidays (Easter Monday, 1 May, Christmas…).',
          'Laat aan als het niet doorgaat op Belgische feestdagen (Paasmaandag, 1 mei, Kerstmis…).',
          'Laissez activé si cela n’a pas lieu les jours fériés belges (lundi de Pâques, 1er mai, Noël…).',
        ),
      ),
      skipDates: described(
        t('Not on these days', 'Niet op deze dagen', 'Pas ces jours-là'),
        t(
          'Days it does not take place, day first, separated by commas, e.g. 24/12/2027, 31/12/2027.',
          'Dagen waarop het niet doorgaat, dag eerst, gescheiden door komma’s, bv. 24/12/2027, 31/12/2027.',
          'Les jours où cela n’a pas lieu, le jour d’abord, séparés par des virgules, p. ex. 24/12/2027, 31/12/2027.',
        ),
      ),
    },
  },
  'call.faq-item': {
    name: t('Question and answer', 'Vraag en antwoord', 'Question et réponse'),
    fields: { question: label('Question', 'Vraag', 'Question'), answer: label('Answer', 'Antwoord', 'Réponse') },
  },
  'proposal.budget-line': {
    name: t('Budget line', 'Begrotingslijn', 'Ligne budgétaire'),
    fields: { label: label('What for', 'Waarvoor', 'Pour quoi'), amount: label('Amount (euro)', 'Bedrag (euro)', 'Montant (euros)') },
  },
  'shared.social-link': {
    name: t('Social media link', 'Link naar sociale media', 'Lien vers un réseau social'),
    fields: { platform: label('Platform', 'Platform', 'Plateforme'), url: website },
  },
};
