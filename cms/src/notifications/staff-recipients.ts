import type { Core } from '@strapi/strapi';
import { BACK_OFFICE_PLUGIN, formatLocaleOf, type Locale } from '@cb/domain';
import { configOf } from '../config';
import type { ClaimedJob } from '../outbox';
import { send } from './send';
import type { RenderedMail } from './templates/layout';

/**
 * Who on the staff gets the platform's staff mails, and in which language.
 *
 * STAFF_NOTIFICATION_EMAIL lists the addresses (read and checked in config/env.ts). An address that
 * belongs to an admin user gets the mails in the interface language that user chose in the admin
 * (Profile → Interface language); any other address (a shared mailbox) and a user who chose none get
 * STAFF_MAIL_DEFAULT_LANGUAGE (nl, fr or en; English when unset, as the admin itself starts).
 */
export interface StaffRecipient {
  address: string;
  locale: Locale;
}

/** The language is read when the mail is sent: a staff member who changed it since gets the new one. */
export async function staffRecipients(strapi: Core.Strapi): Promise<StaffRecipient[]> {
  const { staffAddresses: addresses, staffDefaultLocale: fallback } = configOf(strapi).mail;
  if (addresses.length === 0) return [];
  const users = (await strapi.db.query('admin::user').findMany({
    where: { email: { $in: addresses.map((address) => address.toLowerCase()) } },
    select: ['email', 'preferedLanguage'],
  })) as { email: string; preferedLanguage?: string | null }[];
  const chosen = new Map(users.filter((user) => user.preferedLanguage).map((user) => [user.email.toLowerCase(), formatLocaleOf(user.preferedLanguage)]));
  return addresses.map((address) => ({ address, locale: chosen.get(address.toLowerCase()) ?? fallback }));
}

/**
 * Renders the mail once per language and sends each recipient their own copy (To: them alone, so no
 * one's mail shows a colleague's address). Each copy's Message-ID is the job's plus the recipient's
 * place in the list: a copy sent again after a retry or a crash is recognisable as such.
 */
export async function sendToStaff(
  strapi: Core.Strapi,
  recipients: readonly StaffRecipient[],
  render: (locale: Locale) => RenderedMail,
  job: ClaimedJob,
): Promise<void> {
  const rendered = new Map<Locale, RenderedMail>();
  for (const [index, { address, locale }] of recipients.entries()) {
    const mail = rendered.get(locale) ?? render(locale);
    rendered.set(locale, mail);
    await send(strapi, address, mail, job, index);
  }
}

/** A page of the back-office workspace, as an absolute link for a mail. */
export function backOfficeUrl(strapi: Core.Strapi, ...segments: string[]): string {
  return [adminUrl(strapi), 'plugins', BACK_OFFICE_PLUGIN, ...segments.map(encodeURIComponent)].join('/');
}

/** A record in the content manager, for the records the back office has no page of. */
export function contentManagerUrl(strapi: Core.Strapi, type: string, documentId: string): string {
  return `${adminUrl(strapi)}/content-manager/collection-types/api::${type}.${type}/${encodeURIComponent(documentId)}`;
}

function adminUrl(strapi: Core.Strapi): string {
  return String(strapi.config.get('admin.absoluteUrl')).replace(/\/$/, '');
}
