import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  host: env('HOST', '127.0.0.1'),
  port: env.int('PORT', 1337),
  url: env('PUBLIC_CMS_URL', ''),
  app: { keys: env.array('APP_KEYS') },
  // Behind the site's reverse proxy, the client address is the last one it adds to X-Forwarded-For;
  // without a proxy that header is anyone's to write, so it is ignored. Even behind one, it is only
  // read on connections from CMS_TRUSTED_PROXIES (src/middlewares/client-address.ts).
  proxy: { koa: env.bool('CMS_TRUST_PROXY', false), maxIpsCount: 1 },
  // No request leaves the machine at run time: Strapi's update check would ask the npm registry.
  logger: { updates: { enabled: false } },
});
