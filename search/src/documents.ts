import { AUDIENCES, HELP_CATEGORIES, LOCALES, MUNICIPALITIES, SPOKEN_LANGUAGES, type Locale, type Term } from '@cb/domain';
import type { CmsFundedProject, CmsInitiative, CmsOrganisation, CmsProjectCall, CmsStory } from '@cb/domain/cms-api';
import { blocksToPlainText } from './blocks-text.js';
import { compoundParts } from './compounds.js';
import { searchDocumentId, sitePath, type CmsDocument, type ContentKind } from './content-kinds.js';

/**
 * What one index entry holds: public fields only, built field by field (never by copying the CMS
 * document), so contact details, author names and anything private cannot slip in.
 * Every kind has every field (null or empty when it does not apply), which keeps the island simple.
 */
export interface SearchDocument {
  /** `${kind}-${documentId}`: the same in every locale's index. */
  id: string;
  kind: ContentKind;
  documentId: string;
  locale: Locale;
  /** Path on the public site, e.g. `/fr/initiatives/balade-a-jette/`. */
  url: string;
  title: string;
  summary: string;
  /** Plain text of the rich-text description or body. */
  text: string;
  forWhom: string | null;
  /** Where it happens: an initiative's location, an organisation's address and postcode. */
  location: string | null;
  schedule: string | null;
  howToJoin: string | null;
  organisationName: string | null;
  /** Can take part from home (by phone or online). Always false for other kinds than initiative. */
  remote: boolean;
  categories: string[];
  categoryNames: string[];
  municipalities: string[];
  municipalityNames: string[];
  /**
   * Dutch only: the words the document's compounds are made of ("boodschappendienst" gives
   * "boodschappen" and "dienst"), so "hulp bij boodschappen" finds it. Empty in other languages.
   */
  wordParts: string[];
  /** Names of the municipalities in every locale and their postcodes: "Elsene" finds Ixelles in French too. */
  places: string[];
  audiences: string[];
  audienceNames: string[];
  languages: string[];
  languageNames: string[];
  image: { url: string; alt: string } | null;
  /**
   * The date a reader would sort by, as a full ISO 8601 UTC timestamp (sorts lexicographically):
   * a story's date, a project call's opening, otherwise the last update.
   */
  date: string | null;
  /** A project call's deadline (ISO 8601 UTC); null for other kinds. */
  deadline: string | null;
}

/** Maps a parsed CMS document to its search document, in the document's own locale. */
export function toSearchDocument(input: CmsDocument): SearchDocument {
  const document = mapped(input);
  if (document.locale !== 'nl') return document;
  const { title, summary, text, forWhom, location, schedule, howToJoin, organisationName, categoryNames } = document;
  return { ...document, wordParts: compoundParts([title, summary, text, forWhom, location, schedule, howToJoin, organisationName, ...categoryNames]) };
}

function mapped(input: CmsDocument): SearchDocument {
  switch (input.kind) {
    case 'initiative':
      return initiativeDocument(input.document);
    case 'organisation':
      return organisationDocument(input.document);
    case 'story':
      return storyDocument(input.document);
    case 'project-call':
      return projectCallDocument(input.document);
    case 'funded-project':
      return fundedProjectDocument(input.document);
  }
}

function initiativeDocument(doc: CmsInitiative): SearchDocument {
  const locale = doc.locale;
  const municipalities = unique(doc.municipalities);
  return {
    ...base('initiative', doc.documentId, locale, doc.slug, doc.title, doc.summary, doc.description),
    forWhom: textOrNull(doc.forWhom),
    location: textOrNull(doc.location),
    schedule: textOrNull(doc.schedule),
    howToJoin: textOrNull(doc.howToJoin),
    organisationName: textOrNull(doc.organisation?.name),
    remote: doc.remote === true,
    ...taxonomy('categories', 'categoryNames', HELP_CATEGORIES, unique(doc.categories), locale),
    ...taxonomy('municipalities', 'municipalityNames', MUNICIPALITIES, municipalities, locale),
    places: placesOf(municipalities),
    ...taxonomy('audiences', 'audienceNames', AUDIENCES, unique(doc.audiences), locale),
    ...taxonomy('languages', 'languageNames', SPOKEN_LANGUAGES, unique(doc.languages), locale),
    image: imageOf(doc.image, doc.imageAlt),
    date: isoTimestamp(doc.updatedAt),
  };
}

