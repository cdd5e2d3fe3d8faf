/**
 * Starts a throwaway CMS seeded with the sample content and a Meilisearch indexed from it, and keeps
 * both running until Ctrl-C, for building the site by hand: `node scripts/start-test-cms.ts`, then
 * the printed variables before `npm run build`.
 */
import { startCmsProcess } from '../../cms/testing/cms-process.ts';
import { startSeededSearch } from '../test/support/seeded-search.ts';

const cms = await startCmsProcess();
const search = await startSeededSearch(cms.url);
console.log(`CMS_URL=${cms.url} PUBLIC_MEILI_URL=${search.url} PUBLIC_MEILI_SEARCH_KEY=${search.searchKey}`);
const stop = async (): Promise<void> => {
  await Promise.all([cms.stop(), search.stop()]);
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
