import { LOCALE_TAGS, routes } from '@cb/domain';
import { html, Html } from './html';
import { pageText } from './copy';
import { fillPageShell, pageShell, type ShellParts } from './site-shell';

/**
 * Inline only: these pages load nothing else. System fonts, 1.125 rem text, 48 px targets, a
 * visible focus ring, colours at 7:1 or better on white.
 */
const STYLE = `
*,*::before,*::after{box-sizing:border-box}
body{margin:0;font:1.125rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff}
header,main,footer{max-width:42rem;margin:0 auto;padding:1rem 1.25rem}
header{border-bottom:1px solid #767676}
header a{font-weight:700;font-size:1.25rem}
a{color:#0a4ea3;text-decoration-thickness:2px;text-underline-offset:3px}
a:hover{color:#062f63}
:focus-visible{outline:3px solid #1a1a1a;outline-offset:3px}
h1{font-size:1.75rem;line-height:1.25;margin:1rem 0}
h2{font-size:1.35rem;margin:1.5rem 0 .5rem}
.reference{font-size:2.5rem;font-weight:700;letter-spacing:.12em;margin:.25rem 0;font-variant-numeric:tabular-nums}
.state{font-size:1.75rem;font-weight:700;line-height:1.3;margin:.25rem 0;overflow-wrap:anywhere}
.panel,.thank-you,.error-summary{border:3px solid #1a1a1a;padding:1rem 1.25rem;margin:1.5rem 0}
.error-summary{border-color:#b00020}
.error-summary h2{margin-top:0}
.error-summary a{color:#b00020;font-weight:700}
.field-error{color:#b00020;font-weight:700;margin:.25rem 0}
.field-hint{color:#4a4a4a;margin:.25rem 0}
fieldset{border:0;margin:0 0 1.5rem;padding:0}
legend{font-size:1.35rem;font-weight:700;margin-bottom:.5rem;padding:0}
.field{margin:0 0 1.25rem}
.field>label,.field>legend{display:block;font-weight:700;margin-bottom:.25rem}
input[type=text],input[type=email],input[type=tel],input[type=date],select,textarea{display:block;width:100%;min-height:48px;padding:.5rem .75rem;font:inherit;border:2px solid #1a1a1a;border-radius:4px;background:#fff;color:inherit}
textarea{min-height:8rem}
input[aria-invalid=true],select[aria-invalid=true],textarea[aria-invalid=true]{border-color:#b00020;border-width:3px}
.choice{display:flex;align-items:center;gap:.75rem;min-height:48px}
.choice input{width:1.75rem;height:1.75rem;margin:0;flex:none}
.budget-line{display:grid;grid-template-columns:2fr 1fr;gap:.75rem;margin-bottom:.75rem}
button,.button{min-height:48px;padding:.75rem 1.5rem;font:inherit;font-weight:700;color:#fff;background:#0a4ea3;border:2px solid #0a4ea3;border-radius:4px;cursor:pointer}
button:hover{background:#062f63}
.honeypot{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
ul.links{padding-left:1.25rem}
ul.links li{margin:.5rem 0}
ul.field-links{margin:0 0 .5rem;padding-left:1.25rem}
.reference-label{font-weight:700;margin:0}
`;

export type PageParts = ShellParts;

/**
 * A whole page: inside the site's own layout when the site's shell could be read (site-shell.ts), else
 * in this plain layout of its own. The content uses the site's class names, so it looks the same in both.
 */
export function htmlDocument(parts: PageParts): string {
  const shell = pageShell(parts.locale);
  return shell ? fillPageShell(shell, parts) : plainDocument(parts);
}

function plainDocument({ locale, title, heading, main }: PageParts): string {
  return `<!doctype html>\n${html`<html lang="${LOCALE_TAGS[locale]}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<meta name="referrer" content="same-origin">
<title>${title} · ${pageText('siteName', locale)}</title>
<style>${new Html(STYLE)}</style>
</head>
<body>
<header><a href="${routes.home(locale)}">${pageText('siteName', locale)}</a></header>
<main id="main">
<h1>${heading}</h1>
${main}
</main>
</body>
</html>`}`;
}
