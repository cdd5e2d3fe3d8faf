import type { Core } from '@strapi/strapi';
import { configOf } from '../../../config';
import { DatabaseAttemptStore, attemptLimits, type AttemptStore } from '../request/attempts';

/**
 * The store of no-JS attempts: in the database, shared by every CMS replica. A save the database
 * refuses is logged by its code only and answered with the form itself (422).
 */
export function attemptStoreOf(strapi: Core.Strapi, now: () => number = Date.now): DatabaseAttemptStore {
  return new DatabaseAttemptStore(() => strapi.db.connection, {
    limits: attemptLimits(configOf(strapi)),
    now,
    postgres: strapi.config.get('database.connection.client') === 'postgres',
    onSaveError: (error) => strapi.log.error(error.message),
  });
}

export default ({ strapi }: { strapi: Core.Strapi }): AttemptStore => {
  const store = attemptStoreOf(strapi);
  return { save: (attempt, client) => store.save(attempt, client), find: (token) => store.find(token), prune: () => store.prune() };
};
