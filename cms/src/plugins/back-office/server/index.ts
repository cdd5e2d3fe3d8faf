import type { Core } from '@strapi/strapi';
import { routes } from './routes';
import { controllers } from './controllers';
import { WHOLE_RECORDS_MIDDLEWARE, readsWholeRecords } from './whole-records';

/** Who may use the workspace: the back-office role gets it in code (src/access/staff-roles.ts). */
export const USE_BACK_OFFICE = 'plugin::back-office.use';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    strapi.service('admin::permission').actionProvider.registerMany([
      { section: 'plugins', displayName: 'Use the back office', uid: 'use', pluginName: 'back-office' },
    ]);
  },
  routes,
  controllers,
  middlewares: { [WHOLE_RECORDS_MIDDLEWARE]: readsWholeRecords },
};
