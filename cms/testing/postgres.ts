import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { freePort } from './cms-process.ts';
import { asClusterOwner, clusterEnv, initCluster, ownedByClusterOwner, seededClusterTemplate, startCluster, stopCluster } from './postgres-template.ts';
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

export interface StartPostgresOptions {
  /**
   * `empty` (the default): a new cluster, on which a CMS's first start creates the schema and seeds.
   * `seeded`: a copy of the cluster such a first start leaves (postgres-template.ts, made once and kept;
   * the compiled CMS must be up to date, as a test run's global setup makes it).
   */
  from?: 'empty' | 'seeded';
}

/**
 * A PostgreSQL cluster in a temporary folder on a free loopback port, trusted for local use only.
 * initdb refuses to run as root, so as root it runs as the `postgres` system user.
 */
export async function startPostgres({ from = 'empty' }: StartPostgresOptions = {}): Promise<ThrowawayPostgres> {
  // In memory when there is room (scratch-dir.ts): each commit's sync of the log costs nothing there.
  const dir = scratchDir('cb-postgres-');
  const dataDir = path.join(dir, 'data');
  let port: number;
  try {
    ownedByClusterOwner(dir);
    // `cp -a` keeps the files' owner (the cluster refuses a data folder that is not its user's) and modes.
    if (from === 'seeded') asClusterOwner(`cp -a '${await seededClusterTemplate()}' '${dataDir}'`);
    else initCluster(dataDir);
    port = await freePort();
    startCluster(dir, dataDir, port);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }

  return {
    port,
    dataDir,
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
        stopCluster(dataDir);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/** The CMS's environment for a throwaway cluster (its superuser, its default database). */
export function postgresEnv(postgres: ThrowawayPostgres): Record<string, string> {
  return clusterEnv(postgres.port);
}
