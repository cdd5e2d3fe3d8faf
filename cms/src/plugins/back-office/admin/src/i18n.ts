import { useIntl } from 'react-intl';
import { STAFF_TEXTS, staffLocaleOf, type StaffTextId, type StaffTextValues } from '../../../../staff-texts';
import { PLUGIN_ID } from './pluginId';

const messageId = (id: StaffTextId) => `${PLUGIN_ID}.${id}`;

/** The back office's texts for each admin language Strapi asks for, under the plugin's own key prefix. */
export function registerTrads({ locales }: { locales: string[] }) {
  return Promise.resolve(
    locales.map((locale) => {
      const texts = STAFF_TEXTS[staffLocaleOf(locale)];
      const data = Object.fromEntries(Object.entries(texts).map(([id, text]) => [`${PLUGIN_ID}.${id}`, text]));
      return { locale, data };
    }),
  );
}

/** The staff member's language in the back office: `t` for its texts, `locale` for dates and amounts. */
export function useStaffTexts() {
  const intl = useIntl();
  const t = (id: StaffTextId, values?: StaffTextValues): string => intl.formatMessage({ id: messageId(id), defaultMessage: STAFF_TEXTS.en[id] }, values);
  return { t, locale: staffLocaleOf(intl.locale) };
}
