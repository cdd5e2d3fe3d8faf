import { HELP_CATEGORIES, LOCALES, MUNICIPALITIES, SPOKEN_LANGUAGES, type Locale } from '@cb/domain';
import type { IntakeForm } from '@cb/domain/intake';

/**
 * Valid submissions for the intake endpoints, numbered: every n gives different content. Used by
 * the no-loss test, the property-based tests (as the start of each hostile payload) and the bench.
 */

/** The public JSON endpoints, by form: POST /api/intake/<path>. */
export const INTAKE_PATHS = {
  'help-request': 'help-requests',
  'help-offer': 'help-offers',
  'story-submission': 'story-submissions',
  'project-proposal': 'project-proposals',
} as const satisfies Record<IntakeForm, string>;
export type PublicForm = IntakeForm;
export const PUBLIC_FORMS = Object.keys(INTAKE_PATHS) as PublicForm[];
/** The forms anyone may send at any time (a proposal needs an open project call). */
export const ALWAYS_OPEN_FORMS = ['help-request', 'help-offer', 'story-submission'] as const satisfies readonly IntakeForm[];
export type AlwaysOpenForm = (typeof ALWAYS_OPEN_FORMS)[number];

/** What a valid submission needs to know about the CMS it goes to. */
export interface SubmissionContext {
  /** documentId of a published, open project call. */
  projectCallDocumentId?: string;
}

const categoryCodes = HELP_CATEGORIES.map((term) => term.code);
const municipalityCodes = MUNICIPALITIES.map((term) => term.code);
const languageCodes = SPOKEN_LANGUAGES.map((term) => term.code);

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length]!;

/** The n-th valid submission of a form: different content for every n, so no two are one. */
export function validSubmission(form: PublicForm, n: number, context: SubmissionContext = {}, locale: Locale = pick(LOCALES, n)): Record<string, unknown> {
  const contact = {
    contactName: `Persoon ${n}`,
    ...(n % 3 === 0 ? { email: `person${n}@example.org` } : { phone: `02 555 ${String(n % 100).padStart(2, '0')} ${String(n % 97).padStart(2, '0')}` }),
  };
  switch (form) {
    case 'help-request':
      return {
        locale,
        forWhom: n % 2 ? 'self' : 'someone-else',
        ...contact,
        categories: [pick(categoryCodes, n)],
        description: `Verzoek nummer ${n}`,
        municipality: pick(municipalityCodes, n),
        languages: [pick(languageCodes, n)],
        consent: true,
      };
    case 'help-offer':
      return {
        locale,
        offerAs: 'person',
        ...contact,
        categories: [pick(categoryCodes, n)],
        description: `Aanbod nummer ${n}`,
        anywhereInBrussels: n % 2 === 0,
        municipalities: n % 2 === 0 ? [] : [pick(municipalityCodes, n)],
        languages: [pick(languageCodes, n)],
        frequency: 'weekly',
        codeOfConduct: true,
        consent: true,
      };
    case 'story-submission':
      return { locale, title: `Verhaal ${n}`, text: `Het verhaal met nummer ${n}.`, mayPublish: n % 2 === 0, ...contact, consent: true };
    case 'project-proposal': {
      const lines = [
        { label: 'Materiaal', amount: 1000 + (n % 500) + 0.5 },
        { label: 'Vervoer', amount: 250.25 },
      ];
      return {
        locale,
        projectCallDocumentId: context.projectCallDocumentId ?? 'no-call-given',
        applicantType: 'person',
        ...contact,
        projectTitle: `Project ${n}`,
        description: `Een project met nummer ${n}.`,
        targetGroup: 'Buren',
        municipalities: [pick(municipalityCodes, n)],
        startDate: '2027-03-01',
        endDate: '2027-09-30',
        requestedAmount: lines.reduce((sum, line) => sum + line.amount, 0),
        budgetLines: lines,
        consent: true,
      };
    }
  }
}
