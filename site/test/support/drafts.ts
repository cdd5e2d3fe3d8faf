import * as z from 'zod';
import LOCAL_ADMIN from '../../../cms/src/access/local-admin.json' with { type: 'json' };

/**
 * Drafts an editor has saved but not published, made in the CMS before the test build: words that
 * the preview must show and that the static output must never hold.
 */
export const DRAFTS = {
  /** A Dutch story that was never published. */
  story: {
    title: 'Lantaarnavond aan het Sluizenplein (concept)',
    summary: 'Buren maken samen lantaarns voor de donkerste avond van het jaar.',
    paragraph: 'Kladversie-woord Zeepbelwolk: dit verhaal is nog niet gepubliceerd.',
  },
  /** The French home page's hero title, changed in its draft and not published. */
  homeHeroTitle: 'Brouillon-Lanterne : bienvenue à la fête des voisins',
} as const;

const loginAnswer = z.object({ data: z.object({ token: z.string() }) });
const documentAnswer = z.object({ data: z.object({ documentId: z.string() }) });

export async function adminToken(cmsUrl: string): Promise<string> {
  const response = await fetch(`${cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: LOCAL_ADMIN.email, password: LOCAL_ADMIN.password }),
  });
  if (!response.ok) throw new Error(`Admin login failed: ${response.status}`);
  return loginAnswer.parse(await response.json()).data.token;
}

/** Saves the drafts as an editor does in the content manager (draft only, nothing published). */
export async function saveDrafts(cmsUrl: string): Promise<void> {
  const token = await adminToken(cmsUrl);
  const send = async (method: string, path: string, body: unknown) => {
    const response = await fetch(`${cmsUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
    return documentAnswer.parse(await response.json()).data;
  };
  await send('POST', '/content-manager/collection-types/api::story.story?locale=nl', {
    title: DRAFTS.story.title,
    summary: DRAFTS.story.summary,
    storyDate: '2026-11-20',
    body: [{ type: 'paragraph', children: [{ type: 'text', text: DRAFTS.story.paragraph }] }],
  });
  await send('PUT', '/content-manager/single-types/api::home.home?locale=fr', { heroTitle: DRAFTS.homeHeroTitle });
}
