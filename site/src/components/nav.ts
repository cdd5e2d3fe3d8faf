import type { Locale } from '@cb/domain';
import type { UiStrings } from '../i18n/index.ts';
import { routes } from '@cb/domain';

/** The main menu, in order. Each item names its route and its label in the dictionary. */
export const MAIN_NAV = [
  { key: 'stories', href: (locale: Locale) => routes.stories(locale) },
  { key: 'initiatives', href: (locale: Locale) => routes.initiatives(locale) },
  { key: 'organisations', href: routes.organisations },
  { key: 'projectCall', href: routes.projectCall },
  { key: 'search', href: routes.search },
] as const satisfies readonly { key: keyof UiStrings['nav']; href: (locale: Locale) => string }[];

export type NavKey = (typeof MAIN_NAV)[number]['key'];
