import { LOCALES, type Locale } from '@cb/domain';
import type { collections } from '../content.config.ts';
import { syncedEntries } from './cms/entry-store.ts';
import type { FundedProjectEntry, GlobalEntry, HomeEntry, InitiativeEntry, OrganisationEntry, PageEntry, ProjectCallEntry, StoryEntry } from './cms/model.ts';
import type { EntryDigests } from './page-cache-key.ts';
import { planSite, type SiteContent, type SitePage } from './site-plan.ts';

/** The content collections gathered once per build, and the page plan made from them. */

let content: SiteContent | undefined;
let plan: SitePage[] | undefined;

/** The moment the build decides "open" and "closed" by. */
export const BUILD_TIME = new Date();

export function siteContent(): Promise<SiteContent> {
  return Promise.resolve(loadedContent());
}

export function sitePlan(): Promise<SitePage[]> {
  plan ??= planSite(loadedContent(), BUILD_TIME);
  return Promise.resolve(plan);
}

function loadedContent(): SiteContent {
  content ??= loadSiteContent();
  return content;
}

/**
 * What the preview server (site/preview) puts in `Astro.locals` for one request: the content with
 * the editor's draft in it, and the moment it renders for. Unset in the static build.
 */
export interface PreviewLocals {
  content: SiteContent;
  now: Date;
}

/** Pages and components pass their `Astro.locals`: the preview's content when there is one, the build's otherwise. */
export interface RenderLocals {
  preview?: PreviewLocals | undefined;
}

/** The moment a page decides "open", "closed" and "coming" by. */
export function renderTime(locals: RenderLocals): Date {
  return locals.preview?.now ?? BUILD_TIME;
}

export async function globalFor(locale: Locale, locals: RenderLocals): Promise<GlobalEntry> {
  const global = (locals.preview?.content ?? (await siteContent())).globals[locale];
  if (!global) throw new Error(`The global settings (phone line, footer) are missing in ${locale}`);
  return global;
}

/** Astro's digest of each entry's data, by the data object the plan shares (see page-cache-key.ts). */
const digests = new WeakMap<object, string>();

export const entryDigest: EntryDigests = (value) => digests.get(value);

/** The collections of content.config.ts, as this build's content sync stored them (cms/entry-store.ts). */
function loadSiteContent(): SiteContent {
  return {
    stories: dataOf<StoryEntry>('stories'),
    initiatives: dataOf<InitiativeEntry>('initiatives'),
    organisations: dataOf<OrganisationEntry>('organisations'),
    projectCalls: dataOf<ProjectCallEntry>('projectCalls'),
    fundedProjects: dataOf<FundedProjectEntry>('fundedProjects'),
    pages: dataOf<PageEntry>('pages'),
    globals: perLocale(dataOf<GlobalEntry>('global')),
    homes: perLocale(dataOf<HomeEntry>('home')),
  };
}

/** In the order of their ids, as Astro's store gave them, whatever order they were loaded in. */
function dataOf<T extends object>(collection: keyof typeof collections): T[] {
  return [...syncedEntries<T>(collection)]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, { data, digest }]) => {
      digests.set(data, digest);
      return data;
    });
}

function perLocale<T extends GlobalEntry | HomeEntry>(entries: T[]): Partial<Record<Locale, T>> {
  return Object.fromEntries(LOCALES.flatMap((locale) => entries.filter((entry) => entry.locale === locale).map((entry) => [locale, entry])));
}
