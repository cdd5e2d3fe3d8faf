import { cmsConfigAtStart } from '../src/config/env';

export default () => {
  const { server } = cmsConfigAtStart();
  return {
    host: server.host,
    port: server.port,
    url: server.publicUrl,
    app: { keys: server.appKeys },
    // Behind the site's reverse proxy, the client address is the last one it adds to X-Forwarded-For;
    // without a proxy that header is anyone's to write, so it is ignored. Even behind one, it is only
    // read on connections from CMS_TRUSTED_PROXIES (src/middlewares/client-address.ts).
    proxy: { koa: server.trustProxy, maxIpsCount: 1 },
    // No request leaves the machine at run time: Strapi's update check would ask the npm registry.
    logger: { updates: { enabled: false } },
  };
};
