import type { AstroIntegration, AstroUserConfig } from 'astro';
import { readWorkspaceSources } from '../scripts/source-conditions.ts';
import { readBrowserSearchEnv, type BuildEnv } from './src/lib/build-env.ts';
import { pagePolicyDirectives } from './src/lib/security-policy.ts';

/**
 * Astro reports each build to its makers unless told not to (its telemetry, on by default outside CI):
 * nothing of a build leaves this machine. Called first in both configs, before Astro records anything.
 */
export function turnOffAstroTelemetry(): void {
  process.env.ASTRO_TELEMETRY_DISABLED = '1';
}

/**
 * How pages are rendered, the same for the static site (astro.config.ts) and the preview server
 * (preview/astro.config.ts): an editor's preview is the page the public will get.
 */
export function pageRenderingOptions(env: BuildEnv) {
  const cms = new URL(env.cmsUrl);
  return {
    site: env.siteUrl,
    trailingSlash: 'always',
    build: {
      format: 'directory',
      // The CSS is small; inlined, a page renders from its first response (no render-blocking request).
      inlineStylesheets: 'always',
    },
    image: {
      // Only the CMS's uploads are fetched and optimized; no other origin.
      remotePatterns: [{ protocol: cms.protocol.replace(':', ''), hostname: cms.hostname, port: cms.port, pathname: '/uploads/**' }],
      responsiveStyles: false,
    },
    // Each page carries its Content-Security-Policy with the hashes of its own inline script and styles;
    // the web server adds what a page cannot say about itself (src/lib/security-policy.ts).
    security: { csp: { algorithm: 'SHA-256', directives: pagePolicyDirectives(readBrowserSearchEnv(process.env)?.url) } },
    // No prefetch script, no dev toolbar: content pages ship no JavaScript at all.
    prefetch: false,
    devToolbar: { enabled: false },
  } satisfies AstroUserConfig;
}

export const viteOptions = {
  // The CMS's admin needs React 18 at the repository root, where npm also put react-hook-form: without
  // this, the form islands would load that React next to the site's React 19 and break.
  resolve: { dedupe: ['react', 'react-dom'], noExternal: ['react-hook-form'] },
  // `@cb/domain` and `@cb/search` are read from their TypeScript source: no rebuild after an edit.
  plugins: [readWorkspaceSources()],
} satisfies AstroUserConfig['vite'];

/**
 * `astro build` bundles what ships, React's production build included, whatever NODE_ENV its caller
 * set: vitest sets "test", which Vite would take for a development build (React's development code,
 * three times the size). Set before Vite reads it.
 */
export function productionBuilds(): AstroIntegration {
  return {
    name: 'cb:production-builds',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') process.env.NODE_ENV = 'production';
      },
    },
  };
}
