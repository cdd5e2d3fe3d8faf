import { randomBytes } from 'node:crypto';
import * as z from 'zod';
import { dataOf, readJson } from './http';
import type { TestCms } from './cms';
import { LOCAL_ADMIN_DEFAULTS } from '../../src/access/first-admin';
import { STAFF_ROLES } from '../../src/access/staff-roles';

/** Logs in through the admin's own login route and returns the bearer token of that session (the shared CMS's kept one, if any). */
export async function adminToken(cms: TestCms, email: string, password: string): Promise<string> {
  const kept = cms.sessions?.get(email);
  if (kept) return kept;
  const response = await fetch(`${cms.url}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`Admin login failed for ${email}: ${response.status}`);
  const { data } = await readJson(response, dataOf(z.looseObject({ token: z.string().optional(), accessToken: z.string().optional() })));
  const token = data.token ?? data.accessToken ?? '';
  cms.sessions?.set(email, token);
  return token;
}

export const superAdminToken = (cms: TestCms) => adminToken(cms, LOCAL_ADMIN_DEFAULTS.email, LOCAL_ADMIN_DEFAULTS.password);

/** Creates a staff member with one of the platform's roles (once per email) and logs them in. */
export async function staffToken(cms: TestCms, role: keyof typeof STAFF_ROLES, email = `${role.toLowerCase()}@staff.example.org`): Promise<string> {
  const password = 'Staff-Password-2026';
  const existing = await cms.strapi.db.query('admin::user').findOne({ where: { email } });
  if (!existing) {
    const { id } = await cms.strapi.service('admin::role').findOne({ code: STAFF_ROLES[role].code });
    await cms.strapi
      .service('admin::user')
      .create({ email, firstname: role, lastname: 'Test', password, isActive: true, registrationToken: null, roles: [id] });
  }
  return adminToken(cms, email, password);
}

/** fetch with the staff member's token, JSON in and out. */
export function staffFetch(cms: TestCms, token: string) {
  return (path: string, init: { method?: string; body?: unknown; headers?: Record<string, string> } = {}) =>
    fetch(`${cms.url}${path}`, {
      method: init.method ?? 'GET',
      headers: { authorization: `Bearer ${token}`, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }), ...init.headers },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
}

/** A signed-in account of the content API (users-permissions): never staff. */
export async function usersPermissionsToken(cms: TestCms): Promise<string> {
  const authenticated = await cms.strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'authenticated' } });
  const name = `account-${randomBytes(4).toString('hex')}`;
  const user = await cms.strapi.db.query('plugin::users-permissions.user').create({
    data: { username: name, email: `${name}@example.org`, provider: 'local', confirmed: true, blocked: false, role: authenticated.id },
  });
  return cms.strapi.plugin('users-permissions').service('jwt').issue({ id: user.id }) as string;
}

/** A token of the content API: full access, as a site build would hold, or only the `permissions` given (e.g. `plugin::upload.content-api.upload`). */
export async function contentApiToken(cms: TestCms, permissions?: string[]): Promise<string> {
  const access = permissions ? { type: 'custom', permissions } : { type: 'full-access' };
  const token = await cms.strapi
    .service('admin::api-token')
    .create({ name: `${access.type} ${randomBytes(4).toString('hex')}`, ...access, kind: 'content-api', lifespan: null });
  return token.accessKey as string;
}
