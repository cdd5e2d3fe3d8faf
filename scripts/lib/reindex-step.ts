import path from 'node:path';

export interface ReindexStep {
  args: string[];
  env: NodeJS.ProcessEnv;
}

/**
 * The search CLI's full reindex as the local run starts it. The master key goes by environment
 * (the CLI falls back to MEILI_MASTER_KEY): arguments are visible to every user in `ps`.
 */
export function reindexStep(root: string, urls: { cms: string; meili: string }, masterKey: string, env: NodeJS.ProcessEnv = process.env): ReindexStep {
  return {
    args: [path.join(root, 'search/dist/cli.js'), 'reindex', '--cms', urls.cms, '--meili', urls.meili],
    env: { ...env, MEILI_MASTER_KEY: masterKey },
  };
}
