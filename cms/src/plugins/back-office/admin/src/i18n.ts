import { useIntl } from 'react-intl';
import { STAFF_TEXTS, staffLocaleOf, type StaffTextId, type StaffTextValues } from '../../../../staff-texts';
import { PLUGIN_ID } from './pluginId';

/**
 * The id of a staff text in the admin's react-intl messages. The plugin registers every staff text,
 * so the admin's own home widgets read theirs under the same ids.
 */
export const staffMessageId = (id: StaffTextId) => `${PLUGIN_ID}.${id}`;

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
  const t = (id: StaffTextId, values?: StaffTextValues): string => intl.formatMessage({ id: staffMessageId(id), defaultMessage: STAFF_TEXTS.en[id] }, values);
  return { t, locale: staffLocaleOf(intl.locale) };
}
