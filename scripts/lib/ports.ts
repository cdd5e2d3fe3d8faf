import { createServer } from 'node:net';

/** Resolves true when nothing listens on 127.0.0.1:port. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** An error whose message is meant for a person, printed as one line without a stack trace. */
export class PlatformError extends Error {}

export async function waitFor(url: string, what: string, timeoutMs: number, isUp: (status: number) => boolean = (status) => status < 500): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url);
      if (isUp(response.status)) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new PlatformError(`${what} did not answer at ${url} within ${Math.round(timeoutMs / 1000)} s.`);
}
