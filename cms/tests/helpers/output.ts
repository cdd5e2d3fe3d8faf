import { Writable } from 'node:stream';
import type { Core } from '@strapi/strapi';
import { winston } from '@strapi/logger';

/**
 * Everything a test CMS writes, for tests that look for what must never be logged: its log lines at every
 * level, and whatever reaches this process's stdout and stderr. `lines` grows until `restore()`.
 */
export function captureOutput(strapi: Core.Strapi): { lines: string[]; restore(): void } {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const transport = new winston.transports.Stream({ stream: sink, level: 'silly' });
  strapi.log.add(transport);
  const restores = [process.stdout, process.stderr].map((stream) => {
    const write = stream.write.bind(stream);
    stream.write = ((chunk: unknown, ...rest: unknown[]) => {
      lines.push(String(chunk));
      return (write as (...args: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof stream.write;
    return () => (stream.write = write);
  });
  return {
    lines,
    restore: () => {
      restores.forEach((restore) => restore());
      strapi.log.remove(transport);
    },
  };
}

/**
 * Logs a request line per request (LOG_LEVEL=http) until the returned function is called: for a file on the shared
 * CMS, which logs warnings only, as every file sees it.
 */
export function logRequestLines(strapi: Core.Strapi): () => void {
  const level = strapi.log.level;
  strapi.log.level = 'http';
  return () => {
    strapi.log.level = level;
  };
}
