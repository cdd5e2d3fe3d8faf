export * from './schemas.js';
export * from './messages.js';
export * from './validate.js';
