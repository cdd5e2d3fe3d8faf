import { escapeHtml } from './rich-text.ts';

/** An RSS 2.0 feed, written by hand: a handful of elements, every text escaped. */

export interface FeedItem {
  title: string;
  url: string;
  description: string;
  /** ISO date or date-time. */
  date: string;
}

export interface Feed {
  title: string;
  description: string;
  /** The page the feed belongs to. */
  siteUrl: string;
  /** The feed's own address. */
  feedUrl: string;
  /** BCP 47 tag, e.g. nl-BE. */
  language: string;
  items: FeedItem[];
}

const escapeXml = escapeHtml;

export function rssXml(feed: Feed): string {
  const items = feed.items.map(
    (item) => `    <item>
      <title>${escapeXml(item.title)}</title>
      <link>${escapeXml(item.url)}</link>
      <guid isPermaLink="true">${escapeXml(item.url)}</guid>
      <description>${escapeXml(item.description)}</description>
      <pubDate>${rfc822(item.date)}</pubDate>
    </item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(feed.title)}</title>
    <link>${escapeXml(feed.siteUrl)}</link>
    <description>${escapeXml(feed.description)}</description>
    <language>${escapeXml(feed.language)}</language>
    <atom:link href="${escapeXml(feed.feedUrl)}" rel="self" type="application/rss+xml"/>
${items.join('\n')}
  </channel>
</rss>
`;
}

/** "2026-09-03" → "Thu, 03 Sep 2026 00:00:00 GMT", the date format RSS requires. */
export function rfc822(isoDate: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? new Date(`${isoDate}T00:00:00Z`) : new Date(isoDate);
  return date.toUTCString();
}
