import { winston, formats } from '@strapi/logger';
import { cmsConfigAtStart } from '../src/config/env';

/**
 * One line per request (method, path, status, time), written by src/middlewares/request-log.ts:
 * never a body, and intake URLs without their query or attempt token, so no personal data from
 * an intake form reaches a log. LOG_LEVEL=warn keeps test output quiet.
 */
export default () => ({
  level: cmsConfigAtStart().logLevel,
  format: formats.prettyPrint({ timestamps: 'YYYY-MM-DD HH:mm:ss.SSS' }),
  transports: [new winston.transports.Console()],
});
