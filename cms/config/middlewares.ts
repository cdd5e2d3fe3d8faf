import type { Core } from '@strapi/strapi';

export default ({ env }: Core.Config.Shared.ConfigParams) => [
  'global::request-log',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // Before the body parser: rate limit, content type and size of intake posts, and its errors.
  {
    name: 'global::intake-door',
    config: {
      rateLimit: { max: env.int('INTAKE_RATE_LIMIT_MAX', 20), windowSeconds: env.int('INTAKE_RATE_LIMIT_WINDOW_SECONDS', 600) },
    },
  },
  // Strapi's defaults (the admin and the upload plugin need them), with room for a 64 KB intake form.
  { name: 'strapi::body', config: { formLimit: '64kb' } },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
  'global::published-only',
];
