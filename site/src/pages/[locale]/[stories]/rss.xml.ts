import { LOCALES, LOCALE_TAGS, type Locale } from '@cb/domain';
import type { APIRoute, GetStaticPaths } from 'astro';
import { ui } from '../../../i18n/index.ts';
import { rssXml } from '../../../lib/rss.ts';
import { absoluteUrl, routes } from '@cb/domain';
import { globalFor, siteContent } from '../../../lib/site-content.ts';
import { newestStories } from '../../../lib/site-plan.ts';

const FEED_SIZE = 30;

/** The feed's URL comes from the route map; this file only matches its shape, /<locale>/<stories>/rss.xml. */
export const getStaticPaths = (() =>
  LOCALES.map((locale) => {
    const [, localeSegment, storiesSegment] = routes.storiesFeed(locale).split('/');
    return { params: { locale: localeSegment, stories: storiesSegment }, props: { locale } };
  })) satisfies GetStaticPaths;

export const GET: APIRoute<{ locale: Locale }> = async ({ props, site }) => {
  const { locale } = props;
  const siteUrl = String(site).replace(/\/$/, '');
  const global = await globalFor(locale, {});
  const stories = newestStories((await siteContent()).stories.filter((story) => story.locale === locale)).slice(0, FEED_SIZE);
  const body = rssXml({
    title: ui(locale).stories.feedTitle,
    description: global.tagline,
    siteUrl: absoluteUrl(routes.stories(locale), siteUrl),
    feedUrl: absoluteUrl(routes.storiesFeed(locale), siteUrl),
    language: LOCALE_TAGS[locale],
    items: stories.map((story) => ({
      title: story.title,
      url: absoluteUrl(routes.story(locale, story.slug), siteUrl),
      description: story.summary,
      date: story.storyDate,
    })),
  });
  return new Response(body, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } });
};
