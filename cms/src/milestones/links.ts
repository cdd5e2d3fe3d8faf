import type { Core } from '@strapi/strapi';
import { MILESTONE_LINK_DAYS, type Locale } from '@cb/domain';
import { publicBase } from '../check-ins/urls';
import { configOf } from '../config';
import { expiryAfter, signPayload, verifyPayload, type SignedRefusal } from '../links/signed';

/**
 * The link mailed to the applicant of a granted proposal: it opens the page where they report on the
 * proposal's milestones, and only those. It names the proposal (a random documentId) and ends after
 * MILESTONE_LINK_DAYS; signed like the check-in links (links/signed.ts), with its own purpose.
 */
const PURPOSE = 'milestones';
const DOCUMENT_ID = /^[a-z0-9]{10,40}$/;

export interface MilestoneGrant {
  proposal: string;
  expiresAt: number;
}

export type MilestoneLinkCheck = { ok: true; grant: MilestoneGrant } | { ok: false; refusal: SignedRefusal };

export function signMilestoneLink(grant: MilestoneGrant, secret: string): string {
  return signPayload({ p: PURPOSE, r: grant.proposal, e: grant.expiresAt }, secret);
}

export function verifyMilestoneLink(token: string, secret: string, now = new Date()): MilestoneLinkCheck {
  const checked = verifyPayload(token, PURPOSE, secret, now);
  if (!checked.ok) return checked;
  const { r, e } = checked.payload;
  return typeof r === 'string' && DOCUMENT_ID.test(r) ? { ok: true, grant: { proposal: r, expiresAt: e } } : { ok: false, refusal: 'malformed' };
}

/** The milestone page's address for a proposal's applicant, in their language. */
export function milestoneUrl(strapi: Core.Strapi, proposal: string, locale: Locale, now = new Date()): string {
  const token = signMilestoneLink({ proposal, expiresAt: expiryAfter(now, MILESTONE_LINK_DAYS) }, configOf(strapi).checkIns.secret);
  return `${publicBase(strapi)}/api/project-milestones/${token}?locale=${locale}`;
}
