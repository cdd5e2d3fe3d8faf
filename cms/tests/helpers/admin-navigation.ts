import type { Page } from 'playwright-core';

/**
 * Opens an admin page the way the admin's own links do: the loaded app changes its route (React Router hears the
 * history change) instead of the browser loading the whole admin again.
 */
export async function openInAdmin(page: Page, pathname: string): Promise<void> {
  const current = new URL(page.url()).pathname;
  // The admin's home (where logging in lands) is in the admin too.
  const inAdmin = current === '/admin' || current.startsWith('/admin/');
  // Not in the admin yet, or asked for the page it is on (a person reloads it): a whole load.
  if (!inAdmin || current === new URL(pathname, page.url()).pathname) {
    await page.goto(pathname);
    return;
  }
  // A script rather than a function: this file is type-checked without the DOM's types.
  await page.evaluate(`history.pushState(null, '', ${JSON.stringify(pathname)}); dispatchEvent(new PopStateEvent('popstate'));`);
  await page.waitForURL((url) => url.pathname === new URL(pathname, url).pathname);
}

export interface NetworkWatch {
  /** Resolves once none of the page's requests has been in flight for half a second (what `networkidle` waits for after a load, here after any navigation). */
  quiet(): Promise<void>;
}

/** Counts a page's requests in flight from now on. */
export function watchNetwork(page: Page, quietMs = 500, timeoutMs = 30_000): NetworkWatch {
  let inFlight = 0;
  let lastChange = Date.now();
  const changed = (delta: number) => {
    inFlight += delta;
    lastChange = Date.now();
  };
  page.on('request', () => changed(1));
  page.on('requestfinished', () => changed(-1));
  page.on('requestfailed', () => changed(-1));
  return {
    async quiet() {
      const deadline = Date.now() + timeoutMs;
      while (inFlight > 0 || Date.now() - lastChange < quietMs) {
        if (Date.now() > deadline) throw new Error(`The page kept ${inFlight} request(s) in flight for ${timeoutMs} ms`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
  };
}
