/**
 * The site's layout around the CMS's own intake pages (thank-you, the form again, errors): the site's build
 * writes one shell page per locale at `routes.intakeShell(locale)`, with its header, menu, phone number,
 * language switch, footer and styles, and these markers where the CMS puts each page's own parts.
 * The shell's language links lead to the other locales' shells; the CMS points them at the same page in that language.
 */
export const PAGE_SHELL_MARKERS = {
  /** In <title> and the page's meta data: the page's title (text). */
  title: 'CB-PAGE-SHELL-TITLE',
  /** The text of the page's <h1>. */
  heading: 'CB-PAGE-SHELL-HEADING',
  /** After the <h1>: the page's content (HTML). */
  main: '<!--cb-page-shell-main-->',
} as const;
