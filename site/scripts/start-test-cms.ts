/**
 * Starts a throwaway CMS seeded with the sample content and keeps it running until Ctrl-C,
 * for building the site by hand: `node scripts/start-test-cms.ts`, then `CMS_URL=... npm run build`.
 */
import { startCmsProcess } from '../../cms/testing/cms-process.ts';

const cms = await startCmsProcess();
console.log(`CMS_URL=${cms.url}`);
const stop = async (): Promise<void> => {
  await cms.stop();
  process.exit(0);
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
