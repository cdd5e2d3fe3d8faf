import type { Page } from 'playwright-core';

/** WCAG 2.2 1.4.10 Reflow: content fits a 320 CSS px wide screen without scrolling sideways. */
export const NARROWEST_PHONE = { width: 320, height: 640 } as const;

export interface SidewaysScroll {
  scrollWidth: number;
  clientWidth: number;
  /** The element that sticks out furthest to the right, as a short selector with its right edge. */
  widest: string;
}

/** What makes the page scroll sideways, or undefined when it fits. */
export async function sidewaysScroll(page: Page): Promise<SidewaysScroll | undefined> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return undefined;
    const describe = (element: Element): string => {
      const id = element.id ? `#${element.id}` : '';
      const classes = [...element.classList].map((name) => `.${name}`).join('');
      const text = (element.textContent ?? '').trim().slice(0, 40);
      return `${element.tagName.toLowerCase()}${id}${classes} "${text}"`;
    };
    let widest: Element = root;
    let right = 0;
    for (const element of document.body.querySelectorAll('*')) {
      const box = element.getBoundingClientRect();
      if (box.width > 0 && box.right >= right) {
        right = box.right;
        widest = element;
      }
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, widest: `${describe(widest)} ends at ${Math.round(right)} px` };
  });
}
