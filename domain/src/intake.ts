/**
 * The vocabulary of intake records (help requests, offers, proposals, submissions, matches).
 * The CMS content types and the back office read their enumerations from here.
 */

/** How a submission reached the platform. Staff type in phone and social-media requests. */
export const INTAKE_CHANNELS = ['web', 'phone', 'social'] as const;
export type IntakeChannel = (typeof INTAKE_CHANNELS)[number];

export const HELP_REQUEST_STATUSES = ['new', 'in-progress', 'matched', 'referred', 'closed'] as const;
export const HELP_OFFER_STATUSES = ['new', 'available', 'busy', 'paused', 'closed'] as const;
export const PROJECT_PROPOSAL_STATUSES = ['received', 'eligible', 'in-review', 'approved', 'rejected'] as const;
export const STORY_SUBMISSION_STATUSES = ['new', 'in-review', 'turned-into-story', 'declined'] as const;
export const MATCH_STATUSES = ['proposed', 'contacted', 'active', 'ended', 'did-not-work-out'] as const;
export const MATCH_KINDS = ['match', 'referral'] as const;

export const REQUEST_FOR_WHOM = ['self', 'someone-else'] as const;
export const OFFER_AS = ['person', 'organisation'] as const;
export const APPLICANT_TYPES = ['person', 'organisation'] as const;
export const URGENCIES = ['normal', 'urgent'] as const;
export const OFFER_FREQUENCIES = ['once', 'weekly', 'monthly', 'flexible'] as const;
/** When someone can meet or help: what matching compares (a free text adds the details). */
export const AVAILABLE_TIMES = ['weekday-mornings', 'weekday-afternoons', 'weekday-evenings', 'weekends'] as const;
export type AvailableTime = (typeof AVAILABLE_TIMES)[number];

/** Staff-facing names of the intake collection types, as the CMS names them. */
export const INTAKE_TYPES = ['help-request', 'help-offer', 'project-proposal', 'story-submission', 'match', 'proposal-review', 'project-milestone'] as const;
export type IntakeType = (typeof INTAKE_TYPES)[number];

/** The version of the consent text a person agrees to on the forms; stored with every submission. */
export const CONSENT_VERSION = '2026-11';
