/** The reader's search and its Meilisearch request live in @cb/search/request (shared with the CMS's no-JS page). */
export * from '@cb/search/request';
