import type { Core } from '@strapi/strapi';
import { configOf, type CmsConfig } from '../config';
import type { SeedReport } from '../seed';

interface SeedModule {
  seedSampleContent(strapi: Core.Strapi): Promise<SeedReport>;
}

type Log = Pick<Core.Strapi['log'], 'info' | 'warn'>;

const loadSeed = (): Promise<SeedModule> => import('../seed');

/**
 * Seeds the trilingual sample content unless CMS_SEED is `false`. The seed (its prose and images) is
 * loaded only then: the production image leaves it out (Dockerfile), so a CMS built without it starts
 * all the same and says why it has no sample content.
 */
export async function seedIfAsked(
  strapi: Core.Strapi,
  config: Pick<CmsConfig, 'seed'> = configOf(strapi),
  load: () => Promise<SeedModule> = loadSeed,
): Promise<void> {
  if (!config.seed) return;
  const seed = await loaded(load, strapi.log);
  if (!seed) return;
  const report = await seed.seedSampleContent(strapi);
  if (!report.skipped) strapi.log.info(`Seeded sample content: ${JSON.stringify(report.created)}`);
}

async function loaded(load: () => Promise<SeedModule>, log: Log): Promise<SeedModule | undefined> {
  try {
    return await load();
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'MODULE_NOT_FOUND') throw error;
    log.warn('CMS_SEED is not false, but this build has no sample content (the production image leaves it out): starting without it');
    return undefined;
  }
}
