import { absoluteUrl, requestStatusText, routes, type Locale } from '@cb/domain';
import type { IntakeForm } from '@cb/domain/intake';
import type { MailBlock } from '../../notifications/templates/layout';

/**
 * "Follow your request" with the status page's address on the site (`SITE_URL`), for the help
 * request's confirmation mail; nothing when the CMS does not know the site's address.
 */
export function followRequestBlocks(form: IntakeForm, locale: Locale, siteUrl: string | undefined): MailBlock[] {
  if (form !== 'help-request' || !siteUrl || !/^https?:\/\//i.test(siteUrl)) return [];
  return [{ kind: 'link', label: requestStatusText(locale).followRequest, href: absoluteUrl(routes.requestStatus(locale), siteUrl) }];
}
