import { timingSafeEqual } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { configOf } from '../config';

/**
 * What became of the site's builds, told by the builder and shown to editors in the admin: a build
 * that fails (a value the site cannot use) keeps the previous site online, and every later publish
 * waits for it, so editors must see it, with the document and field to fix.
 *
 * - `POST /api/site-builds/report`: the builder, with the build hook's bearer token (SITE_BUILD_HOOK_TOKEN).
 * - `GET /site-builds/status`: any signed-in admin user (admin session or admin token).
 */

export const SITE_BUILD_STATUSES = ['started', 'succeeded', 'failed'] as const;
export type SiteBuildStatus = (typeof SITE_BUILD_STATUSES)[number];

export interface SiteBuildReport {
  status: SiteBuildStatus;
  startedAt: string;
  finishedAt?: string | undefined;
  /** Why a build failed, in words an editor can act on (which document, locale and field). */
  reason?: string | undefined;
}

export interface SiteBuildState {
  latest?: SiteBuildReport;
  /** The last build that failed, kept until a later one succeeds. */
  failing?: SiteBuildReport;
  lastSuccess?: SiteBuildReport;
}

const REASON_MAX_LENGTH = 8000;
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
        handler: async (ctx: RouteContext) => void (ctx.body = { data: await read() }),
        config: { policies: ['admin::isAuthenticatedAdmin'] },
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
  const { status, startedAt, finishedAt, reason } = body as Record<string, unknown>;
  if (!(SITE_BUILD_STATUSES as readonly unknown[]).includes(status) || !isIsoDate(startedAt)) return undefined;
  if (finishedAt !== undefined && !isIsoDate(finishedAt)) return undefined;
  if (reason !== undefined && typeof reason !== 'string') return undefined;
  return {
    status: status as SiteBuildStatus,
    startedAt,
    ...(finishedAt ? { finishedAt } : {}),
    ...(reason ? { reason: reason.slice(0, REASON_MAX_LENGTH) } : {}),
  };
}

function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));
}
