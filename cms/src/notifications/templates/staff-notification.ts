import { LOCALE_NAMES, TAXONOMIES, type Term } from '@cb/domain';
import type { IntakeForm } from '@cb/domain/intake';
import type { Submission } from '../submission';
import { renderMail, type MailBlock, type RenderedMail } from './layout';

/**
 * The mail that tells back-office staff a submission came in. It carries no name, phone, email or
 * free text: a mail is not a safe place for them. Staff read those in the admin, through the link.
 */
const FORM_NAMES: Record<IntakeForm, string> = {
  'help-request': 'help request',
  'help-offer': 'help offer',
  'story-submission': 'story or idea',
  'project-proposal': 'project proposal',
};

const FACT_LABELS: Record<string, string> = {
  forWhom: 'For whom',
  urgency: 'Urgency',
  offerAs: 'Offered as',
  frequency: 'How often',
  applicantType: 'Applicant',
  mayPublish: 'May be published',
};

export function staffNotification(submission: Submission, adminRecordUrl: string): RenderedMail {
  const formName = FORM_NAMES[submission.form];
  const blocks: MailBlock[] = [
    {
      kind: 'paragraph',
      text: `A new ${formName} came in (channel: ${submission.channel}, form in ${LOCALE_NAMES[submission.formLocale]}). Reference: ${submission.reference}.`,
    },
    { kind: 'list', title: 'At a glance', items: atAGlance(submission) },
  ];
  const categories = names(TAXONOMIES['help-category'], submission.categories);
  if (categories.length > 0) blocks.push({ kind: 'list', title: 'Kinds of help', items: categories });
  const places = submission.anywhereInBrussels ? ['Anywhere in Brussels'] : names(TAXONOMIES.municipality, submission.municipalities);
  if (places.length > 0) blocks.push({ kind: 'list', title: 'Municipalities', items: places });
  const languages = names(TAXONOMIES['spoken-language'], submission.languages);
  if (languages.length > 0) blocks.push({ kind: 'list', title: 'Languages spoken', items: languages });
  blocks.push(
    { kind: 'link', label: `Open ${submission.reference} in the admin`, href: adminRecordUrl },
    { kind: 'paragraph', text: 'Names, contact details and what the person wrote are in the admin only: email is not a safe place for them.' },
  );
  return renderMail(`[Connecting Brussels] New ${formName} ${submission.reference} (${submission.channel})`, 'en', blocks);
}

function atAGlance(submission: Submission): string[] {
  const facts = Object.entries(submission.facts).map(([name, value]) => `${FACT_LABELS[name] ?? name}: ${value.replace(/-/g, ' ')}`);
  const reachableBy = [submission.hasPhone ? 'phone' : undefined, submission.email ? 'email' : undefined].filter(Boolean).join(' and ') || 'no contact given';
  return [...facts, `Can be reached by: ${reachableBy}`];
}

/** Staff work in Dutch and French: each term shows both names. */
function names(terms: readonly Term[], codes: readonly string[]): string[] {
  return codes.map((code) => {
    const term = terms.find((candidate) => candidate.code === code);
    if (!term) return code;
    return term.name.nl === term.name.fr ? term.name.nl : `${term.name.nl} / ${term.name.fr}`;
  });
}
