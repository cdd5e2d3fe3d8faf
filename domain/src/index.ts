export * from './locales.js';
export * from './taxonomies.js';
export * from './content.js';
export * from './intake.js';
export * from './routes.js';
export * from './slugify.js';
export * from './content-rules.js';
export * from './cases.js';
