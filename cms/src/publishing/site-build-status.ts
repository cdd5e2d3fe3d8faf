import { timingSafeEqual } from 'node:crypto';
import * as z from 'zod';
import { isLocale, isValueRule, LOCALES, type ValueRule } from '@cb/domain';
import type { Core } from '@strapi/strapi';
import { configOf } from '../config';
import { editorPolicies } from '../editing/editor-access';
import { PUBLIC_TYPES, publicTypeInfo } from '../editing/public-types';
import { isRecord } from './schedule-rules';
import { SITE_BUILD_STATUSES, type SiteBuildProblem, type SiteBuildReport, type SiteBuildState, type SiteBuildStatus } from '../editing/contracts';

/**
 * What became of the site's builds, told by the builder and shown to editors in the admin: a build
 * that fails (a value the site cannot use) keeps the previous site online, and every later publish
 * waits for it, so editors must see it, with the document and field to fix.
 *
 * - `POST /api/site-builds/report`: the builder, with the build hook's bearer token (SITE_BUILD_HOOK_TOKEN).
 * - `GET /site-builds/status`: editors (whoever may change public content), with an admin session or token.
 */

export { SITE_BUILD_STATUSES, type SiteBuildReport, type SiteBuildState, type SiteBuildStatus } from '../editing/contracts';

const REASON_MAX_LENGTH = 8000;
const PROBLEMS_MAX = 50;
const STORE = { type: 'core', name: 'site-builds' } as const;
const KEY = 'state';

interface RouteContext {
  request: { body?: unknown; headers: Record<string, string | string[] | undefined> };
  status: number;
  body: unknown;
}

export function registerSiteBuildStatus(strapi: Core.Strapi): void {
  const hookToken = configOf(strapi).siteBuildHook.token;
  const store = strapi.store(STORE);
  const read = async () => ((await store.get({ key: KEY })) as SiteBuildState | null) ?? {};

  strapi.server.routes({
    type: 'content-api',
    routes: [
      { method: 'POST', path: '/site-builds/report', handler: (ctx: RouteContext) => receive(ctx), config: { auth: false }, info: { apiName: 'site-builds' } },
    ],
  });
  strapi.server.routes({
    type: 'admin',
    prefix: '/site-builds',
    routes: [
      {
        method: 'GET',
        path: '/status',
        handler: async (ctx: RouteContext) => void (ctx.body = { data: await withTitles(strapi, await read()) }),
        config: { policies: editorPolicies(strapi) },
        info: { pluginName: 'admin' },
      },
    ],
  });

  async function receive(ctx: RouteContext): Promise<void> {
    if (!hasHookToken(ctx.request.headers.authorization, hookToken)) {
      ctx.status = 401;
      ctx.body = { error: { status: 401, name: 'UnauthorizedError', message: 'Only the site builder reports builds' } };
      return;
    }
    const report = reportOf(ctx.request.body);
    if (!report) {
      ctx.status = 400;
      ctx.body = {
        error: {
          status: 400,
          name: 'ValidationError',
          message: 'A report has a status (started, succeeded, failed), startedAt and finishedAt as ISO dates, and a reason',
        },
      };
      return;
    }
    const state = await read();
    await store.set({ key: KEY, value: nextState(state, report) });
    if (report.status === 'failed') strapi.log.error(`The site build failed; the previous site is still online. ${report.reason ?? ''}`);
    ctx.status = 204;
    ctx.body = null;
  }
}

export function nextState(state: SiteBuildState, report: SiteBuildReport): SiteBuildState {
  switch (report.status) {
    case 'started':
      return { ...state, latest: report };
    case 'succeeded':
      return { latest: report, lastSuccess: report };
    case 'failed':
      return { ...state, latest: report, failing: report };
  }
}

function hasHookToken(header: string | string[] | undefined, token: string | undefined): boolean {
  if (!token || typeof header !== 'string') return false;
  const given = Buffer.from(header);
  const expected = Buffer.from(`Bearer ${token}`);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export function reportOf(body: unknown): SiteBuildReport | undefined {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const { status, startedAt, finishedAt, reason, problems } = body as Record<string, unknown>;
  if (!(SITE_BUILD_STATUSES as readonly unknown[]).includes(status) || !isIsoDate(startedAt)) return undefined;
  if (finishedAt !== undefined && !isIsoDate(finishedAt)) return undefined;
  if (reason !== undefined && typeof reason !== 'string') return undefined;
  const parsedProblems = problems === undefined ? undefined : REPORTED_PROBLEMS.safeParse(problems);
  if (parsedProblems && !parsedProblems.success) return undefined;
  return {
    status: status as SiteBuildStatus,
    startedAt,
    ...(finishedAt ? { finishedAt } : {}),
    ...(reason ? { reason: reason.slice(0, REASON_MAX_LENGTH) } : {}),
    ...(parsedProblems?.data.length ? { problems: parsedProblems.data } : {}),
  };
}

const shortText = (max: number) =>
  z
    .string()
    .min(1)
    .transform((value) => value.slice(0, max));

/** What the builder may say of each refused value; texts are cut, never trusted to be short. */
const REPORTED_PROBLEMS: z.ZodType<SiteBuildProblem[], unknown> = z
  .array(
    z.object({
      type: shortText(60),
      documentId: shortText(60).optional(),
      slug: shortText(120).optional(),
      locale: z.enum(LOCALES),
      field: shortText(200),
      message: shortText(300),
      // A builder older than rule codes sends none.
      rule: z.custom<ValueRule>(isValueRule).catch('other'),
    }),
  )
  .max(PROBLEMS_MAX);

/**
 * The build names a document by its slug (or id); editors know it by its title, read here in the
 * language the problem is in (the draft's, which is the one to fix).
 */
async function withTitles(strapi: Core.Strapi, state: SiteBuildState): Promise<SiteBuildState> {
  if (!state.failing?.problems) return state;
  const problems = await Promise.all(state.failing.problems.map((problem) => withTitle(strapi, problem)));
  return { ...state, failing: { ...state.failing, problems } };
}

async function withTitle(strapi: Core.Strapi, problem: SiteBuildProblem): Promise<SiteBuildProblem> {
  const type = PUBLIC_TYPES.find((candidate) => candidate === problem.type);
  if (!type || !problem.documentId || !isLocale(problem.locale)) return problem;
  const { uid, titleField } = publicTypeInfo(strapi, type);
  if (!titleField) return problem;
  const draft: unknown = await strapi.db
    .query(uid)
    .findOne({ select: [titleField], where: { documentId: problem.documentId, locale: problem.locale, publishedAt: null } });
  const title = isRecord(draft) ? draft[titleField] : undefined;
  return typeof title === 'string' && title.trim() !== '' ? { ...problem, title } : problem;
}

function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));
}
