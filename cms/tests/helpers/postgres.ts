/** The throwaway PostgreSQL cluster lives in testing/, where the benchmarks reach it too. */
export { startPostgres, type ThrowawayPostgres } from '../../testing/postgres';
