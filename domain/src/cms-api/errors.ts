import type { ValueRule } from '../content-rules.js';
import type { Locale } from '../locales.js';

/**
 * One thing wrong with one document: where (type, documentId, locale, field) and what, never the
 * value. The slug, when the document has one, is how an editor recognises it (it is public: it is
 * the page's address).
 */
export interface DocumentProblem {
  type: string;
  documentId: string | undefined;
  slug?: string | undefined;
  locale: Locale;
  field: string;
  /** Why, in English (the build's output and logs). */
  message: string;
  /** Why, as a code a reader words in its own language. */
  rule: ValueRule;
}

/**
 * Why reading the CMS failed:
 * - `unreachable`: no answer at all (down, wrong URL, timeout), or only 5xx answers;
 * - `refused`: a 4xx answer (a 403 usually means the public role may not read the type);
 * - `unexpected-answer`: an answer that is not what Strapi's REST API answers;
 * - `invalid-content`: documents that do not match their schema (`problems` says where).
 */
export type CmsApiFailure = 'unreachable' | 'refused' | 'unexpected-answer' | 'invalid-content';

/**
 * The one error of the CMS client. Its message names the request by path and locale only: never a
 * query string (it may hold filters and tokens), never the CMS's own error text, never a value of a document.
 */
export class CmsApiError extends Error {
  override name = 'CmsApiError';
  readonly failure: CmsApiFailure;
  /** The HTTP status, when the CMS answered. */
  readonly status: number | undefined;
  readonly problems: readonly DocumentProblem[];

  constructor(failure: CmsApiFailure, message: string, details: { status?: number; problems?: readonly DocumentProblem[]; cause?: unknown } = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.failure = failure;
    this.status = details.status;
    this.problems = details.problems ?? [];
  }

  /** Documents a reader cannot use, listed all at once so an editor can fix them in one go. */
  static invalidContent(problems: readonly DocumentProblem[], reader = 'the site'): CmsApiError {
    const listed = problems.slice(0, 50).map((problem) => `  - ${describeProblem(problem)}`);
    const more = problems.length > 50 ? [`  ... and ${problems.length - 50} more`] : [];
    const count = `${problems.length} problem${problems.length === 1 ? '' : 's'}`;
    return new CmsApiError('invalid-content', [`The CMS sent content ${reader} cannot use (${count}):`, ...listed, ...more].join('\n'), { problems });
  }
}

export function describeProblem({ type, documentId, slug, locale, field, message }: DocumentProblem): string {
  const document = documentId ? `${type} "${documentId}"` : `${type} without a documentId`;
  return `${document} (${locale}), field "${field}": ${message}${slug ? ` (slug "${slug}")` : ''}`;
}

/** `['body', 2, 'children', 0, 'url']` → `body[2].children[0].url` */
export function fieldPath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(the whole document)';
  return path.reduce<string>((joined, key) => (typeof key === 'number' ? `${joined}[${key}]` : joined ? `${joined}.${String(key)}` : String(key)), '');
}
