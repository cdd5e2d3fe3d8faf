import type { AddressInfo } from 'node:net';
import { serveStatic, type StaticServerOptions } from '../../../scripts/lib/static-server.ts';

export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site with the platform's own static server (files, folder index.html, /404.html with
 * status 404, and with `cmsUrl` the `/api/intake/` proxy to the CMS), on a free port unless one is given.
 */
export async function serveDirectory(root: string, port = 0, options: StaticServerOptions = {}): Promise<RunningServer> {
  const server = await serveStatic(root, port, '127.0.0.1', options);
  const address = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
