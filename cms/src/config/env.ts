import path from 'node:path';
import * as z from 'zod';
import { DEFAULT_SCREENING_VALID_MONTHS, LOCALES, type Locale } from '@cb/domain';
import localAdmin from '../access/local-admin.json';
import { ATTEMPT_LIMITS } from '../api/intake/request/attempts';
import { addressList } from '../middlewares/client-address';
import type { OutboxSettings } from '../outbox/outbox';

/**
 * The one reader of the CMS's environment: every variable the CMS (and its Strapi config files in
 * `cms/config/`) uses is declared here once, with its default and what a good value looks like. The
 * README's table of environment variables lists the same names (tests/config.test.ts keeps them in step).
 *
 * A variable set to an empty or blank value counts as unset (docker compose passes `${X:-}` as "").
 * A bad value stops the start with one line naming the variable and what is expected; a secret's
 * value is never shown.
 */

type Env = Readonly<Record<string, string | undefined>>;

interface Variable<Schema extends z.ZodType> {
  schema: Schema;
  /** What a good value is, after "<NAME> must be". */
  expected: string;
  secret: boolean;
}

function variable<Schema extends z.ZodType>(schema: Schema, expected: string, { secret = false } = {}): Variable<Schema> {
  return { schema, expected, secret };
}

const text = (fallback: string) => variable(z.string().default(fallback), 'text');
const optionalText = () => variable(z.string().optional(), 'text');
const secret = () => variable(z.string().optional(), 'text', { secret: true });

function wholeNumber(fallback: number, { min, unit }: { min: number; unit?: string }) {
  const schema = z
    .string()
    .regex(/^\d+$/)
    .transform(Number)
    .refine((value) => Number.isSafeInteger(value) && value >= min)
    .default(fallback);
  return variable(schema, `a whole number${unit ? ` of ${unit}` : ''} ≥ ${min}`);
}

const port = (fallback: number) =>
  variable(
    z
      .string()
      .regex(/^\d+$/)
      .transform(Number)
      .refine((value) => value >= 1 && value <= 65_535)
      .default(fallback),
    'a port number (1 to 65535)',
  );

const flag = (fallback: boolean) =>
  variable(
    z
      .enum(['true', 'false'])
      .transform((value) => value === 'true')
      .default(fallback),
    'true or false',
  );

const oneOf = <const Values extends readonly [string, ...string[]]>(values: Values, fallback: Values[number]) =>
  variable(z.enum(values).default(fallback), `one of ${values.join(', ')}`);

function isUrl(value: string, protocols: readonly string[]): boolean {
  return URL.canParse(value) && protocols.includes(new URL(value).protocol);
}

const httpUrl = ({ secret = false } = {}) =>
  variable(
    z
      .string()
      .refine((value) => isUrl(value, ['http:', 'https:']))
      .optional(),
    'an absolute http(s) URL',
    { secret },
  );

/** Strapi's own notation for a list (`a,b` or `["a","b"]`), without empty items. */
function listItems(value: string): string[] {
  const inner = value.startsWith('[') && value.endsWith(']') ? value.slice(1, -1) : value;
  return inner.split(',').map((item) => item.trim().replace(/^"|"$/g, ''));
}

const list = (expected: string, { secret = false, check = (_items: readonly string[]): boolean => true } = {}) =>
  variable(
    z
      .string()
      .transform(listItems)
      .refine((items) => items.every((item) => item !== '') && check(items))
      .optional(),
    expected,
    { secret },
  );

const isAddressList = (items: readonly string[]) => {
  try {
    addressList(items);
    return true;
  } catch {
    return false;
  }
};

/** Staff mail addresses as listed (any of `,` `;` or spaces between them), each once whatever its case. */
function staffAddressList(value: string): string[] {
  const addresses = value.split(/[\s,;]+/).filter((address) => address !== '');
  return addresses.filter((address, index) => addresses.findIndex((other) => other.toLowerCase() === address.toLowerCase()) === index);
}

