import path from 'node:path';
import type { Core } from '@strapi/strapi';

/**
 * SQLite (better-sqlite3) is the embedded default for local runs and tests.
 * Production runs PostgreSQL, configured from the environment (see docker-compose.yml).
 */
export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const client = env('DATABASE_CLIENT', 'sqlite');

  if (client === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: env('DATABASE_URL'),
          host: env('DATABASE_HOST', 'localhost'),
          port: env.int('DATABASE_PORT', 5432),
          database: env('DATABASE_NAME', 'connecting_brussels'),
          user: env('DATABASE_USERNAME', 'connecting_brussels'),
          password: env('DATABASE_PASSWORD', ''),
          ssl: env.bool('DATABASE_SSL', false) && { rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true) },
          schema: env('DATABASE_SCHEMA', 'public'),
        },
        pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
        acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
      },
    };
  }

  if (client !== 'sqlite') throw new Error(`DATABASE_CLIENT must be "sqlite" or "postgres", not "${client}"`);

  return {
    connection: {
      client: 'sqlite',
      connection: {
        filename: path.resolve(env('DATABASE_FILENAME', path.join(process.cwd(), '.tmp', 'data.db'))),
      },
      useNullAsDefault: true,
      // Strapi runs its own set-up of each connection (foreign keys on) first, then this one.
      pool: { afterCreate: writeAheadLog },
    },
  };
};

/** What `pool.afterCreate` is given on SQLite: the better-sqlite3 connection. */
interface SqliteConnection {
  pragma(source: string): unknown;
}

/**
 * A write-ahead log: a commit appends to one file and syncs it once, where the default rollback
 * journal syncs the journal, the database and the directory; readers (other processes too) no longer
 * wait for the writer. `synchronous = FULL` syncs the log at every commit, so an acknowledged
 * submission survives a power loss as well as a killed process. The mode is kept in the file; a
 * clean stop folds the log back into the database file and removes it.
 */
function writeAheadLog(connection: SqliteConnection, done: (error: Error | null, connection: SqliteConnection) => void): void {
  try {
    connection.pragma('journal_mode = WAL');
    connection.pragma('synchronous = FULL');
    done(null, connection);
  } catch (error) {
    done(error as Error, connection);
  }
}
