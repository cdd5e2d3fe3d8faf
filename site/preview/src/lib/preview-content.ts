import { LOCALES, type Locale, type PreviewTarget, type PreviewType } from '@cb/domain';
import {
  fetchDocumentVersion,
  fetchPublished,
  fetchSingleType,
  type CmsCollectionTypeName,
  type CmsConnection,
  type CmsSingleTypeName,
  type DocumentProblem,
} from '@cb/domain/cms-api';
import type { PreviewEnv } from '../../../src/lib/build-env.ts';
import {
  fundedProjectSource,
  globalSource,
  homeSource,
  initiativeSource,
  organisationSource,
  pageSource,
  projectCallSource,
  storySource,
  type CmsSource,
} from '../../../src/lib/cms/sources.ts';
import { entryOf } from '../../../src/lib/cms/strapi-loader.ts';
import { planSite, type SiteContent, type SitePage } from '../../../src/lib/site-plan.ts';

/**
 * What one preview shows: the site's published content as the static build reads it, with the
 * editor's version of one document in its place, planned into pages by the site's own plan; the
 * page of that document in the locale asked for.
 */

export type PreviewResult = { found: true; page: SitePage; content: SiteContent } | { found: false; problems: DocumentProblem[] };

/** A preview never waits long: the editor is looking at it. */
const PREVIEW_REQUESTS = { timeoutMs: 15_000, retries: 1 };

export async function previewOf(target: PreviewTarget, env: PreviewEnv, now: Date): Promise<PreviewResult> {
  const cms: CmsConnection = { url: env.cmsUrl, token: env.token, ...PREVIEW_REQUESTS };
  const [published, version] = await Promise.all([publishedContent(cms), editedVersion(cms, target)]);
  if (!version.content) return { found: false, problems: version.problems };
  const content = version.content(published);
  const page = planSite(content, now).find((candidate) => candidate.locale === target.locale && shows(candidate, target));
  return page ? { found: true, page, content } : { found: false, problems: [] };
}

async function publishedContent(cms: CmsConnection): Promise<SiteContent> {
  const [stories, initiatives, organisations, projectCalls, fundedProjects, pages, globals, homes] = await Promise.all([
    collection(cms, storySource),
    collection(cms, initiativeSource),
    collection(cms, organisationSource),
    collection(cms, projectCallSource),
    collection(cms, fundedProjectSource),
    collection(cms, pageSource),
    single(cms, globalSource),
    single(cms, homeSource),
  ]);
  return { stories, initiatives, organisations, projectCalls, fundedProjects, pages, globals, homes };
}

/** Every published document that the build would take (one it would refuse is left out here). */
async function collection<Name extends CmsCollectionTypeName, Entry>(cms: CmsConnection, source: CmsSource<Name, Entry>): Promise<Entry[]> {
  const perLocale = await Promise.all(LOCALES.map(async (locale) => ({ locale, page: await fetchPublished(cms, source.type, locale) })));
  return perLocale.flatMap(({ locale, page }) => page.documents.flatMap((document) => entryOf(source, document, locale, cms.url).entry ?? []));
}

async function single<Name extends CmsSingleTypeName, Entry>(cms: CmsConnection, source: CmsSource<Name, Entry>): Promise<Partial<Record<Locale, Entry>>> {
  const perLocale = await Promise.all(
    LOCALES.map(async (locale) => {
      const parsed = await fetchSingleType(cms, source.type, locale);
      const entry = parsed?.document && entryOf(source, parsed.document, locale, cms.url).entry;
      return entry ? [[locale, entry] as const] : [];
    }),
  );
  return Object.fromEntries(perLocale.flat());
}

type Edited = { content: (published: SiteContent) => SiteContent; problems?: never } | { content?: never; problems: DocumentProblem[] };

/** The edited version, as a change to the published content; or what keeps the site from showing it. */
async function editedVersion(cms: CmsConnection, target: PreviewTarget): Promise<Edited> {
  const { locale, status, documentId } = target;
  const read = async <Name extends PreviewType, Entry>(source: CmsSource<Name, Entry>) => {
    const parsed = await fetchDocumentVersion(cms, source.type, { locale, status, documentId });
    if (!parsed) return { problems: [] };
    if (parsed.problems) return { problems: parsed.problems };
    return entryOf(source, parsed.document, locale, cms.url);
  };
  const replacing = <Entry extends { documentId: string; locale: Locale }>(entries: Entry[], entry: Entry): Entry[] => [
    ...entries.filter((other) => !(other.documentId === entry.documentId && other.locale === entry.locale)),
    entry,
  ];
  switch (target.type) {
    case 'story': {
      const { entry, problems } = await read(storySource);
      return entry ? { content: (published) => ({ ...published, stories: replacing(published.stories, entry) }) } : { problems: problems ?? [] };
    }
    case 'initiative': {
      const { entry, problems } = await read(initiativeSource);
      return entry ? { content: (published) => ({ ...published, initiatives: replacing(published.initiatives, entry) }) } : { problems: problems ?? [] };
    }
    case 'organisation': {
      const { entry, problems } = await read(organisationSource);
      return entry ? { content: (published) => ({ ...published, organisations: replacing(published.organisations, entry) }) } : { problems: problems ?? [] };
    }
    case 'project-call': {
      const { entry, problems } = await read(projectCallSource);
      return entry ? { content: (published) => ({ ...published, projectCalls: replacing(published.projectCalls, entry) }) } : { problems: problems ?? [] };
    }
    case 'funded-project': {
      const { entry, problems } = await read(fundedProjectSource);
      return entry
        ? { content: (published) => ({ ...published, fundedProjects: replacing(published.fundedProjects ?? [], entry) }) }
        : { problems: problems ?? [] };
    }
    case 'page': {
      const { entry, problems } = await read(pageSource);
      return entry ? { content: (published) => ({ ...published, pages: replacing(published.pages, entry) }) } : { problems: problems ?? [] };
    }
    case 'home': {
      const { entry, problems } = await read(homeSource);
      return entry ? { content: (published) => ({ ...published, homes: { ...published.homes, [locale]: entry } }) } : { problems: problems ?? [] };
    }
    case 'global': {
      const { entry, problems } = await read(globalSource);
      return entry ? { content: (published) => ({ ...published, globals: { ...published.globals, [locale]: entry } }) } : { problems: problems ?? [] };
    }
  }
}

/** Whether a page is the one that shows the previewed document (the global settings show on the home page). */
function shows(page: SitePage, { type, documentId }: PreviewTarget): boolean {
  switch (type) {
    case 'story':
      return page.kind === 'story' && page.story.documentId === documentId;
    case 'initiative':
      return page.kind === 'initiative' && page.initiative.documentId === documentId;
    case 'organisation':
      return page.kind === 'organisation' && page.organisation.documentId === documentId;
    case 'project-call':
      return page.kind === 'projectCall' && page.call?.documentId === documentId;
    case 'funded-project':
      return page.kind === 'fundedProject' && page.project.documentId === documentId;
    case 'page':
      return page.kind === 'page' && page.page?.documentId === documentId;
    case 'home':
    case 'global':
      return page.kind === 'home';
  }
}
