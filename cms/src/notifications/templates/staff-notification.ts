import { SPOKEN_LANGUAGES, TAXONOMIES, termName, type Locale, type Term } from '@cb/domain';
import { isStaffTextId, staffText, type StaffTextId, type StaffTextValues } from '../../staff-texts';
import type { Submission } from '../submission';
import { renderMail, type MailBlock, type RenderedMail } from './layout';

/**
 * The mail that tells back-office staff a submission came in, in the staff member's language. It
 * carries no name, phone, email or free text: a mail is not a safe place for them. Staff read those in
 * the back office (or the admin, for what the back office has no page of), through the link.
 */
export interface RecordLink {
  href: string;
  /** The back office's page of the request or offer, of the proposals of its call, or the admin's record. */
  page: 'case' | 'proposals' | 'admin';
}

export function staffNotification(submission: Submission, link: RecordLink, locale: Locale): RenderedMail {
  const { form, reference } = submission;
  const text = textsIn(locale);
  const channel = wordFor(locale, `channel.${submission.channel}`, submission.channel);
  const blocks: MailBlock[] = [
    { kind: 'paragraph', text: text(`mail.new.intro.${form}`, { reference }) },
    { kind: 'list', title: text('mail.new.at-a-glance'), items: atAGlance(submission, locale, channel) },
  ];
  const categories = names(TAXONOMIES['help-category'], submission.categories, locale);
  if (categories.length > 0) blocks.push({ kind: 'list', title: text('mail.new.categories'), items: categories });
  const places = submission.anywhereInBrussels ? [text('mail.new.anywhere')] : names(TAXONOMIES.municipality, submission.municipalities, locale);
  if (places.length > 0) blocks.push({ kind: 'list', title: text('mail.new.municipalities'), items: places });
  const languages = names(SPOKEN_LANGUAGES, submission.languages, locale);
  if (languages.length > 0) blocks.push({ kind: 'list', title: text('mail.new.languages'), items: languages });
  blocks.push(
    { kind: 'link', label: text(`mail.new.open.${link.page}`, { reference }), href: link.href },
    { kind: 'paragraph', text: text('mail.new.privacy') },
  );
  return renderMail(text(`mail.new.subject.${form}`, { reference, channel }), locale, blocks);
}

function atAGlance(submission: Submission, locale: Locale, channel: string): string[] {
  const text = textsIn(locale);
  const formLanguage = termName(SPOKEN_LANGUAGES, submission.formLocale, locale) ?? submission.formLocale;
  const facts = Object.entries(submission.facts).flatMap(([name, value]) => {
    const label = `mail.new.fact.${name}`;
    return isStaffTextId(label) ? [text(label, { value: factValue(locale, name, value) })] : [];
  });
  const means = submission.hasPhone && submission.email ? 'phone-and-email' : submission.hasPhone ? 'phone' : submission.email ? 'email' : 'none';
  return [
    text('mail.new.channel', { channel }),
    text('mail.new.form-language', { language: formLanguage }),
    ...facts,
    text('mail.new.reachable', { means: text(`mail.new.reachable.${means}`) }),
  ];
}

/** An enumerated answer in words: yes/no for a boolean, the staff text of a code, else the code as read. */
function factValue(locale: Locale, name: string, value: string): string {
  if (value === 'true' || value === 'false') return staffText(locale, value === 'true' ? 'answer.yes' : 'answer.no');
  return wordFor(locale, `mail.new.${name}.${value}`, value.replace(/-/g, ' '));
}

function textsIn(locale: Locale): (id: StaffTextId, values?: StaffTextValues) => string {
  return (id, values) => staffText(locale, id, values);
}

function wordFor(locale: Locale, id: string, fallback: string): string {
  return isStaffTextId(id) ? staffText(locale, id) : fallback;
}

/** Each term in the staff member's language. */
function names(terms: readonly Term[], codes: readonly string[], locale: Locale): string[] {
  return codes.map((code) => termName(terms, code, locale) ?? code);
}
