import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Core } from '@strapi/strapi';
import { errorCode } from '../outbox/outbox';

/** How long requests already being answered may take to finish once a stop begins. */
const IN_FLIGHT_GRACE_MS = 20_000;
/** What a client that reaches a stopping process is told: come back in a moment (another replica, or this one restarted). */
const RETRY_AFTER_SECONDS = '2';

export interface RequestGate {
  /** Refuses every new request and connection, then resolves once the requests in flight are answered (or the grace ran out). */
  close(graceMs?: number): Promise<void>;
  readonly inFlight: number;
}

/**
 * Puts a gate in front of the HTTP server's request handler (Koa's): while open it counts the requests
 * being answered; once closed it answers any further request (a keep-alive connection's next one)
 * with 503 and Retry-After, without letting it reach the CMS, and new connections are refused.
 */
export function gateRequests(server: Server): RequestGate {
  const handlers = server.listeners('request') as ((request: IncomingMessage, response: ServerResponse) => void)[];
  server.removeAllListeners('request');
  const answering = new Set<ServerResponse>();
  let closed = false;
  let allAnswered: (() => void) | undefined;

  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    if (closed) return refuse(response);
    answering.add(response);
    response.once('close', () => {
      answering.delete(response);
      if (closed && answering.size === 0) allAnswered?.();
    });
    for (const handler of handlers) handler.call(server, request, response);
  });

  return {
    get inFlight() {
      return answering.size;
    },
    async close(graceMs = IN_FLIGHT_GRACE_MS) {
      closed = true;
      // No new connections; idle keep-alive connections are closed. The answers still to come close theirs.
      server.close();
      server.closeIdleConnections();
      for (const response of answering) if (!response.headersSent) response.setHeader('connection', 'close');
      if (answering.size === 0) return;
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((resolve) => (allAnswered = resolve)),
        new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs).unref())),
      ]);
      clearTimeout(timer);
    },
  };
}

function refuse(response: ServerResponse): void {
  // Plain text, not JSON: the form island and nginx take a 503 without the CMS's JSON for "no answer, try again".
  response.writeHead(503, {
    'content-type': 'text/plain; charset=utf-8',
    'retry-after': RETRY_AFTER_SECONDS,
    connection: 'close',
    'cache-control': 'no-store',
  });
  response.end('Stopping; try again in a moment.\n');
}

/**
 * The order of a stop (SIGTERM, SIGINT), before Strapi's own: first no more HTTP requests (those in
 * flight finish), then `afterRequests` (the outbox finishes the jobs in hand), then Strapi's destroy
 * (plugins, admin permissions, the server, the database). Strapi destroys its plugins before the
 * app's own `destroy` lifecycle, while it still takes requests and before it cuts open connections;
 * so the stop is put in front of `strapi.destroy`, which its signal handler calls.
 */
export function stopGracefully(strapi: Core.Strapi, afterRequests: () => Promise<void>): void {
  const gate = gateRequests(strapi.server.httpServer);
  const destroy = strapi.destroy.bind(strapi);
  let stopping: Promise<void> | undefined;
  strapi.destroy = () =>
    (stopping ??= (async () => {
      try {
        await gate.close();
        await afterRequests();
      } catch (error) {
        strapi.log.error(`Graceful stop failed (${errorCode(error)}); Strapi stops anyway`);
      }
      await destroy();
    })());
}
