import path from 'node:path';
import { cmsConfigAtStart } from '../src/config/env';

/**
 * SQLite (better-sqlite3) is the embedded default for local runs and tests.
 * Production runs PostgreSQL, configured from the environment (see docker-compose.yml).
 */
export default () => {
  const database = cmsConfigAtStart().database;

  if (database.client === 'postgres') {
    return {
      connection: {
        client: 'postgres',
        connection: {
          connectionString: database.url,
          host: database.host,
          port: database.port,
          database: database.name,
          user: database.username,
          password: database.password,
          ssl: database.ssl,
          schema: database.schema,
        },
        pool: database.pool,
        acquireConnectionTimeout: database.connectionTimeoutMs,
      },
    };
  }

  return {
    connection: {
      client: 'sqlite',
      connection: {
        filename: path.resolve(database.filename),
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
