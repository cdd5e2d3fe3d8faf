import { LOCALES, type Locale } from '@cb/domain';
import { getCollection } from 'astro:content';
import type { GlobalEntry, HomeEntry } from './cms/model.ts';
import type { EntryDigests } from './page-cache-key.ts';
import { planSite, type SiteContent, type SitePage } from './site-plan.ts';

/** The content collections gathered once per build, and the page plan made from them. */

let content: Promise<SiteContent> | undefined;
let plan: Promise<SitePage[]> | undefined;

/** The moment the build decides "open" and "closed" by. */
export const BUILD_TIME = new Date();

export function siteContent(): Promise<SiteContent> {
  content ??= loadSiteContent();
  return content;
}

export function sitePlan(): Promise<SitePage[]> {
  plan ??= siteContent().then((loaded) => planSite(loaded, BUILD_TIME));
  return plan;
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

/** The content store's digest of each entry's data, by the data object the plan shares (see page-cache-key.ts). */
const digests = new WeakMap<object, string>();

export const entryDigest: EntryDigests = (value) => digests.get(value);

async function loadSiteContent(): Promise<SiteContent> {
  const [stories, initiatives, organisations, projectCalls, fundedProjects, pages, globals, homes] = await Promise.all([
    getCollection('stories'),
    getCollection('initiatives'),
    getCollection('organisations'),
    getCollection('projectCalls'),
    getCollection('fundedProjects'),
    getCollection('pages'),
    getCollection('global'),
    getCollection('home'),
  ]);
  return {
    stories: dataOf(stories),
    initiatives: dataOf(initiatives),
    organisations: dataOf(organisations),
    projectCalls: dataOf(projectCalls),
    fundedProjects: dataOf(fundedProjects),
    pages: dataOf(pages),
    globals: perLocale(dataOf(globals)),
    homes: perLocale(dataOf(homes)),
  };
}

function dataOf<T extends object>(entries: { data: T; digest?: string | number }[]): T[] {
  return entries.map(({ data, digest }) => {
    if (digest !== undefined) digests.set(data, String(digest));
    return data;
  });
}

function perLocale<T extends GlobalEntry | HomeEntry>(entries: T[]): Partial<Record<Locale, T>> {
  return Object.fromEntries(LOCALES.flatMap((locale) => entries.filter((entry) => entry.locale === locale).map((entry) => [locale, entry])));
}
