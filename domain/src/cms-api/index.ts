/**
 * @cb/domain/cms-api: the one client of the CMS's public REST API, with the schemas of its answers.
 * The site's build and search read published content through it; neither keeps its own copy.
 */
export * from './blocks.js';
export * from './schemas.js';
export * from './content-types.js';
export * from './errors.js';
export * from './client.js';
export { valueRuleOfIssue } from './rule-issues.js';
