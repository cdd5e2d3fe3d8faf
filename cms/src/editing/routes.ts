import type { Core } from '@strapi/strapi';
import { editorPolicies } from './editor-access';
import { findMissingWork } from './missing-work';

interface RouteContext {
  body: unknown;
}

/** `GET /editing/missing-work` (admin, editors only): the published documents missing a language or an alternative text. */
export function registerEditingRoutes(strapi: Core.Strapi): void {
  strapi.server.routes({
    type: 'admin',
    prefix: '/editing',
    routes: [
      {
        method: 'GET',
        path: '/missing-work',
        handler: async (ctx: RouteContext) => void (ctx.body = { data: await findMissingWork(strapi) }),
        config: { policies: editorPolicies(strapi) },
        info: { pluginName: 'admin' },
      },
    ],
  });
}
