import * as z from 'zod';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from './helpers/cms';
import { REQUEST_DEFAULTS } from './helpers/records';
import { parseJson } from './helpers/http';

/** What the build hook is sent. */
const hookBody = z.looseObject({ reason: z.string(), changed: z.array(z.string()) });
interface HookCall {
  authorization: string | undefined;
  body: z.output<typeof hookBody>;
}

let cms: TestCms;
let hook: Server;
const hookCalls: HookCall[] = [];
/** How many more calls the hook refuses (503), as a build service that is down for a while. */
let refusals = 0;
let refused = 0;

beforeAll(async () => {
  hook = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      if (refusals > 0) {
        refusals -= 1;
        refused += 1;
        response.writeHead(503).end();
        return;
      }
      hookCalls.push({ authorization: request.headers.authorization, body: parseJson(body, hookBody) });
      response.writeHead(202).end();
    });
  });
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
  const { port } = hook.address() as AddressInfo;
  cms = await startCms({
    SITE_BUILD_HOOK_URL: `http://127.0.0.1:${port}/rebuild`,
    SITE_BUILD_HOOK_TOKEN: 'hook-secret',
    SITE_BUILD_HOOK_DEBOUNCE_MS: '200',
    OUTBOX_RETRY_BASE_MS: '100',
    OUTBOX_RETRY_MAX_MS: '300',
    // Longer than the test: the outbox must wake when the debounced job (and each retry) falls due, not at its next round.
    OUTBOX_POLL_MS: '600000',
  });
});
afterAll(async () => {
  await cms?.stop();
  hook?.close();
});

async function waitUntil(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('site build hook', () => {
  it('asks for one rebuild after a burst of publications', async () => {
    const stories = cms.strapi.documents('api::story.story');
    const story = await stories.create({
      locale: 'nl',
      data: { title: 'Een nieuw verhaal', slug: 'een-nieuw-verhaal', summary: 'Kort', body: [], storyDate: '2026-11-25' },
    });
    await stories.publish({ documentId: story.documentId, locale: 'nl' });
    await stories.update({
      documentId: story.documentId,
      locale: 'fr',
      data: { title: 'Un nouveau récit', slug: 'un-nouveau-recit', summary: 'Court', body: [], storyDate: '2026-11-25' },
      status: 'published',
    });

    await waitUntil(() => hookCalls.length > 0);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(hookCalls).toHaveLength(1);
    expect(hookCalls[0]?.authorization).toBe('Bearer hook-secret');
    expect(hookCalls[0]?.body.changed).toEqual([`story:${story.documentId}`]);
  });

  it('asks again after an unpublication, and not for intake', async () => {
    hookCalls.length = 0;
    await cms.strapi.documents('api::help-request.help-request').create({
      data: {
        ...REQUEST_DEFAULTS,
        reference: 'CB-HOOK-1',
        consentVersion: '2026-11',
        consentedAt: new Date().toISOString(),
        contactName: 'X',
        description: 'Y',
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(hookCalls).toHaveLength(0);

    const [initiative] = await cms.strapi.documents('api::initiative.initiative').findMany({ locale: 'en', status: 'published', limit: 1 });
    await cms.strapi.documents('api::initiative.initiative').unpublish({ documentId: initiative!.documentId, locale: 'en' });
    await waitUntil(() => hookCalls.length > 0);
    expect(hookCalls[0]?.body.changed).toEqual([`initiative:${initiative!.documentId}`]);
  });

  it('asks again while the build service refuses, until it accepts', async () => {
    hookCalls.length = 0;
    refusals = 4;
    const [organisation] = await cms.strapi.documents('api::organisation.organisation').findMany({ locale: 'en', status: 'published', limit: 1 });
    await cms.strapi.documents('api::organisation.organisation').unpublish({ documentId: organisation!.documentId, locale: 'en' });
    await waitUntil(() => hookCalls.length > 0, 30_000);
    expect(refused).toBe(4);
    expect(hookCalls.map((call) => call.body.changed)).toEqual([[`organisation:${organisation!.documentId}`]]);
  });
});
