import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import * as z from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, brusselsDay, brusselsMoment } from '@cb/domain';
import { scheduleOf } from '../src/schedule';
import { SCHEDULED_PUBLISHING_JOB } from '../src/publishing/scheduled-publishing';
import { OUTBOX_TABLE } from '../src/outbox/table';
import { OUTBOX_PRUNE_JOB } from '../src/outbox/prune';
import { startCms, type TestCms } from './helpers/cms';
import { dataOf, parseJson, readJson, strapiDocument, strapiError } from './helpers/http';
import { staffFetch, staffToken } from './helpers/staff';

/**
 * Scheduled publishing (issue #18): an editor sets the moment a story or a project call goes online
 * and offline; a schedule the job could not follow is refused under its field, in the editor's language.
 * The job runs each minute once across replicas; here it is run for a chosen minute (a moved clock).
 */

let cms: TestCms;
let editor: ReturnType<typeof staffFetch>;
/** The site build hook: what each rebuild it was asked for names as changed. */
let hook: Server;
const rebuilds: string[][] = [];
const hookBody = z.looseObject({ changed: z.array(z.string()) });

beforeAll(async () => {
  hook = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      rebuilds.push(parseJson(body, hookBody).changed);
      response.writeHead(202).end();
    });
  });
  await new Promise<void>((resolve) => hook.listen(0, '127.0.0.1', resolve));
  const { port } = hook.address() as AddressInfo;
  cms = await startCms({
    SITE_BUILD_HOOK_URL: `http://127.0.0.1:${port}/rebuild`,
    SITE_BUILD_HOOK_TOKEN: 'site-build-hook-token-for-schedule-tests',
    SITE_BUILD_HOOK_DEBOUNCE_MS: '200',
  });
  editor = staffFetch(cms, await staffToken(cms, 'editor'));
});
afterAll(async () => {
  await cms?.stop();
  hook?.close();
});

