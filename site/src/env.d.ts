/// <reference types="astro/client" />
import type { PreviewLocals } from './lib/site-content.ts';

declare global {
  interface ImportMetaEnv {
    /** Meilisearch as the browser reaches it; without it (or the key) the search page has no island. */
    readonly PUBLIC_MEILI_URL?: string;
    /** The search-only key (never the master key): it is written into the search pages. */
    readonly PUBLIC_MEILI_SEARCH_KEY?: string;
  }

  namespace App {
    interface Locals {
      /** Set by the preview server only (site/preview): the content with the editor's draft in it. */
      preview?: PreviewLocals;
    }
  }
}