const LOG_LEVELS = ['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly'] as const;
const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** Every variable the CMS reads, with its default: the README's table says what each one is for. */
export const VARIABLES = {
  NODE_ENV: text('development'),
  LOG_LEVEL: oneOf(LOG_LEVELS, 'http'),

  HOST: text('127.0.0.1'),
  PORT: port(1337),
  PUBLIC_CMS_URL: httpUrl(),
  SITE_URL: httpUrl(),
  CMS_TRUST_PROXY: flag(false),
  CMS_TRUSTED_PROXIES: list('IP addresses or CIDR ranges, comma-separated', { check: isAddressList }),

  APP_KEYS: list('keys, comma-separated, none empty', { secret: true }),
  API_TOKEN_SALT: secret(),
  ADMIN_JWT_SECRET: secret(),
  TRANSFER_TOKEN_SALT: secret(),
  JWT_SECRET: secret(),
  ENCRYPTION_KEY: secret(),

  DATABASE_CLIENT: oneOf(['sqlite', 'postgres'], 'sqlite'),
  DATABASE_FILENAME: optionalText(),
  DATABASE_URL: variable(
    z
      .string()
      .refine((value) => isUrl(value, ['postgres:', 'postgresql:']))
      .optional(),
    'a postgres:// URL',
    { secret: true },
  ),
  DATABASE_HOST: text('localhost'),
  DATABASE_PORT: port(5432),
  DATABASE_NAME: text('connecting_brussels'),
  DATABASE_USERNAME: text('connecting_brussels'),
  DATABASE_PASSWORD: secret(),
  DATABASE_SSL: flag(false),
  DATABASE_SSL_REJECT_UNAUTHORIZED: flag(true),
  DATABASE_SCHEMA: text('public'),
  DATABASE_POOL_MIN: wholeNumber(2, { min: 0 }),
  DATABASE_POOL_MAX: wholeNumber(10, { min: 1 }),
  DATABASE_CONNECTION_TIMEOUT: wholeNumber(60_000, { min: 1, unit: 'milliseconds' }),

  PRIVATE_UPLOADS_DIR: optionalText(),
  CMS_UPLOAD_MAX_MB: wholeNumber(50, { min: 1, unit: 'megabytes' }),
  CMS_IMAGE_MAX_MB: wholeNumber(10, { min: 1, unit: 'megabytes' }),
  INTAKE_RATE_LIMIT_MAX: wholeNumber(20, { min: 1 }),
  INTAKE_RATE_LIMIT_WINDOW_SECONDS: wholeNumber(600, { min: 1, unit: 'seconds' }),
  INTAKE_ATTEMPTS_PER_ADDRESS: wholeNumber(ATTEMPT_LIMITS.perClient, { min: 1 }),
  INTAKE_ATTEMPTS_MAX: wholeNumber(ATTEMPT_LIMITS.maxCount, { min: 1 }),
  STATUS_LOOKUP_RATE_LIMIT_MAX: wholeNumber(10, { min: 1 }),
  STATUS_LOOKUP_RATE_LIMIT_WINDOW_SECONDS: wholeNumber(600, { min: 1, unit: 'seconds' }),
  STATUS_LOOKUP_TRIES_PER_REFERENCE: wholeNumber(5, { min: 1 }),
  STATUS_LOOKUP_REFERENCE_WINDOW_SECONDS: wholeNumber(3600, { min: 1, unit: 'seconds' }),
  // Two searches a second per address on average: far more than a person paging and filtering, or a library's few computers behind one address.
  SEARCH_RATE_LIMIT_MAX: wholeNumber(120, { min: 1 }),
  SEARCH_RATE_LIMIT_WINDOW_SECONDS: wholeNumber(60, { min: 1, unit: 'seconds' }),

  CMS_ADMIN_EMAIL: variable(z.email().default(localAdmin.email), 'an email address'),
  CMS_ADMIN_PASSWORD: secret(),
  CMS_SEED: flag(true),

  SMTP_HOST: text('127.0.0.1'),
  SMTP_PORT: port(1025),
  SMTP_SECURE: flag(false),
  SMTP_USERNAME: optionalText(),
  SMTP_PASSWORD: secret(),
  EMAIL_FROM: text('Connecting Brussels <hello@connecting.brussels>'),
  EMAIL_REPLY_TO: variable(z.email().default('hello@connecting.brussels'), 'an email address'),
  STAFF_NOTIFICATION_EMAIL: variable(
    z
      .string()
      .transform(staffAddressList)
      .refine((addresses) => addresses.length > 0 && addresses.every((address) => z.email().safeParse(address).success))
      .optional(),
    'email addresses, separated by commas, semicolons or spaces',
  ),
  STAFF_MAIL_DEFAULT_LANGUAGE: oneOf(LOCALES, 'en'),

  OUTBOX_POLL_MS: wholeNumber(1000, { min: 1, unit: 'milliseconds' }),
  OUTBOX_LEASE_MS: wholeNumber(MINUTE_MS, { min: 1, unit: 'milliseconds' }),
  OUTBOX_RETRY_BASE_MS: wholeNumber(30_000, { min: 1, unit: 'milliseconds' }),
  OUTBOX_RETRY_MAX_MS: wholeNumber(60 * MINUTE_MS, { min: 1, unit: 'milliseconds' }),
  OUTBOX_GIVE_UP_AFTER_MS: wholeNumber(3 * DAY_MS, { min: 1, unit: 'milliseconds' }),
  OUTBOX_BATCH_SIZE: wholeNumber(20, { min: 1 }),
  OUTBOX_KEEP_DONE_DAYS: wholeNumber(30, { min: 1, unit: 'days' }),
  RETENTION_MONTHS: wholeNumber(12, { min: 1, unit: 'months' }),
  PROJECT_REVIEW_MIN_REVIEWS: wholeNumber(2, { min: 1, unit: 'reviews' }),
  SCREENING_VALID_MONTHS: wholeNumber(DEFAULT_SCREENING_VALID_MONTHS, { min: 1, unit: 'months' }),
  CHECK_IN_DAYS: list('whole numbers of days, comma-separated', { check: (items) => items.every((item) => /^\d{1,3}$/.test(item) && Number(item) >= 1) }),
  CHECK_IN_LINK_DAYS: wholeNumber(30, { min: 1, unit: 'days' }),
  CHECK_IN_NO_ANSWER_DAYS: wholeNumber(7, { min: 1, unit: 'days' }),
  CONCERN_LINK_DAYS: wholeNumber(180, { min: 1, unit: 'days' }),
  AWAY_LINK_DAYS: wholeNumber(180, { min: 1, unit: 'days' }),
  CHECK_IN_LINK_SECRET: secret(),

  MEILI_URL: httpUrl(),
  MEILI_MASTER_KEY: secret(),
  // The search-only key the site's pages carry too: the page of results without JavaScript searches with it, never with the master key.
  MEILI_SEARCH_KEY: secret(),
  // A build hook's URL is often its own secret (anyone who has it can start builds).
  SITE_BUILD_HOOK_URL: httpUrl({ secret: true }),
  SITE_BUILD_HOOK_TOKEN: secret(),
  SITE_BUILD_HOOK_DEBOUNCE_MS: wholeNumber(250, { min: 0, unit: 'milliseconds' }),
  // The site's preview server as the editor's browser reaches it; with the secret and the token, Strapi's Preview is on.
  SITE_PREVIEW_URL: httpUrl(),
  SITE_PREVIEW_SECRET: secret(),
  SITE_PREVIEW_TOKEN: secret(),
} as const;

