import { createHash, timingSafeEqual } from 'node:crypto';
import { LOCALES, PREVIEW_SECRET_PARAMETER } from '@cb/domain';
import { defineMiddleware } from 'astro:middleware';
import { ui, type UiStrings } from '../../src/i18n/index.ts';
import { readPreviewEnv } from '../../src/lib/build-env.ts';
import { previewHeaders } from '../../src/lib/security-policy.ts';

/**
 * Every answer of the preview server: only with the preview's secret (401 without, 403 with a wrong
 * one, and nothing of the content either way), never stored, never indexed, framed by the admin only.
 * The image endpoint is open: it serves the CMS's uploads, which are public files anyway.
 */
const env = readPreviewEnv();
const headers = previewHeaders(env.adminOrigin);

export const onRequest = defineMiddleware(async (context, next) => {
  const answer = context.url.pathname.startsWith('/_image') ? await next() : await guarded(context.url.searchParams.get(PREVIEW_SECRET_PARAMETER), next);
  for (const [name, value] of Object.entries(headers)) answer.headers.set(name, value);
  return answer;
});

async function guarded(secret: string | null, next: () => Promise<Response>): Promise<Response> {
  if (!secret) return refusal(401, 'needsLink');
  if (!sameSecret(secret, env.secret)) return refusal(403, 'invalidLink');
  return next();
}

function sameSecret(given: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

/** In the three languages: the editor's own is not known before the link is checked. */
function refusal(status: number, text: keyof UiStrings['preview']): Response {
  const message = LOCALES.map((locale) => ui(locale).preview[text]).join('\n');
  return new Response(`${message}\n`, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
