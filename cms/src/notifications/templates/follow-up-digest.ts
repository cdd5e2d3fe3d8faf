import { formatDate, type Locale } from '@cb/domain';
import { isStaffTextId, staffText } from '../../staff-texts';
import { renderMail, type MailBlock, type RenderedMail } from './layout';

/**
 * The morning mail to back-office staff, in the staff member's language: which matches and referrals
 * are due for a follow-up. It names references and statuses only; everything else is in the back
 * office, behind the link.
 */
export interface DueFollowUp {
  kind: string;
  caseStatus: string;
  followUpOn: string;
  requestReference?: string | undefined;
  offerReference?: string | undefined;
}

export function followUpDigest(due: readonly DueFollowUp[], today: string, followUpsUrl: string, locale: Locale): RenderedMail {
  const date = formatDate(locale, today);
  const count = due.length;
  const blocks: MailBlock[] = [
    { kind: 'paragraph', text: staffText(locale, 'mail.digest.intro', { count, date }) },
    { kind: 'list', title: staffText(locale, 'mail.digest.list'), items: due.map((item) => describe(item, locale)) },
    { kind: 'link', label: staffText(locale, 'mail.digest.open'), href: followUpsUrl },
    { kind: 'paragraph', text: staffText(locale, 'mail.digest.privacy') },
  ];
  return renderMail(staffText(locale, 'mail.digest.subject', { count, date }), locale, blocks);
}

function describe(item: DueFollowUp, locale: Locale): string {
  const statusId = `status.${item.caseStatus}`;
  const values = {
    request: item.requestReference ?? staffText(locale, 'mail.digest.request-removed'),
    offer: item.offerReference ?? staffText(locale, 'mail.digest.offer-removed'),
    status: isStaffTextId(statusId) ? staffText(locale, statusId) : item.caseStatus,
    date: formatDate(locale, item.followUpOn),
  };
  return staffText(locale, item.kind === 'match' ? 'mail.digest.match' : 'mail.digest.referral', values);
}