export type VariableName = keyof typeof VARIABLES;
type Values = { [Name in VariableName]: z.output<(typeof VARIABLES)[Name]['schema']> };

export interface CmsConfig {
  /** NODE_ENV; `production` refuses the local default admin password. */
  environment: string;
  logLevel: (typeof LOG_LEVELS)[number];
  server: {
    host: string;
    port: number;
    /** The CMS's public URL; empty when unset (Strapi then derives its own). */
    publicUrl: string;
    appKeys: string[] | undefined;
    trustProxy: boolean;
    trustedProxies: string[];
  };
  /** The site's public URL: its origin may read the content API and post intake forms. */
  siteUrl: string | undefined;
  /** Strapi's own secrets; unset ones are Strapi's to complain about. */
  secrets: Record<'apiTokenSalt' | 'adminJwt' | 'transferTokenSalt' | 'usersPermissionsJwt' | 'encryptionKey', string | undefined>;
  database: DatabaseConfig;
  intake: {
    rateLimit: { max: number; windowSeconds: number };
    uploadMaxMb: number;
    attemptsPerAddress: number;
    attemptsMax: number;
    /** Where intake attachments are kept; resolve it with privateUploadsDir(). */
    privateUploadsDir: string | undefined;
  };
  /** The status page's look-ups (src/api/request-status): per client address, and wrong tries per reference. */
  statusLookup: {
    perClient: { max: number; windowSeconds: number };
    perReference: { max: number; windowSeconds: number };
  };
  /** Searches without JavaScript (GET /api/search, src/api/site-search) per client address, in their own window. */
  searchRateLimit: { max: number; windowSeconds: number };
  firstAdmin: { email: string; password: string | undefined };
  seed: boolean;
  mail: {
    host: string;
    port: number;
    secure: boolean;
    login: { user: string; pass: string | undefined } | undefined;
    from: string;
    replyTo: string;
    /** Told about every new submission and the daily follow-ups, each in their own language; none: no staff mail. */
    staffAddresses: string[];
    /** Staff mails' language for an address of no admin user, or of one who chose no interface language. */
    staffDefaultLocale: Locale;
  };
  outbox: OutboxSettings;
  outboxKeepDoneDays: number;
  retentionMonths: number;
  /** Complete reviews a project proposal needs before staff may decide on it (unless they override, with a reason). */
  minimumReviews: number;
  /** A volunteer's screening holds this long; then the offer is to screen again. */
  screeningValidMonths: number;
  /** Check-ins after contact is confirmed on a match, and the signed links of their mails (see src/check-ins/). */
  checkIns: {
    /** Days after the confirmed contact at which each person gets a check-in mail. */
    afterDays: number[];
    linkDays: number;
    /** A check-in still unanswered this many days after its mail puts the match on the follow-up list. */
    noAnswerDays: number;
    concernLinkDays: number;
    /** How long a volunteer's "I'm away" link in a match or check-in mail works. */
    awayLinkDays: number;
    /** Signs the links; CHECK_IN_LINK_SECRET, else derived from APP_KEYS (the same on every replica). */
    secret: string;
  };
  /** Both MEILI_URL and MEILI_MASTER_KEY, or search sync is off. */
  search: { url: string; masterKey: string } | undefined;
  /** Both MEILI_URL and MEILI_SEARCH_KEY, or the page of results without JavaScript says search is unavailable. */
  publicSearch: { url: string; searchKey: string } | undefined;
  siteBuildHook: { url: string | undefined; token: string | undefined; debounceMs: number };
  /**
   * The site's preview (src/publishing/preview.ts): where it runs, the secret its URLs carry, and the
   * token it reads drafts with. All three, or Strapi's Preview is off.
   */
  preview: { url: string; secret: string; token: string } | undefined;
  /** What editors may put on public content: the largest image, in megabytes. */
  editing: { imageMaxMb: number };
}

