import type { Core } from '@strapi/strapi';
import { configOf, type CmsConfig } from '../config';
import type { SeedReport } from '../seed';

interface SeedModule<App> {
  seedSampleContent(strapi: App): Promise<SeedReport>;
}

/** What the seed step uses of Strapi's log. */
interface Log {
  info(line: string): void;
  warn(line: string): void;
}

const loadSeed = (): Promise<SeedModule<Core.Strapi>> => import('../seed');

/**
 * Seeds the trilingual sample content unless CMS_SEED is `false`. The seed (its prose and images) is
 * loaded only then: the production image leaves it out (Dockerfile), so a CMS built without it starts
 * all the same and says why it has no sample content.
 */
export const seedIfAsked = (strapi: Core.Strapi): Promise<void> => seedWhenAsked(strapi, configOf(strapi), loadSeed);

/**
 * The seed step with its setting and loader given, for any app with a log: the seed loaded is
 * the one to run on that app (a test hands it a stand-in with only the log, and loaders that fail).
 */
export async function seedWhenAsked<App extends { log: Log }>(
  strapi: App,
  config: Pick<CmsConfig, 'seed'>,
  load: () => Promise<SeedModule<App>>,
): Promise<void> {
  if (!config.seed) return;
  const seed = await loaded(load, strapi.log);
  if (!seed) return;
  const report = await seed.seedSampleContent(strapi);
  if (!report.skipped) strapi.log.info(`Seeded sample content: ${JSON.stringify(report.created)}`);
}

async function loaded<App>(load: () => Promise<SeedModule<App>>, log: Log): Promise<SeedModule<App> | undefined> {
  try {
    return await load();
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'MODULE_NOT_FOUND') throw error;
    log.warn('CMS_SEED is not false, but this build has no sample content (the production image leaves it out): starting without it');
    return undefined;
  }
}
