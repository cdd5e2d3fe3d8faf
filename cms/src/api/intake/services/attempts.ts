import { MemoryAttemptStore, attemptLimits, type AttemptStore } from '../request/attempts';

/**
 * The store of no-JS attempts of this CMS process, as a service: a store in the database can take
 * its place here without the controller changing.
 */
export default (): AttemptStore => {
  const store = new MemoryAttemptStore(attemptLimits());
  return { save: (attempt, client) => store.save(attempt, client), find: (token) => store.find(token) };
};