export type DatabaseConfig =
  | { client: 'sqlite'; filename: string }
  | {
      client: 'postgres';
      url: string | undefined;
      host: string;
      port: number;
      name: string;
      username: string;
      password: string;
      ssl: false | { rejectUnauthorized: boolean };
      schema: string;
      pool: { min: number; max: number };
      connectionTimeoutMs: number;
    };

/** A bad value in the environment; its message is the one line the start ends with. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(readonly problems: readonly string[]) {
    super(`CB config: ${problems.join('; ')}`);
  }
}

const GOT_MAX_LENGTH = 60;

/** Reads and checks the whole environment; throws a ConfigError naming every bad variable. */
export function readCmsConfig(env: Env): CmsConfig {
  const values: Partial<Record<VariableName, unknown>> = {};
  const problems: string[] = [];
  for (const name of Object.keys(VARIABLES) as VariableName[]) {
    const { schema, expected, secret } = VARIABLES[name];
    const raw = env[name]?.trim() ? env[name] : undefined;
    const result = schema.safeParse(raw);
    if (result.success) values[name] = result.data;
    else problems.push(`${name} must be ${expected} (${secret ? 'value not shown: it is a secret' : `got ${JSON.stringify(shortened(raw ?? ''))}`})`);
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return configOf(values as Values);
}

function shortened(value: string): string {
  return value.length > GOT_MAX_LENGTH ? `${value.slice(0, GOT_MAX_LENGTH)}…` : value;
}

function configOf(values: Values): CmsConfig {
  return {
    environment: values.NODE_ENV,
    logLevel: values.LOG_LEVEL,
    server: {
      host: values.HOST,
      port: values.PORT,
      publicUrl: values.PUBLIC_CMS_URL ?? '',
      appKeys: values.APP_KEYS,
      trustProxy: values.CMS_TRUST_PROXY,
      trustedProxies: values.CMS_TRUSTED_PROXIES ?? [],
    },
    siteUrl: values.SITE_URL,
    secrets: {
      apiTokenSalt: values.API_TOKEN_SALT,
      adminJwt: values.ADMIN_JWT_SECRET,
      transferTokenSalt: values.TRANSFER_TOKEN_SALT,
      usersPermissionsJwt: values.JWT_SECRET,
      encryptionKey: values.ENCRYPTION_KEY,
    },
    database: databaseOf(values),
    intake: {
      rateLimit: { max: values.INTAKE_RATE_LIMIT_MAX, windowSeconds: values.INTAKE_RATE_LIMIT_WINDOW_SECONDS },
      uploadMaxMb: values.CMS_UPLOAD_MAX_MB,
      attemptsPerAddress: values.INTAKE_ATTEMPTS_PER_ADDRESS,
      attemptsMax: values.INTAKE_ATTEMPTS_MAX,
      privateUploadsDir: values.PRIVATE_UPLOADS_DIR,
    },
    statusLookup: {
      perClient: { max: values.STATUS_LOOKUP_RATE_LIMIT_MAX, windowSeconds: values.STATUS_LOOKUP_RATE_LIMIT_WINDOW_SECONDS },
      perReference: { max: values.STATUS_LOOKUP_TRIES_PER_REFERENCE, windowSeconds: values.STATUS_LOOKUP_REFERENCE_WINDOW_SECONDS },
    },
    searchRateLimit: { max: values.SEARCH_RATE_LIMIT_MAX, windowSeconds: values.SEARCH_RATE_LIMIT_WINDOW_SECONDS },
    firstAdmin: { email: values.CMS_ADMIN_EMAIL, password: values.CMS_ADMIN_PASSWORD },
    seed: values.CMS_SEED,
    mail: {
      host: values.SMTP_HOST,
      port: values.SMTP_PORT,
      secure: values.SMTP_SECURE,
      login: values.SMTP_USERNAME ? { user: values.SMTP_USERNAME, pass: values.SMTP_PASSWORD } : undefined,
      from: values.EMAIL_FROM,
      replyTo: values.EMAIL_REPLY_TO,
      staffAddresses: values.STAFF_NOTIFICATION_EMAIL ?? [],
      staffDefaultLocale: values.STAFF_MAIL_DEFAULT_LANGUAGE,
    },
    outbox: {
      pollMs: values.OUTBOX_POLL_MS,
      leaseMs: values.OUTBOX_LEASE_MS,
      retryBaseMs: values.OUTBOX_RETRY_BASE_MS,
      retryMaxMs: values.OUTBOX_RETRY_MAX_MS,
      giveUpAfterMs: values.OUTBOX_GIVE_UP_AFTER_MS,
      batchSize: values.OUTBOX_BATCH_SIZE,
    },
    outboxKeepDoneDays: values.OUTBOX_KEEP_DONE_DAYS,
    retentionMonths: values.RETENTION_MONTHS,
    minimumReviews: values.PROJECT_REVIEW_MIN_REVIEWS,
    screeningValidMonths: values.SCREENING_VALID_MONTHS,
    checkIns: {
      afterDays: [...new Set((values.CHECK_IN_DAYS ?? ['7', '42']).map(Number))].sort((a, b) => a - b),
      linkDays: values.CHECK_IN_LINK_DAYS,
      noAnswerDays: values.CHECK_IN_NO_ANSWER_DAYS,
      concernLinkDays: values.CONCERN_LINK_DAYS,
      awayLinkDays: values.AWAY_LINK_DAYS,
      secret: values.CHECK_IN_LINK_SECRET ?? `app-keys:${(values.APP_KEYS ?? ['local-development']).join(',')}`,
    },
    search: values.MEILI_URL && values.MEILI_MASTER_KEY ? { url: values.MEILI_URL, masterKey: values.MEILI_MASTER_KEY } : undefined,
    publicSearch: values.MEILI_URL && values.MEILI_SEARCH_KEY ? { url: values.MEILI_URL, searchKey: values.MEILI_SEARCH_KEY } : undefined,
    siteBuildHook: { url: values.SITE_BUILD_HOOK_URL, token: values.SITE_BUILD_HOOK_TOKEN, debounceMs: values.SITE_BUILD_HOOK_DEBOUNCE_MS },
    editing: { imageMaxMb: values.CMS_IMAGE_MAX_MB },
    preview:
      values.SITE_PREVIEW_URL && values.SITE_PREVIEW_SECRET && values.SITE_PREVIEW_TOKEN
        ? { url: values.SITE_PREVIEW_URL.replace(/\/+$/, ''), secret: values.SITE_PREVIEW_SECRET, token: values.SITE_PREVIEW_TOKEN }
        : undefined,
  };
}

function databaseOf(values: Values): DatabaseConfig {
  if (values.DATABASE_CLIENT === 'sqlite') {
    // The local runner names one in .data/; a relative name is relative to where the CMS starts (cms/).
    return { client: 'sqlite', filename: values.DATABASE_FILENAME ?? path.join(process.cwd(), '.tmp', 'data.db') };
  }
  return {
    client: 'postgres',
    url: values.DATABASE_URL,
    host: values.DATABASE_HOST,
    port: values.DATABASE_PORT,
    name: values.DATABASE_NAME,
    username: values.DATABASE_USERNAME,
    password: values.DATABASE_PASSWORD ?? '',
    ssl: values.DATABASE_SSL && { rejectUnauthorized: values.DATABASE_SSL_REJECT_UNAUTHORIZED },
    schema: values.DATABASE_SCHEMA,
    pool: { min: values.DATABASE_POOL_MIN, max: values.DATABASE_POOL_MAX },
    connectionTimeoutMs: values.DATABASE_CONNECTION_TIMEOUT,
  };
}

/** Intake attachments' folder: PRIVATE_UPLOADS_DIR, or `private-uploads` in the platform's data folder (`.data/` next to `cms/`). */
export function privateUploadsDir(config: CmsConfig, appRoot: string): string {
  return path.resolve(config.intake.privateUploadsDir ?? path.join(appRoot, '..', '.data', 'private-uploads'));
}

/**
 * The configuration as the files in `cms/config/` read it, each time Strapi loads them at start (a
 * test's environment, set before it boots a CMS, is the one read). A bad value ends the process with
 * its one line: through Strapi's config loader it would come wrapped in a stack trace.
 */
export function cmsConfigAtStart(): CmsConfig {
  try {
    return readCmsConfig(process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}
