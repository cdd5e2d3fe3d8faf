import type { Core } from '@strapi/strapi';
import { configOf } from '../config';

import localAdmin from './local-admin.json';

/** Documented local defaults (the runner prints them); production sets CMS_ADMIN_EMAIL and CMS_ADMIN_PASSWORD. */
export const LOCAL_ADMIN_DEFAULTS = localAdmin;

/**
 * Creates the first super admin from the environment when the CMS has no admin user yet,
 * so a fresh install needs no clicking through the registration screen.
 */
export async function ensureFirstAdmin(strapi: Core.Strapi): Promise<{ email: string; created: boolean }> {
  const { environment, firstAdmin } = configOf(strapi);
  const email = firstAdmin.email;
  const userService = strapi.service('admin::user');
  if (await userService.exists()) return { email, created: false };

  const password = firstAdmin.password ?? LOCAL_ADMIN_DEFAULTS.password;
  if (environment === 'production' && !firstAdmin.password) {
    throw new Error('Set CMS_ADMIN_PASSWORD: the first admin is never created with the local default password in production');
  }
  const superAdmin = await strapi.service('admin::role').getSuperAdmin();
  await userService.create({
    email,
    firstname: 'Platform',
    lastname: 'Admin',
    password,
    isActive: true,
    registrationToken: null,
    roles: [superAdmin.id],
  });
  return { email, created: true };
}