function organisationDocument(doc: CmsOrganisation): SearchDocument {
  const locale = doc.locale;
  const municipalities = doc.municipality ? [doc.municipality] : [];
  const postcode = textOrNull(doc.postcode);
  return {
    ...base('organisation', doc.documentId, locale, doc.slug, doc.name, doc.summary, doc.description),
    location: textOrNull([textOrNull(doc.address), postcode].filter(Boolean).join(', ')),
    ...taxonomy('municipalities', 'municipalityNames', MUNICIPALITIES, municipalities, locale),
    places: unique([...placesOf(municipalities), ...(postcode ? [postcode] : [])]),
    image: imageOf(doc.logo, doc.logoAlt),
    date: isoTimestamp(doc.updatedAt),
  };
}

function storyDocument(doc: CmsStory): SearchDocument {
  const locale = doc.locale;
  const municipalities = doc.municipality ? [doc.municipality] : [];
  return {
    ...base('story', doc.documentId, locale, doc.slug, doc.title, doc.summary, doc.body),
    ...taxonomy('municipalities', 'municipalityNames', MUNICIPALITIES, municipalities, locale),
    places: placesOf(municipalities),
    image: imageOf(doc.cover, doc.coverAlt),
    date: isoTimestamp(doc.storyDate) ?? isoTimestamp(doc.updatedAt),
  };
}

function projectCallDocument(doc: CmsProjectCall): SearchDocument {
  return {
    ...base('project-call', doc.documentId, doc.locale, doc.slug, doc.title, doc.summary, doc.body),
    date: isoTimestamp(doc.opensOn) ?? isoTimestamp(doc.updatedAt),
    deadline: isoTimestamp(doc.deadline),
  };
}

/** A funded project: who runs it is the organisation's name, the only thing of the applicant made public. */
function fundedProjectDocument(doc: CmsFundedProject): SearchDocument {
  const municipalities = unique(doc.municipalities);
  return {
    ...base('funded-project', doc.documentId, doc.locale, doc.slug, doc.title, doc.summary, doc.description),
    location: textOrNull(doc.location),
    howToJoin: textOrNull(doc.howToJoin),
    organisationName: textOrNull(doc.runBy),
    ...taxonomy('municipalities', 'municipalityNames', MUNICIPALITIES, municipalities, doc.locale),
    places: placesOf(municipalities),
    date: isoTimestamp(doc.updatedAt),
  };
}

function base(
  kind: ContentKind,
  documentId: string,
  locale: Locale,
  slug: string,
  title: string,
  summary: string | null | undefined,
  richText: unknown,
): SearchDocument {
  return {
    id: searchDocumentId(kind, documentId),
    kind,
    documentId,
    locale,
    url: sitePath(kind, locale, slug),
    title: title.trim(),
    summary: summary?.trim() ?? '',
    text: blocksToPlainText(richText),
    forWhom: null,
    location: null,
    schedule: null,
    howToJoin: null,
    organisationName: null,
    remote: false,
    categories: [],
    categoryNames: [],
    municipalities: [],
    municipalityNames: [],
    wordParts: [],
    places: [],
    audiences: [],
    audienceNames: [],
    languages: [],
    languageNames: [],
    image: null,
    date: null,
    deadline: null,
  };
}

/**
 * Codes with their names in the locale, in the order of @cb/domain's terms. The CMS client's
 * schemas already refused any code the domain does not know (the document is then skipped and named).
 */
function taxonomy<CodesKey extends string, NamesKey extends string>(
  codesKey: CodesKey,
  namesKey: NamesKey,
  terms: readonly Term[],
  wanted: readonly string[],
  locale: Locale,
): Record<CodesKey, string[]> & Record<NamesKey, string[]> {
  const known = terms.filter((term) => wanted.includes(term.code));
  return {
    [codesKey]: known.map((term) => term.code),
    [namesKey]: known.map((term) => term.name[locale]),
  } as Record<CodesKey, string[]> & Record<NamesKey, string[]>;
}

function placesOf(municipalityCodes: readonly string[]): string[] {
  return unique(
    MUNICIPALITIES.filter((municipality) => municipalityCodes.includes(municipality.code)).flatMap((municipality) => [
      ...LOCALES.map((locale) => municipality.name[locale]),
      ...municipality.postcodes,
    ]),
  );
}

function imageOf(media: { url: string } | null | undefined, alt: string | null | undefined): SearchDocument['image'] {
  return media?.url ? { url: media.url, alt: alt?.trim() ?? '' } : null;
}

function textOrNull(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

function isoTimestamp(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
