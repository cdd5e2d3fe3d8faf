import { winston, formats } from '@strapi/logger';

/**
 * One line per request (method, path, status, time): never a body, so no personal data from an
 * intake form reaches a log. LOG_LEVEL=warn keeps test output quiet.
 */
export default {
  transports: [
    new winston.transports.Console({
      level: process.env.LOG_LEVEL || 'http',
      format: winston.format.combine(formats.levelFilterFormatter, formats.prettyPrint({ timestamps: 'YYYY-MM-DD HH:mm:ss.SSS' })),
    }),
  ],
};
