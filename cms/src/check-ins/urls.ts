import type { Core } from '@strapi/strapi';
import { CHECK_IN_ANSWERS, type CheckInAnswer, type Locale, type MatchPerson } from '@cb/domain';
import { configOf } from '../config';
import { expiryAfter, signLink } from './links';

/** One person's check-in of one match: what a check-in job and its answer link name. */
export interface DueCheckIn {
  match: string;
  person: MatchPerson;
  checkIn: number;
}

/** The "report a concern" link for one person of a match, as the match and check-in mails carry it. */
export function concernUrl(strapi: Core.Strapi, match: string, person: MatchPerson, locale: Locale, now = new Date()): string {
  const { checkIns } = configOf(strapi);
  const token = signLink({ purpose: 'concern', match, person, expiresAt: expiryAfter(now, checkIns.concernLinkDays) }, checkIns.secret);
  return `${publicBase(strapi)}/api/concerns/${token}?locale=${locale}`;
}

/** A check-in mail's links: one per answer (the same token, the answer preselected on the page) and the concern link. */
export function checkInLinks(strapi: Core.Strapi, due: DueCheckIn, locale: Locale, now = new Date()) {
  const { checkIns } = configOf(strapi);
  const token = signLink({ purpose: 'check-in', ...due, expiresAt: expiryAfter(now, checkIns.linkDays) }, checkIns.secret);
  const answerUrl = (answer: CheckInAnswer) => `${publicBase(strapi)}/api/check-ins/${token}?${new URLSearchParams({ answer, locale })}`;
  const answers = Object.fromEntries(CHECK_IN_ANSWERS.map((answer) => [answer, answerUrl(answer)])) as Record<CheckInAnswer, string>;
  return { answers, concern: concernUrl(strapi, due.match, due.person, locale, now) };
}

/** The site's origin: the answer pages are served there (nginx passes these routes to the CMS). */
export function publicBase(strapi: Core.Strapi): string {
  const { siteUrl, server } = configOf(strapi);
  return (siteUrl ?? (server.publicUrl || String(strapi.config.get('server.url', '')))).replace(/\/$/, '');
}
