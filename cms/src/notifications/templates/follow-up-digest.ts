import { renderMail, type MailBlock, type RenderedMail } from './layout';

/**
 * The morning mail to back-office staff: which matches and referrals are due for a follow-up. It names
 * references and statuses only; everything else is in the back office, behind the link.
 */
export interface DueFollowUp {
  kind: string;
  caseStatus: string;
  followUpOn: string;
  requestReference?: string | undefined;
  offerReference?: string | undefined;
}

export function followUpDigest(due: readonly DueFollowUp[], today: string, followUpsUrl: string): RenderedMail {
  const count = due.length === 1 ? '1 follow-up' : `${due.length} follow-ups`;
  const blocks: MailBlock[] = [
    {
      kind: 'paragraph',
      text: `${count} due on ${today}: these matches and referrals have reached their follow-up date. Ask how it went and record it in the back office.`,
    },
    { kind: 'list', title: 'Due for follow-up', items: due.map(describe) },
    { kind: 'link', label: 'Open the follow-ups in the back office', href: followUpsUrl },
    { kind: 'paragraph', text: 'Names and contact details are in the back office only: email is not a safe place for them.' },
  ];
  return renderMail(`[Connecting Brussels] ${count} due (${today})`, 'en', blocks);
}

function describe(item: DueFollowUp): string {
  const parties = [item.requestReference ?? 'request removed', ...(item.kind === 'match' ? [item.offerReference ?? 'offer removed'] : [])].join(' with ');
  return `${parties}: ${item.kind}, ${item.caseStatus.replace(/-/g, ' ')}, follow-up on ${item.followUpOn}`;
}