async function waitUntil(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const STORY = '/content-manager/collection-types/api::story.story';

let counter = 0;
const storyData = (extra: Record<string, unknown> = {}) => ({
  title: `Buurtsoep op tijd ${++counter}`,
  slug: `buurtsoep-op-tijd-${counter}`,
  summary: 'Samen soep koken.',
  body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Elke vrijdag.' }] }],
  storyDate: '2026-11-20',
  ...extra,
});

const saveStory = (
  data: Record<string, unknown>,
  { documentId, locale = 'nl', headers = {} }: { documentId?: string; locale?: string; headers?: Record<string, string> } = {},
) => editor(documentId ? `${STORY}/${documentId}?locale=${locale}` : `${STORY}?locale=${locale}`, { method: documentId ? 'PUT' : 'POST', body: data, headers });

async function createStory(data: Record<string, unknown>): Promise<string> {
  const response = await saveStory(data);
  const text = await response.text();
  expect(response.status, text.slice(0, 300)).toBeLessThan(300);
  return parseJson(text, dataOf(strapiDocument)).data.documentId;
}

describe('a schedule an editor saves', () => {
  it('is refused when the unpublish moment does not come after the publish moment, under its field, in the editor’s language', async () => {
    const refused = await saveStory(storyData({ publishAt: '2027-01-10T08:00:00.000Z', unpublishAt: '2027-01-10T08:00:00.000Z' }));
    const text = await refused.text();
    expect(refused.status, text.slice(0, 300)).toBe(400);
    const { error } = parseJson(text, strapiError);
    expect(error.details?.errors?.map((problem) => problem.path)).toEqual([['unpublishAt']]);
    expect(error.message).toContain('Unpublish at (Brussels time)');
    expect(error.message).toContain('Publish at (Brussels time)');

    const inDutch = await readJson(
      await saveStory(storyData({ publishAt: '2027-01-10T08:00:00.000Z', unpublishAt: '2027-01-09T08:00:00.000Z' }), {
        headers: { 'accept-language': 'nl-BE' },
      }),
      strapiError,
    );
    expect(inDutch.error.message).toContain('Depubliceren op (Brusselse tijd)');
    expect(inDutch.error.message).toContain('moet na');
  });

  it('is judged with the moment already stored when an update changes only the other one', async () => {
    const documentId = await createStory(storyData({ publishAt: '2027-01-10T08:00:00.000Z' }));
    const refused = await readJson(await saveStory({ unpublishAt: '2027-01-01T08:00:00.000Z' }, { documentId }), strapiError);
    expect(refused.error.status).toBe(400);
    expect(refused.error.details?.errors?.map((problem) => problem.path)).toEqual([['unpublishAt']]);

    expect((await saveStory({ unpublishAt: '2027-02-01T08:00:00.000Z' }, { documentId })).status).toBe(200);
    expect((await saveStory({ publishAt: null, unpublishAt: null }, { documentId })).status).toBe(200);
  });

  it('is refused when a moment is not one, in French for a French-speaking editor', async () => {
    const refused = await readJson(
      await saveStory(storyData({ publishAt: 'demain matin' }), { headers: { 'accept-language': 'fr-BE,fr;q=0.9' } }),
      strapiError,
    );
    expect(refused.error.status).toBe(400);
    expect(refused.error.details?.errors?.map((problem) => problem.path)).toEqual([['publishAt']]);
    expect(refused.error.message).toContain('n’est pas une date avec une heure');
  });
});

const publicStory = (documentId: string, locale: string) => fetch(`${cms.url}/api/stories/${documentId}?locale=${locale}`);
const publicTitle = z.object({ data: z.object({ title: z.string() }) });

/** Runs the job for the minute of `moment`, as every replica's cron would; returns what it did. */
async function runJobAt(moment: Date) {
  const outcome = await scheduleOf(cms.strapi).runSlot(SCHEDULED_PUBLISHING_JOB, moment);
  expect(outcome).toMatchObject({ ran: true, status: 'succeeded' });
  return outcome.ran ? outcome.report : null;
}

describe('the scheduled publishing job', () => {
  const tomorrow = addDays(brusselsDay(new Date()), 1);
  const nineTomorrow = brusselsMoment(tomorrow, '09:00');
  const sixTomorrow = brusselsMoment(tomorrow, '18:00');
  const minutesAfter = (moment: Date, minutes: number) => new Date(moment.getTime() + minutes * 60_000);

  it('publishes a story at its moment in Brussels time, in each language written, and takes it down at its unpublish moment', async () => {
    const documentId = await createStory(storyData({ publishAt: nineTomorrow.toISOString() }));
    expect((await saveStory({ ...storyData(), title: 'Soupe de quartier à l’heure' }, { documentId, locale: 'fr' })).status).toBe(200);

    expect(await runJobAt(minutesAfter(nineTomorrow, -1))).toEqual({ published: 0, unpublished: 0, refused: 0 });
    expect((await publicStory(documentId, 'nl')).status).toBe(404);

    rebuilds.length = 0;
    expect(await runJobAt(nineTomorrow)).toEqual({ published: 2, unpublished: 0, refused: 0 });
    // The site is rebuilt as after an editor's click.
    await waitUntil(() => rebuilds.some((changed) => changed.includes(`story:${documentId}`)));
    expect((await readJson(await publicStory(documentId, 'nl'), publicTitle)).data.title).toMatch(/^Buurtsoep op tijd/);
    expect((await readJson(await publicStory(documentId, 'fr'), publicTitle)).data.title).toBe('Soupe de quartier à l’heure');
    // The schedule stays as the editor wrote it.
    const draft = await cms.strapi.documents('api::story.story').findOne({ documentId, locale: 'nl' });
    expect(draft?.publishAt && new Date(draft.publishAt).toISOString()).toBe(nineTomorrow.toISOString());

    // A moment is followed once: the next minutes do nothing more.
    expect(await runJobAt(minutesAfter(nineTomorrow, 1))).toEqual({ published: 0, unpublished: 0, refused: 0 });

    expect((await saveStory({ unpublishAt: sixTomorrow.toISOString() }, { documentId })).status).toBe(200);
    expect(await runJobAt(minutesAfter(sixTomorrow, -1))).toEqual({ published: 0, unpublished: 0, refused: 0 });
    expect(await runJobAt(sixTomorrow)).toEqual({ published: 0, unpublished: 2, refused: 0 });
    expect((await publicStory(documentId, 'nl')).status).toBe(404);
    expect((await publicStory(documentId, 'fr')).status).toBe(404);
  });

  it('leaves offline a story an editor took down by hand after its publish moment', async () => {
    const documentId = await createStory(storyData({ publishAt: nineTomorrow.toISOString() }));
    const tenPast = minutesAfter(nineTomorrow, 10);
    expect(await runJobAt(tenPast)).toMatchObject({ published: 1 });
    expect((await publicStory(documentId, 'nl')).status).toBe(200);

    const unpublished = await editor(`${STORY}/${documentId}/actions/unpublish?locale=nl`, { method: 'POST', body: {} });
    expect(unpublished.status).toBe(200);
    expect(await runJobAt(minutesAfter(tenPast, 1))).toEqual({ published: 0, unpublished: 0, refused: 0 });
    expect((await publicStory(documentId, 'nl')).status).toBe(404);
  });

  it('runs a minute once however many replicas wake for it', async () => {
    const documentId = await createStory(storyData({ publishAt: nineTomorrow.toISOString() }));
    const slot = minutesAfter(nineTomorrow, 30);
    const outcomes = await Promise.all([
      scheduleOf(cms.strapi).runSlot(SCHEDULED_PUBLISHING_JOB, slot),
      scheduleOf(cms.strapi).runSlot(SCHEDULED_PUBLISHING_JOB, slot),
    ]);
    expect(outcomes.filter((outcome) => outcome.ran)).toHaveLength(1);
    expect((await publicStory(documentId, 'nl')).status).toBe(200);
  });

  it('leaves no pile of runs: the nightly prune deletes succeeded runs older than the kept days', async () => {
    expect((await scheduleOf(cms.strapi).runs(SCHEDULED_PUBLISHING_JOB)).length).toBeGreaterThan(0);
    const monthsLater = new Date(Date.now() + 62 * 24 * 3_600_000);
    const outcome = await scheduleOf(cms.strapi).runSlot(OUTBOX_PRUNE_JOB, monthsLater);
    expect(outcome).toMatchObject({ ran: true, status: 'succeeded', report: { runsDeleted: expect.any(Number) } });
    expect(await scheduleOf(cms.strapi).runs(SCHEDULED_PUBLISHING_JOB)).toEqual([]);
  });
});

describe('a scheduled publish the content rules refuse', () => {
  const tomorrow = addDays(brusselsDay(new Date()), 1);
  const refusal = z.looseObject({
    type: z.string(),
    documentId: z.string(),
    title: z.string().nullable(),
    locale: z.string(),
    moment: z.string(),
    problems: z.array(z.object({ field: z.string(), path: z.string(), reason: z.string() })),
  });
  const missingWork = dataOf(
    z.looseObject({
      scheduleRefusals: z.array(refusal),
      locales: z.array(z.looseObject({ documentId: z.string(), missing: z.array(z.string()), scheduledFor: z.string().optional() })),
    }),
  );
  const refusalsOf = async (documentId: string) =>
    (await readJson(await editor('/editing/missing-work'), missingWork)).data.scheduleRefusals.filter((row) => row.documentId === documentId);

  it('is listed before it happens as a scheduled document missing a language', async () => {
    const moment = brusselsMoment(tomorrow, '07:00');
    const documentId = await createStory(storyData({ publishAt: moment.toISOString() }));
    const { data } = await readJson(await editor('/editing/missing-work'), missingWork);
    expect(data.locales).toContainEqual(expect.objectContaining({ documentId, missing: ['fr', 'en'], scheduledFor: moment.toISOString() }));
    // Without a moment, a draft is missing nothing yet.
    expect((await saveStory({ publishAt: null }, { documentId })).status).toBe(200);
    const after = await readJson(await editor('/editing/missing-work'), missingWork);
    expect(after.data.locales.map((row) => row.documentId)).not.toContain(documentId);
  });

  it('is told to editors with the document, the language, the field and why, until the language is published', async () => {
    const moment = brusselsMoment(tomorrow, '07:30');
    const documentId = await createStory(storyData({ publishAt: moment.toISOString() }));
    // The French draft has only its title: a draft may lack required fields, a published version may not.
    expect((await saveStory({ title: 'Soupe sans résumé' }, { documentId, locale: 'fr' })).status).toBe(200);
    expect(await refusalsOf(documentId)).toEqual([]);

    expect(await runJobAt(moment)).toMatchObject({ published: 1, refused: 1 });
    const [shown, ...more] = await refusalsOf(documentId);
    expect(more).toEqual([]);
    expect(shown).toMatchObject({ type: 'story', documentId, title: 'Soupe sans résumé', locale: 'fr', moment: moment.toISOString() });
    expect(shown?.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'summary', reason: 'required' }),
        expect.objectContaining({ field: 'body', reason: 'required' }),
      ]),
    );
    // Back-office staff do not see editors' lists.
    expect((await staffFetch(cms, await staffToken(cms, 'backOffice'))('/editing/missing-work')).status).toBe(403);

    // The editor writes what was missing and publishes by hand: the refusal is gone.
    expect((await saveStory({ ...storyData(), title: 'Soupe avec résumé' }, { documentId, locale: 'fr' })).status).toBe(200);
    expect((await editor(`${STORY}/${documentId}/actions/publish?locale=fr`, { method: 'POST', body: {} })).status).toBe(200);
    expect(await refusalsOf(documentId)).toEqual([]);
  });

  it('is no longer told once the editor chooses another moment', async () => {
    const moment = brusselsMoment(tomorrow, '08:00');
    const documentId = await createStory(storyData({ publishAt: moment.toISOString() }));
    expect((await saveStory({ title: 'Soupe à replanifier' }, { documentId, locale: 'fr' })).status).toBe(200);
    expect(await runJobAt(moment)).toMatchObject({ refused: 1 });
    expect(await refusalsOf(documentId)).toHaveLength(1);

    expect((await saveStory({ publishAt: brusselsMoment(addDays(tomorrow, 1), '08:00').toISOString() }, { documentId, locale: 'fr' })).status).toBe(200);
    expect(await refusalsOf(documentId)).toEqual([]);
  });
});

