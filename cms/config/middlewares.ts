import { cmsConfigAtStart } from '../src/config/env';
import { corsOriginsFor, originsOf, type PlatformOrigins } from '../src/middlewares/origins';
import { multipartOptions } from '../src/middlewares/upload-cleanup';

export default () => {
  const { server, siteUrl, intake } = cmsConfigAtStart();
  const origins: PlatformOrigins = { site: originsOf(siteUrl), cms: originsOf(server.publicUrl) };
  return [
    // Before anything reads the client address: X-Forwarded-* only from the configured proxies.
    {
      name: 'global::client-address',
      config: { behindProxy: server.trustProxy, trustedProxies: server.trustedProxies },
    },
    'global::request-log',
    'strapi::errors',
    'strapi::security',
    // Credentialed cross-origin calls only from the CMS's own origin, and the site's on the content API.
    { name: 'strapi::cors', config: { origin: (ctx: { path: string; method: string; get(field: string): string }) => corsOriginsFor(ctx, origins, strapi) } },
    'strapi::poweredBy',
    'strapi::query',
    // Before the body parser: origin, rate limit, content type and size of intake posts, and its errors.
    {
      name: 'global::intake-door',
      config: {
        rateLimit: intake.rateLimit,
        origins,
      },
    },
    // Strapi's defaults (the admin and the upload plugin need them), with room for a 64 KB intake form
    // and a cap on the files (20: the media library's uploads) and fields of any multipart request.
    // Whatever the parser refuses is a 4xx on every route (body-errors), and JSON nested deeper than
    // 64 levels is refused before any route reads it (json-depth).
    'global::body-errors',
    { name: 'strapi::body', config: { formLimit: '64kb', formidable: multipartOptions(intake.uploadMaxMb) } },
    'global::json-depth',
    'global::staff-language-choice',
    'global::upload-cleanup',
    // A file the media library does not take is refused in the staff member's language (src/editing/media-types.ts).
    'global::upload-type-refusal',
    'strapi::session',
    // The platform's icon (the site's own mark, see the README's licences): without the file, Strapi's favicon middleware answers 500.
    { name: 'strapi::favicon', config: { path: 'favicon.ico' } },
    'strapi::public',
    'global::uploads-revalidation',
    // Inside the revalidation (it sees the file first): a file not served answers 404, never 304.
    'global::uploads-media-only',
    'global::published-only',
  ];
};
