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
    },
  };
};
