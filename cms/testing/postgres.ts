import { execFileSync } from 'node:child_process';
import { chownSync, rmSync } from 'node:fs';
import { freePort } from './cms-process.ts';
import { scratchDir } from './scratch-dir.ts';

export interface ThrowawayPostgres {
  port: number;
  /** The cluster's data directory (its postmaster.pid names the server process). */
  dataDir: string;
  /**
   * One statement through psql, beside the running CMS processes: its rows as arrays of text. Values go in
   * as psql variables (`:'name'` in the statement), quoted by psql.
   */
  query(sql: string, variables?: Record<string, string>): string[][];
  stop(): void;
}

/**
 * A PostgreSQL cluster in a temporary folder on a free loopback port, trusted for local use only.
 * initdb refuses to run as root, so as root it runs as the `postgres` system user.
 */
export async function startPostgres(): Promise<ThrowawayPostgres> {
  // In memory when there is room (scratch-dir.ts): each commit's sync of the log costs nothing there.
  const dir = scratchDir('cb-postgres-');
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  const run = (command: string) =>
    asRoot ? execFileSync('su', ['postgres', '-c', command], { stdio: 'pipe' }) : execFileSync('sh', ['-c', command], { stdio: 'pipe' });

  run(`initdb -D '${dir}/data' --auth=trust --username=postgres --encoding=UTF8 >/dev/null`);
  run(`pg_ctl -D '${dir}/data' -o "-p ${port} -k '${dir}' -c listen_addresses=127.0.0.1" -l '${dir}/log' -w start >/dev/null`);

  return {
    port,
    dataDir: `${dir}/data`,
    query(sql, variables = {}) {
      const settings = Object.entries(variables).flatMap(([name, value]) => ['-v', `${name}=${value}`]);
      const output = execFileSync(
        'psql',
        ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-X', '-q', '-A', '-t', '-F', '\t', '-v', 'ON_ERROR_STOP=1', ...settings],
        {
          input: sql,
          encoding: 'utf8',
        },
      );
      return output
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => line.split('\t'));
    },
    stop() {
      try {
        run(`pg_ctl -D '${dir}/data' -m fast -w stop >/dev/null`);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** The CMS's environment for a throwaway cluster (its superuser, its default database). */
export function postgresEnv(postgres: ThrowawayPostgres): Record<string, string> {
  return {
    DATABASE_CLIENT: 'postgres',
    DATABASE_HOST: '127.0.0.1',
    DATABASE_PORT: String(postgres.port),
    DATABASE_NAME: 'postgres',
    DATABASE_USERNAME: 'postgres',
    DATABASE_PASSWORD: '',
  };
}
