import type { ThrowawayPostgres } from '../../testing/postgres';

/** The throwaway PostgreSQL cluster lives in testing/, where the benchmarks reach it too. */
export { startPostgres, type ThrowawayPostgres } from '../../testing/postgres';

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
