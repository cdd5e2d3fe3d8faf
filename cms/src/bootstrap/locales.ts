import type { Core } from '@strapi/strapi';
import { DEFAULT_LOCALE, LOCALES, LOCALE_NAMES } from '@cb/domain';

/** Makes the CMS speak exactly the platform's locales, with Dutch as the default. Idempotent. */
export async function ensureLocales(strapi: Core.Strapi): Promise<void> {
  const locales = strapi.plugin('i18n').service('locales');
  const existing: { code: string }[] = await locales.find();
  for (const code of LOCALES) {
    if (!existing.some((locale) => locale.code === code)) {
      await locales.create({ code, name: `${LOCALE_NAMES[code]} (${code})` });
    }
  }
  if ((await locales.getDefaultLocale()) !== DEFAULT_LOCALE) {
    await locales.setDefaultLocale({ code: DEFAULT_LOCALE });
  }
}
