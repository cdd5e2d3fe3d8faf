/**
 * A search as the site's reader asks it (words, ticked filters, page: `search-state.ts`) and the one
 * Meilisearch request that answers it (`search-request.ts`): shared by the site's island, which sends it
 * from the browser, and the CMS's page of results without JavaScript, so both rank alike. Pure and
 * small, like `@cb/search/query`: no Meilisearch client, nothing of Node.
 */
export * from './search-state.js';
export * from './search-request.js';
