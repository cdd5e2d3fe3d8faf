import type { Core } from '@strapi/strapi';
import { READ, fieldAccess, readsWholeRecord, refuse, type GuardedContext } from './app';

/**
 * The workspace shows, searches and filters whole intake records (names, phone numbers, notes):
 * each route names the record types it touches, and a staff member who may not read every field
 * of one of them (a role given the workspace but not the whole record) is refused. The back-office
 * role and the super admin read them whole.
 */
export const WHOLE_RECORDS_MIDDLEWARE = 'reads-whole-records';
export const READS_WHOLE_RECORDS = `plugin::back-office.${WHOLE_RECORDS_MIDDLEWARE}`;

export function readsWholeRecords(config: { uids?: string[] }, { strapi }: { strapi: Core.Strapi }) {
  const uids = config.uids ?? [];
  return async (ctx: GuardedContext, next: () => Promise<unknown>) => {
    const ability = ctx.state.userAbility;
    if (!ability) return refuse(ctx, 403, 'Sign in to the admin');
    const access = fieldAccess(strapi, ability);
    const readsAll = (uid: string) => ability.can(READ, uid) && readsWholeRecord(access, uid);
    if (!uids.every(readsAll)) return refuse(ctx, 403, 'The back office needs the right to read these records whole');
    return next();
  };
}
