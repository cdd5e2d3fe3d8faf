import { LOCALES, routes, type Locale } from '@cb/domain';
import { PAGE_SHELL_MARKERS } from '@cb/domain/intake';
import { escapeHtml, type Html } from './html';

/**
 * The site's own layout for the CMS's intake pages, read from the built site (one source: a change to the
 * site's design reaches these pages with its next build). Kept per locale for a few minutes; while the
 * site cannot be read, the pages use their own plain layout (document.ts).
 */

const KEPT_MS = 5 * 60_000;
/** After a failed read, the next try waits this long, so a site that is down costs no time per page. */
const RETRY_MS = 30_000;
const READ_TIMEOUT_MS = 3_000;
const MAX_SHELL_BYTES = 512 * 1024;

interface Kept {
  markup: string | undefined;
  until: number;
  reading?: Promise<void>;
}

const kept = new Map<string, Kept>();
const keyOf = (siteUrl: string, locale: Locale) => `${locale} ${siteUrl}`;
/** The site whose shells the pages use: the one the last read was for (the CMS serves one site). */
let currentSite: string | undefined;

/** Reads the locale's shell from the site when the one kept is missing or old; never throws. */
export async function refreshPageShell(siteUrl: string | undefined, locale: Locale): Promise<void> {
  if (!siteUrl) return;
  currentSite = siteUrl;
  const key = keyOf(siteUrl, locale);
  const entry = kept.get(key);
  if (entry && (entry.reading || entry.until > Date.now())) return entry.reading;
  const reading = readShell(siteUrl, locale).then((markup) => {
    kept.set(key, { markup: markup ?? entry?.markup, until: Date.now() + (markup ? KEPT_MS : RETRY_MS) });
  });
  kept.set(key, { markup: entry?.markup, until: entry?.until ?? 0, reading });
  return reading;
}

/** The locale's shell as last read, if any. */
export function pageShell(locale: Locale): string | undefined {
  return currentSite ? kept.get(keyOf(currentSite, locale))?.markup : undefined;
}

async function readShell(siteUrl: string, locale: Locale): Promise<string | undefined> {
  try {
    const response = await fetch(new URL(routes.intakeShell(locale), siteUrl), { signal: AbortSignal.timeout(READ_TIMEOUT_MS), redirect: 'error' });
    if (!response.ok || !response.headers.get('content-type')?.startsWith('text/html')) return undefined;
    const markup = await response.text();
    const complete = Object.values(PAGE_SHELL_MARKERS).every((marker) => markup.includes(marker));
    return complete && markup.length <= MAX_SHELL_BYTES ? markup : undefined;
  } catch {
    return undefined;
  }
}

export interface ShellParts {
  locale: Locale;
  title: string;
  heading: string;
  main: Html;
  /** The same page in the other languages; by default their home pages. */
  languageLinks?: Partial<Record<Locale, string>>;
}

/** The shell with the page's own parts in place, and its language links pointed at this page in each language. */
export function fillPageShell(shell: string, { locale, title, heading, main, languageLinks = {} }: ShellParts): string {
  let page = shell
    .replaceAll(PAGE_SHELL_MARKERS.title, escapeHtml(title))
    .replaceAll(PAGE_SHELL_MARKERS.heading, escapeHtml(heading))
    .replace(PAGE_SHELL_MARKERS.main, () => main.markup);
  for (const other of LOCALES.filter((candidate) => candidate !== locale)) {
    const target = languageLinks[other] ?? routes.home(other);
    page = page.replaceAll(`href="${routes.intakeShell(other)}"`, () => `href="${escapeHtml(target)}"`);
  }
  return page;
}
