import { BLOCK_RULE_MESSAGES, CONTENT_RULE_MESSAGES } from '@cb/domain';

/**
 * The site's build names a refused value with a field path (`website`, `body[0].children[0].url`)
 * and an English message: the rules' own messages from @cb/domain, or the schema library's. Editors
 * read the field as the content manager labels it and the reason in their own language: these say
 * which field and which kind of reason (the admin picks the words in the staff texts).
 */

export const BUILD_PROBLEM_REASONS = ['web-address', 'email', 'phone', 'link', 'rich-text', 'required', 'other'] as const;
export type BuildProblemReason = (typeof BUILD_PROBLEM_REASONS)[number];

const RULE_REASONS = new Map<string, BuildProblemReason>([
  [CONTENT_RULE_MESSAGES['web-address'], 'web-address'],
  [CONTENT_RULE_MESSAGES.email, 'email'],
  [CONTENT_RULE_MESSAGES.phone, 'phone'],
  [CONTENT_RULE_MESSAGES.link, 'link'],
]);
const RICH_TEXT_MESSAGES: ReadonlySet<string> = new Set(Object.values(BLOCK_RULE_MESSAGES));
/** The schema library's words for a value that is not there (`received undefined`, `received null`). */
const MISSING = /\breceived (undefined|null)$/;

export function buildProblemReason(message: string): BuildProblemReason {
  const rule = RULE_REASONS.get(message);
  if (rule) return rule;
  if (RICH_TEXT_MESSAGES.has(message)) return 'rich-text';
  return MISSING.test(message) ? 'required' : 'other';
}

/** The document's own field a path starts with: `body[0].children[0].url` → `body`. */
export function topFieldOf(path: string): string {
  return path.split(/[.[]/, 1)[0] ?? path;
}
