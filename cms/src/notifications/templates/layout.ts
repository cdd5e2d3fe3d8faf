import { INTAKE_TEXT_LIMITS } from '@cb/domain/intake';
import { colon, inSentence, isName, type Locale } from '@cb/domain';
import type { PlatformContact } from '../submission';

/** One part of a mail: a paragraph, a titled list, or a link. Every string in it is plain text. */
export type MailBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'lines'; lines: readonly string[] }
  | { kind: 'list'; title: string; items: readonly string[] }
  | { kind: 'link'; label: string; href: string };

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** The same blocks as plain text and as simple HTML; every value is escaped on the way into HTML. */
export function renderMail(subject: string, lang: Locale, blocks: readonly MailBlock[]): RenderedMail {
  return {
    subject: subject.replace(/[\r\n]+/g, ' '),
    text: `${blocks.map((block) => blockAsText(block, lang)).join('\n\n')}\n`,
    html: [
      `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>`,
      '<body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:40em">',
      ...blocks.map(blockAsHtml),
      '</body></html>',
    ].join('\n'),
  };
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => HTML_ENTITIES[character] ?? character);
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** A block as plain text; a link's label ends with the colon as the language writes it (French: a no-break space before it). */
function blockAsText(block: MailBlock, locale: Locale): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text;
    case 'lines':
      return block.lines.join('\n');
    case 'list':
      return [block.title, ...block.items.map((item) => `- ${item}`)].join('\n');
    case 'link':
      return `${block.label}${colon(locale)}\n${block.href}`;
  }
}

function blockAsHtml(block: MailBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return `<p>${escapeHtml(block.text)}</p>`;
    case 'lines':
      return `<p>${block.lines.map(escapeHtml).join('<br>')}</p>`;
    case 'list':
      return `<p><strong>${escapeHtml(block.title)}</strong></p>\n<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
    case 'link':
      return `<p><a href="${escapeHtml(safeHref(block.href))}">${escapeHtml(block.label)}</a></p>`;
  }
}

/** Only web links become clickable: anything else would be a way to smuggle a script into a mail. */
function safeHref(href: string): string {
  return /^https?:\/\//i.test(href) ? href : '#';
}

/**
 * The name a mail greets someone with: only one that is a name by the shared rule (no link, no second
 * line, no hidden characters), so that nobody can make the platform mail their text to an address of
 * their choice. Anything else, from an old record or typed by staff, gets the greeting without a name.
 */
export function greetableName(name: string | undefined): string {
  const trimmed = name?.trim() ?? '';
  return trimmed !== '' && [...trimmed].length <= INTAKE_TEXT_LIMITS['help-request'].contactName && isName(trimmed) ? trimmed : '';
}

/**
 * The platform's phone line inside a sentence, its hours in brackets: the CMS writes the hours to stand
 * alone ("Maandag tot vrijdag, …"), and Dutch and French write weekdays in lowercase in running text
 * ("(maandag tot vrijdag, …)", "(du lundi au vendredi, …)"); English keeps its capitals.
 */
export function phoneWithHours(contact: PlatformContact, locale: Locale): string {
  const hours = contact.phoneHours ? (locale === 'en' ? contact.phoneHours : inSentence(contact.phoneHours, locale)) : '';
  return `${contact.phoneNumber ?? ''}${hours ? ` (${hours})` : ''}`;
}
