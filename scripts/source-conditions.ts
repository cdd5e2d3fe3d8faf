import { defaultClientConditions, defaultServerConditions, type Plugin } from 'vite';

/**
 * The export condition under which `@cb/domain` and `@cb/search` point at their TypeScript source
 * (`src/*.ts`) instead of `dist/`. Vite, vitest and Astro use it, so an edit to `domain/src` is what
 * the site's build, its dev server and the site's and search's tests run, without a rebuild. Node
 * itself does not know the condition and keeps reading `dist/` (see scripts/shared-build.ts).
 */
export const SOURCE_CONDITION = '@cb/source';

/**
 * Adds the condition to every Vite environment (the browser's, the server's, and Astro's own for
 * content loading), ahead of the conditions that environment would have had.
 */
export function readWorkspaceSources(): Plugin {
  return {
    name: 'cb:read-workspace-sources',
    enforce: 'pre',
    configEnvironment(name, config) {
      const defaults = name === 'client' || config.consumer === 'client' ? defaultClientConditions : defaultServerConditions;
      const conditions = config.resolve?.conditions ?? defaults;
      config.resolve = { ...config.resolve, conditions: [SOURCE_CONDITION, ...conditions.filter((condition) => condition !== SOURCE_CONDITION)] };
    },
  };
}
