export * from './schemas.js';
export * from './messages.js';
export * from './validate.js';
export * from './form-fields.js';
export * from './form-layout.js';
export * from './form-copy.js';
export * from './limits.js';
export * from './page-shell.js';
