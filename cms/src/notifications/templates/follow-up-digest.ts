import { formatDate, type Locale } from '@cb/domain';
import { isStaffTextId, staffText } from '../../staff-texts';
import { renderMail, type MailBlock, type RenderedMail } from './layout';

/**
 * The morning mail to back-office staff, in the staff member's language: which matches and referrals
 * are due for a follow-up, the funded projects' late milestones, and the open matches whose volunteer is away in the coming week. It names references and statuses only; everything else is in the back
 * office, behind the link.
 */
export interface DueFollowUp {
  kind: string;
  caseStatus: string;
  followUpOn: string;
  requestReference?: string | undefined;
  offerReference?: string | undefined;
}

/** An open match whose volunteer is away in the coming week (holiday cover): references and days only. */
export interface AwayMatchLine {
  requestReference?: string | undefined;
  offerReference: string;
  awayFrom: string;
  awayUntil: string;
}

/** A funded project's milestone whose planned day has passed without it being reported done. */
export interface LateMilestoneLine {
  reference: string;
  what: string;
  plannedOn: string;
}

export function followUpDigest(
  due: readonly DueFollowUp[],
  today: string,
  followUpsUrl: string,
  locale: Locale,
  late: readonly LateMilestoneLine[] = [],
  away: readonly AwayMatchLine[] = [],
): RenderedMail {
  const date = formatDate(locale, today);
  const count = due.length;
  const blocks: MailBlock[] = [
    ...(count > 0
      ? ([
          { kind: 'paragraph', text: staffText(locale, 'mail.digest.intro', { count, date }) },
          { kind: 'list', title: staffText(locale, 'mail.digest.list'), items: due.map((item) => describe(item, locale)) },
          { kind: 'link', label: staffText(locale, 'mail.digest.open'), href: followUpsUrl },
        ] as const)
      : []),
    ...(late.length > 0
      ? ([
          {
            kind: 'list',
            title: staffText(locale, 'milestones.digest.list'),
            items: late.map((milestone) =>
              staffText(locale, 'milestones.digest.line', {
                reference: milestone.reference,
                what: milestone.what,
                date: formatDate(locale, milestone.plannedOn),
              }),
            ),
          },
        ] as const)
      : []),
    ...(away.length > 0
      ? ([
          {
            kind: 'list',
            title: staffText(locale, 'mail.digest.away.list'),
            items: away.map((match) =>
              staffText(locale, 'mail.digest.away.line', {
                request: match.requestReference ?? staffText(locale, 'mail.digest.request-removed'),
                offer: match.offerReference,
                from: formatDate(locale, match.awayFrom),
                until: formatDate(locale, match.awayUntil),
              }),
            ),
          },
          ...(count > 0 ? [] : ([{ kind: 'link', label: staffText(locale, 'mail.digest.open'), href: followUpsUrl }] as const)),
        ] as const)
      : []),
    { kind: 'paragraph', text: staffText(locale, 'mail.digest.privacy') },
  ];
  const subject =
    count > 0
      ? staffText(locale, 'mail.digest.subject', { count, date })
      : late.length > 0
        ? staffText(locale, 'milestones.digest.subject', { count: late.length, date })
        : staffText(locale, 'mail.digest.away.subject', { count: away.length, date });
  return renderMail(subject, locale, blocks);
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
