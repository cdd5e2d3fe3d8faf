/**
 * One line that says why something failed, for logs and the CLI: the deepest cause of an error
 * chain, with its system code when there is one ("connect ECONNREFUSED 127.0.0.1:7700").
 * fetch() hides the useful part two causes deep ("fetch failed" → cause → ECONNREFUSED).
 */
export function reasonOf(error: unknown): string {
  const messages: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current !== undefined && current !== null; depth += 1) {
    // search/'s own errors (and the CMS client's) already say what failed and why, in words meant for a log.
    if (current instanceof Error && OWN_ERRORS.has(current.name)) return current.message;
    if (current instanceof Error) {
      const code = (current as { code?: unknown }).code;
      messages.push(current.message || (typeof code === 'string' ? code : ''));
      current = nextCause(current);
    } else {
      if (typeof current === 'string') messages.push(current);
      break;
    }
  }
  const useful = messages.filter((message) => message && !/^fetch failed$|^Request to .* has failed$/.test(message));
  return (useful.at(-1) ?? messages.at(-1) ?? String(error)).replace(/\s+/g, ' ').trim();
}

/** True when the error chain says the server could not be reached at all (as opposed to refusing a request). */
export function isUnreachable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current instanceof Error; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) return true;
    if (current.name === 'TimeoutError' || current.name === 'MeilisearchRequestTimeOutError') return true;
    current = nextCause(current);
  }
  return false;
}

const OWN_ERRORS = new Set(['CmsApiError', 'SearchTaskError', 'MeilisearchBinaryError']);

const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
]);

/** The error's cause; for an AggregateError (fetch tried IPv6 and IPv4), its first error. */
function nextCause(error: Error): unknown {
  if (error.cause === undefined && error instanceof AggregateError) return error.errors[0];
  return error.cause;
}
