import type { Core } from '@strapi/strapi';
import { formatLocaleOf, type Locale } from '@cb/domain';

interface RequestState {
  state?: { user?: { preferedLanguage?: string | null } };
  get?(field: string): string;
}

/**
 * The language of the staff member behind the current request: the interface language chosen in
 * their admin profile, else their browser's first language, else English. Refusals of the
 * document service and the upload plugin, which see no request, read it here.
 */
export function currentStaffLocale(strapi: Core.Strapi, user?: { preferedLanguage?: string | null } | null): Locale {
  const ctx: RequestState | undefined = strapi.requestContext.get();
  const chosen = user?.preferedLanguage ?? ctx?.state?.user?.preferedLanguage;
  if (chosen) return formatLocaleOf(chosen);
  return formatLocaleOf(ctx?.get?.('accept-language')?.split(',')[0]);
}
