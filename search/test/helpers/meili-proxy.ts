import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface MeiliProxy {
  url: string;
  close(): Promise<void>;
}

/**
 * A loopback proxy in front of a real Meilisearch that runs `afterListing` once the server has answered a
 * listing of the indexes and before the caller gets that answer: what another process did in between.
 */
export async function proxyMeilisearch(target: string, afterListing: () => Promise<void>): Promise<MeiliProxy> {
  const server: Server = createServer((incoming, outgoing) => {
    const forwarded = request(new URL(incoming.url ?? '/', target), { method: incoming.method, headers: incoming.headers }, (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        const isListing = incoming.method === 'GET' && new URL(incoming.url ?? '/', target).pathname === '/indexes';
        void (isListing ? afterListing() : Promise.resolve()).finally(() => {
          outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
          outgoing.end(Buffer.concat(chunks));
        });
      });
    });
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
