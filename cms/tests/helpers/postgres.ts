import { postgresEnv, startPostgres } from '../../testing/postgres';
import { startCms, type TestCms } from './cms';

/** The throwaway PostgreSQL cluster lives in testing/, where the benchmarks reach it too. */
export { postgresEnv, startPostgres, type ThrowawayPostgres } from '../../testing/postgres';

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
