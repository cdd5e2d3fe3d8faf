import { describe, expect, it } from 'vitest';
import { seedWhenAsked } from '../src/bootstrap/sample-content';

/** The part of Strapi the seed step touches when the seed is absent or not asked for: its log. */
function strapiWithLog() {
  const lines: string[] = [];
  const log = { info: (line: string) => void lines.push(`info ${line}`), warn: (line: string) => void lines.push(`warn ${line}`) };
  return { strapi: { log }, lines };
}

const missing = () => Promise.reject(Object.assign(new Error("Cannot find module '../seed'"), { code: 'MODULE_NOT_FOUND' }));

describe('the sample content at start', () => {
  it('is not even loaded when CMS_SEED is false', async () => {
    const { strapi, lines } = strapiWithLog();
    let loads = 0;
    await seedWhenAsked(strapi, { seed: false }, () => {
      loads++;
      return missing();
    });
    expect(loads).toBe(0);
    expect(lines).toEqual([]);
  });

  it('is missed with one warning, not a failed start, in a build without it (the production image)', async () => {
    const { strapi, lines } = strapiWithLog();
    await seedWhenAsked(strapi, { seed: true }, missing);
    expect(lines).toEqual([expect.stringMatching(/^warn CMS_SEED is not false, but this build has no sample content/)]);
  });

  it('lets any other failure of the seed stop the start', async () => {
    const { strapi } = strapiWithLog();
    await expect(seedWhenAsked(strapi, { seed: true }, () => Promise.reject(new Error('broken seed')))).rejects.toThrow('broken seed');
  });
});
