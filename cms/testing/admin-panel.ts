import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CMS_DIR, filesUnder, startCmsProcess, type CmsProcess, type CmsProcessOptions } from './cms-process.ts';
import LOCAL_ADMIN from '../src/access/local-admin.json' with { type: 'json' };

/**
 * The CMS with its admin panel built (`strapi build`), for tests that drive the admin in a browser.
 * The build takes minutes on a busy machine, so it is skipped while its sources stay the same.
 */

const REPO_ROOT = path.resolve(CMS_DIR, '..');
const BUILD_DIR = path.join(CMS_DIR, 'dist', 'build');
const HASH_FILE = path.join(BUILD_DIR, '.sources-hash');

/** What the admin bundle is made of: the plugins' admin code, the admin app and the field words it imports, the config that enables them, the staff texts, the shared domain. */
const PLUGINS_DIR = path.join(CMS_DIR, 'src', 'plugins');
const pluginAdminSources = () =>
  existsSync(PLUGINS_DIR)
    ? readdirSync(PLUGINS_DIR).flatMap((plugin) => [path.join(PLUGINS_DIR, plugin, 'admin'), path.join(PLUGINS_DIR, plugin, 'package.json')])
    : [];
const sources = () => [
  ...pluginAdminSources(),
  path.join(CMS_DIR, 'src', 'admin'),
  // The staff texts: the plugin and the home widgets bundle them in every language.
  path.join(CMS_DIR, 'src', 'staff-texts'),
  // The admin app's field words (content-model/field-labels.ts).
  path.join(CMS_DIR, 'src', 'content-model'),
  path.join(CMS_DIR, 'config'),
  path.join(CMS_DIR, 'package.json'),
  path.join(REPO_ROOT, 'domain', 'dist'),
  path.join(REPO_ROOT, 'package-lock.json'),
];

export function adminSourcesHash(): string {
  const hash = createHash('sha256');
  for (const file of sources().flatMap(filesUnder)) {
    hash.update(path.relative(REPO_ROOT, file));
    hash.update(readFileSync(file));
  }
  return hash.digest('hex');
}

export interface AdminBuild {
  /** Whether `strapi build` ran (false: the cached build matched the sources). */
  built: boolean;
  milliseconds: number;
}

/** Builds the admin panel into dist/build unless the build there was made from the same sources. */
export function ensureAdminPanel(): AdminBuild {
  const started = performance.now();
  const hash = adminSourcesHash();
  const cached = existsSync(path.join(BUILD_DIR, 'index.html')) && existsSync(HASH_FILE) && readFileSync(HASH_FILE, 'utf8') === hash;
  if (!cached) {
    execFileSync(process.execPath, [path.join(REPO_ROOT, 'node_modules/@strapi/strapi/bin/strapi.js'), 'build'], {
      cwd: CMS_DIR,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NODE_ENV: 'production', STRAPI_TELEMETRY_DISABLED: 'true' },
    });
    writeFileSync(HASH_FILE, hash);
  }
  return { built: !cached, milliseconds: Math.round(performance.now() - started) };
}

export interface AdminPanel extends CmsProcess {
  build: AdminBuild;
}

/** A CMS process (temporary SQLite, seeded) that serves the built admin panel at /admin. */
export async function startAdminPanel(env: Record<string, string> = {}, options: CmsProcessOptions = {}): Promise<AdminPanel> {
  const build = ensureAdminPanel();
  const cms = await startCmsProcess(env, options);
  return { ...cms, build };
}

export interface StaffUser {
  email: string;
  password: string;
  /** An admin API token (Bearer) of this user. */
  token: string;
}

/** Sets the admin's language on a staff member's profile, as they do on their profile page. */
export async function chooseAdminLanguage(cmsUrl: string, user: StaffUser, language: 'nl' | 'fr' | 'en'): Promise<void> {
  const response = await fetch(`${cmsUrl}/admin/users/me`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${user.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ preferedLanguage: language }),
  });
  if (response.status !== 200) throw new Error(`The admin language could not be set: HTTP ${response.status}`);
}

async function adminLogin(cmsUrl: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${cmsUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`Admin login answered ${response.status}`);
  const { data } = (await response.json()) as { data: { token?: string; accessToken?: string } };
  const token = data.token ?? data.accessToken;
  if (!token) throw new Error('Admin login gave no token');
  return token;
}

async function adminApi<T>(cmsUrl: string, token: string, method: string, route: string, body?: unknown): Promise<T> {
  const response = await fetch(`${cmsUrl}${route}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${route} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * A staff member with one of the staff roles (by role code), created the way a super admin does it
 * in the admin: invited through the admin API, then registered with the invitation's token.
 */
export async function createStaffUser(cmsUrl: string, roleCode: string, email: string): Promise<StaffUser> {
  const superAdmin = await adminLogin(cmsUrl, LOCAL_ADMIN.email, LOCAL_ADMIN.password);
  const { data: roles } = await adminApi<{ data: { id: number; code: string }[] }>(cmsUrl, superAdmin, 'GET', '/admin/roles');
  const role = roles.find((candidate) => candidate.code === roleCode);
  if (!role) throw new Error(`No admin role ${roleCode}`);
  const { data: invited } = await adminApi<{ data: { registrationToken: string } }>(cmsUrl, superAdmin, 'POST', '/admin/users', {
    email,
    firstname: roleCode,
    lastname: 'Test',
    roles: [role.id],
  });
  const password = 'Staff-Password-2026';
  await adminApi(cmsUrl, superAdmin, 'POST', '/admin/register', {
    registrationToken: invited.registrationToken,
    userInfo: { firstname: roleCode, lastname: 'Test', password },
  });
  return { email, password, token: await adminLogin(cmsUrl, email, password) };
}

/** Debian's Chromium, headless, with nothing phoning home (as in the site's browser tests). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Logs a staff member in through the admin's own login page, in a fresh browser context (in the machine's time zone unless `timezoneId` says). */
export async function logInToAdmin(
  browser: Browser,
  cmsUrl: string,
  user: Pick<StaffUser, 'email' | 'password'>,
  context: { timezoneId?: string } = {},
): Promise<Page> {
  const browserContext = await browser.newContext({
    baseURL: cmsUrl,
    locale: 'en-GB',
    viewport: { width: 1366, height: 900 },
    reducedMotion: 'reduce',
    ...context,
  });
  const page = await browserContext.newPage();
  await page.goto('/admin/auth/login');
  await page.locator('input[name="email"]').fill(user.email);
  await page.locator('input[name="password"]').fill(user.password);
  await page.getByRole('button', { name: 'Login' }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'), { timeout: 30_000 });
  return page;
}
