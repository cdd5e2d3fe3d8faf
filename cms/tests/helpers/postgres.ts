import type { ThrowawayPostgres } from '../../testing/postgres';
import { startPostgres } from '../../testing/postgres';
import { startCms, type TestCms } from './cms';

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

/** A real Strapi on its own throwaway PostgreSQL cluster; stopping the CMS removes the cluster too. */
export async function startCmsOnPostgres(env: Record<string, string> = {}): Promise<TestCms> {
  const postgres = await startPostgres();
  try {
    const cms = await startCms({ ...postgresEnv(postgres), ...env });
    return {
      ...cms,
      async stop() {
        await cms.stop();
        postgres.stop();
      },
    };
  } catch (error) {
    postgres.stop();
    throw error;
  }
}
