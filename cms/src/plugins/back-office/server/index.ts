import type { Core } from '@strapi/strapi';
import { BACK_OFFICE_PLUGIN, BACK_OFFICE_USE_ACTION, DECIDE_PROPOSALS_ACTION, REVIEW_PROPOSALS_ACTION } from '@cb/domain';
import { routes } from './routes';
import { controllers } from './controllers';
import { services } from './services';
import { WHOLE_RECORDS_MIDDLEWARE, readsWholeRecords } from './whole-records';

/**
 * The staff's workspace: thin controllers read every input with a zod schema (validation.ts) and
 * hand it to the services (services/, reached through getService), which own the reading and
 * writing of cases; what the routes answer is written once in contracts.ts. The back-office role
 * gets the workspace's permission in code (src/access/staff-roles.ts).
 */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    const action = (uid: string, displayName: string) => ({ section: 'plugins', displayName, uid, pluginName: BACK_OFFICE_PLUGIN });
    strapi
      .service('admin::permission')
      .actionProvider.registerMany([
        action(BACK_OFFICE_USE_ACTION, 'Use the back office'),
        action(REVIEW_PROPOSALS_ACTION, 'Review the project proposals assigned to one'),
        action(DECIDE_PROPOSALS_ACTION, 'Run the project call review: assign reviewers, read every review, decide'),
      ]);
  },
  routes,
  controllers,
  services,
  middlewares: { [WHOLE_RECORDS_MIDDLEWARE]: readsWholeRecords },
};
