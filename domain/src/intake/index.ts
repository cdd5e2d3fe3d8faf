export * from './schemas.js';
export * from './messages.js';
export * from './validate.js';
export * from './form-fields.js';
