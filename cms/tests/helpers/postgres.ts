import { postgresEnv, startPostgres, type StartPostgresOptions } from '../../testing/postgres';
import { startCms, type TestCms } from './cms';

/** The throwaway PostgreSQL cluster lives in testing/, where the benchmarks reach it too. */
export { postgresEnv, startPostgres, type StartPostgresOptions, type ThrowawayPostgres } from '../../testing/postgres';

/**
 * A real Strapi on its own throwaway PostgreSQL cluster; stopping the CMS removes the cluster too. The
 * cluster is a copy of the one a first start leaves (schema, sample content), as SQLite tests start from
 * a copy of the seeded database, unless the test asks for an empty one (`from: 'empty'`).
 */
export async function startCmsOnPostgres(env: Record<string, string> = {}, { from = 'seeded' }: StartPostgresOptions = {}): Promise<TestCms> {
  const postgres = await startPostgres({ from });
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
