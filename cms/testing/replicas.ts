import { Agent, createServer, request as httpRequest, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { compileCms, freePort, startCmsProcess, type CmsProcess, type ProcessExit } from './cms-process.ts';
import { postgresEnv, startPostgres, type StartPostgresOptions, type ThrowawayPostgres } from './postgres.ts';

/**
 * Several CMS processes on one PostgreSQL database behind a round-robin proxy on loopback, as in
 * production (docker compose's replicas behind nginx), for tests and the benchmark. Any replica can be
 * killed (SIGKILL), stopped (SIGTERM) and started again on its own port while the others go on.
 */

/** The proxy connects to the replicas from this loopback address, the only one they trust for X-Forwarded-For. */
export const PROXY_ADDRESS = '127.0.0.100';

/** Headers that belong to one connection, not to the request or answer passed on. */
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer', 'content-length']);

export interface RoundRobinProxy {
  url: string;
  /** Answers each replica gave through the proxy, by replica index. */
  readonly answered: readonly number[];
  stop(): Promise<void>;
}

/**
 * Plain node:http: each request goes to the next live upstream in turn, with the client's address
 * added to X-Forwarded-For. An upstream that refuses the connection (stopping, or dead) is skipped
 * and the next one tried, as nginx does; one that fails after the request was sent gives a 502 without
 * a body of the CMS's, which a client takes for "no answer" and retries with the same Idempotency-Key.
 * No sticky sessions: nothing ties a client to a replica.
 *
 * `keepAlive`: connections to the replicas are kept open and used again, as nginx's `keepalive` in the
 * upstream does (deploy/nginx.conf); without it every request opens a new connection (the tests' default:
 * a replica's death is then always a refused connection, never a reset of a kept one).
 */
export async function startRoundRobinProxy(
  livePorts: () => readonly (number | undefined)[],
  { keepAlive = false }: { keepAlive?: boolean } = {},
): Promise<RoundRobinProxy> {
  let turn = 0;
  const agents = new Map<number, Agent>();
  const agentFor = (port: number): Agent | false => {
    if (!keepAlive) return false;
    let agent = agents.get(port);
    if (!agent) agents.set(port, (agent = new Agent({ keepAlive: true })));
    return agent;
  };
  const answered: number[] = [];
  const server = createServer((request, response) => {
    void (async () => {
      const body = await readBody(request);
      const headers = forwardedHeaders(request);
      const ports = livePorts();
      // The turn moves on when a request is taken, not when it is answered: requests at once spread too.
      const first = turn++;
      for (let tries = 0; tries < ports.length; tries++) {
        const index = (first + tries) % ports.length;
        const port = ports[index];
        if (port === undefined) continue;
        const outcome = await passOn(request, headers, body, port, agentFor(port), response);
        if (outcome === 'refused') continue;
        if (outcome === 'answered') answered[index] = (answered[index] ?? 0) + 1;
        return;
      }
      if (!response.headersSent) response.writeHead(502, { 'content-type': 'text/plain', 'retry-after': '1' });
      response.end('No replica answered.\n');
    })().catch(() => response.destroy());
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    answered,
    stop: () =>
      new Promise<void>((resolve) => {
        for (const agent of agents.values()) agent.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function forwardedHeaders(request: IncomingMessage): IncomingHttpHeaders {
  const headers: IncomingHttpHeaders = {};
  for (const [name, value] of Object.entries(request.headers)) if (!HOP_BY_HOP.has(name)) headers[name] = value;
  const client = (request.socket.remoteAddress ?? '').replace(/^::ffff:/, '');
  const earlier = request.headers['x-forwarded-for'];
  headers['x-forwarded-for'] = earlier ? `${String(earlier)}, ${client}` : client;
  return headers;
}

/** One try at one upstream: 'refused' when it took no connection (nothing was sent), else the client has its answer. */
function passOn(
  request: IncomingMessage,
  headers: IncomingHttpHeaders,
  body: Buffer,
  port: number,
  agent: Agent | false,
  response: ServerResponse,
): Promise<'refused' | 'answered' | 'failed'> {
  return new Promise((resolve) => {
    const upstream = httpRequest(
      {
        host: '127.0.0.1',
        port,
        localAddress: PROXY_ADDRESS,
        method: request.method,
        path: request.url,
        headers: { ...headers, 'content-length': String(body.length) },
        agent,
      },
      (answer) => {
        const answerHeaders: IncomingHttpHeaders = {};
        for (const [name, value] of Object.entries(answer.headers)) if (!HOP_BY_HOP.has(name) || name === 'content-length') answerHeaders[name] = value;
        response.writeHead(answer.statusCode ?? 502, answerHeaders);
        answer.pipe(response);
        answer.on('end', () => resolve('answered'));
        answer.on('error', () => {
          response.destroy();
          resolve('failed');
        });
      },
    );
    upstream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNREFUSED') return resolve('refused');
      // Cut after the request was sent: the replica may have stored it; only the client's retry (same key) can tell.
      if (!response.headersSent) {
        response.writeHead(502, { 'content-type': 'text/plain', 'retry-after': '1' });
        response.end('The replica did not answer.\n');
      } else {
        response.destroy();
      }
      resolve('failed');
    });
    upstream.end(body);
  });
}

export interface ReplicaSet {
  /** The proxy: where clients send their requests. */
  url: string;
  postgres: ThrowawayPostgres;
  proxy: RoundRobinProxy;
  /** The replica processes by index; undefined while one is down. */
  readonly replicas: readonly (CmsProcess | undefined)[];
  /** The environment every replica runs with (database, proxy trust, the caller's). */
  readonly env: Readonly<Record<string, string>>;
  /** SIGKILL: a crash. The proxy skips the replica until it is restarted. */
  kill(index: number): Promise<ProcessExit>;
  /** SIGTERM: a graceful stop, as an orchestrator's. The proxy keeps sending to it until it has exited. */
  terminate(index: number): Promise<ProcessExit>;
  /** Starts a stopped replica again on its own port (extra environment for this start only). */
  restart(index: number, env?: Record<string, string>): Promise<CmsProcess>;
  /** Stops every replica (SIGTERM), the proxy, and the database unless it was given. */
  stop(): Promise<void>;
}

export interface ReplicaOptions {
  /** How many CMS processes; 3 by default. */
  count?: number;
  /** Environment for every replica (mail server, limits, outbox timings, …). */
  env?: Record<string, string>;
  /** A running cluster to use (then `stop` leaves it running); by default a throwaway one of its own. */
  postgres?: ThrowawayPostgres;
  /** What the throwaway cluster starts as (startPostgres): empty by default, or as a first start leaves it. */
  from?: StartPostgresOptions['from'];
  /** Compile the CMS first (once for all replicas). */
  compile?: boolean;
  /** The proxy keeps its connections to the replicas open (see startRoundRobinProxy). */
  keepAlive?: boolean;
}

/**
 * Starts the replicas one after the other (on an empty cluster the first creates the schema and seeds;
 * starting the others at the same moment would race its migrations), then the proxy in front of them.
 */
export async function startReplicas({
  count = 3,
  env = {},
  postgres: given,
  from,
  compile = true,
  keepAlive = false,
}: ReplicaOptions = {}): Promise<ReplicaSet> {
  if (compile) compileCms();
  const postgres = given ?? (await startPostgres({ from }));
  const sharedEnv = { ...postgresEnv(postgres), CMS_TRUST_PROXY: 'true', CMS_TRUSTED_PROXIES: PROXY_ADDRESS, ...env };
  const ports: number[] = [];
  const replicas: (CmsProcess | undefined)[] = [];
  const startReplica = async (index: number, extra: Record<string, string> = {}) => {
    ports[index] ??= await freePort();
    const replica = await startCmsProcess({ ...sharedEnv, PORT: String(ports[index]), ...extra }, { compile: false });
    replicas[index] = replica;
    return replica;
  };
  const end = async (index: number, how: 'kill' | 'stop') => {
    const replica = replicas[index];
    if (!replica) throw new Error(`Replica ${index} is not running`);
    if (how === 'kill') replicas[index] = undefined;
    const exit = await replica[how]();
    replicas[index] = undefined;
    if (how === 'stop' && exit.code !== 0)
      console.error(`Replica ${index} ended with code ${exit.code} on SIGTERM; the end of its output:\n${replica.output().slice(-4000)}`);
    return exit;
  };
  let proxy: RoundRobinProxy | undefined;
  try {
    for (let index = 0; index < count; index++) await startReplica(index);
    proxy = await startRoundRobinProxy(() => replicas.map((replica, index) => (replica ? ports[index] : undefined)), { keepAlive });
  } catch (error) {
    await Promise.allSettled(replicas.map((replica) => replica?.kill()));
    if (!given) postgres.stop();
    throw error;
  }
  const running = proxy;
  return {
    url: running.url,
    postgres,
    proxy: running,
    replicas,
    env: sharedEnv,
    kill: (index) => end(index, 'kill'),
    terminate: (index) => end(index, 'stop'),
    restart: (index, extra) => startReplica(index, extra),
    async stop() {
      await running.stop();
      await Promise.allSettled(replicas.map((replica) => replica?.stop()));
      replicas.fill(undefined);
      if (!given) postgres.stop();
    },
  };
}