describe('a project call’s opening and closing', () => {
  const CALL = 'api::project-call.project-call';
  const pendingRebuilds = async () =>
    (await cms.strapi.db
      .connection(OUTBOX_TABLE)
      .where({ kind: 'site-build', status: 'pending' })
      .where('dedupe_key', 'like', 'while-pending:site-build@%')) as {
      payload: string;
      next_attempt_at: unknown;
    }[];

  it('asks for a site rebuild at the moments still ahead when the call is published, and at a new deadline when it changes', async () => {
    const opensOn = addDays(brusselsDay(new Date()), 2);
    const deadline = brusselsMoment(addDays(opensOn, 30), '12:00');
    const call = await cms.strapi.documents(CALL).create({
      data: {
        title: 'Oproep buurtprojecten op tijd',
        slug: 'oproep-buurtprojecten-op-tijd',
        summary: 'Steun voor buurtprojecten.',
        body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Dien je project in.' }] }],
        totalBudget: 50_000,
        maxPerProject: 5_000,
        opensOn,
        deadline: deadline.toISOString(),
      },
      locale: 'nl',
      status: 'published',
    });
    const rebuildsFor = async () =>
      (await pendingRebuilds())
        .filter((job) =>
          parseJson(job.payload, z.object({ items: z.string() }))
            .items.split(',')
            .includes(`project-call:${call.documentId}`),
        )
        .map((job) => new Date(Number(job.next_attempt_at)).toISOString())
        .sort();
    expect(await rebuildsFor()).toEqual([brusselsMoment(opensOn, '00:00').toISOString(), deadline.toISOString()]);

    const later = brusselsMoment(addDays(opensOn, 45), '17:00');
    await cms.strapi.documents(CALL).update({ documentId: call.documentId, locale: 'nl', data: { deadline: later.toISOString() }, status: 'published' });
    expect(await rebuildsFor()).toContain(later.toISOString());
  });
});
