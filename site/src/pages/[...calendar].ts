import { LOCALES, LOCALE_TAGS, MUNICIPALITIES, absoluteUrl, brusselsDay, routes, termName, type Locale, type MunicipalityCode } from '@cb/domain';
import type { APIRoute, GetStaticPaths } from 'astro';
import { ui } from '../i18n/index.ts';
import type { InitiativeEntry } from '../lib/cms/model.ts';
import { icalendar, type CalendarActivity } from '../lib/icalendar.ts';
import { BUILD_TIME, siteContent } from '../lib/site-content.ts';

/**
 * The calendar feeds (.ics), made at build time: every activity of a locale, those of each municipality,
 * and those of each initiative ("add to my calendar"). Their paths come from the route map.
 */

type Scope = { of: 'all' } | { of: 'municipality'; code: MunicipalityCode } | { of: 'initiative'; initiative: InitiativeEntry };

interface Props {
  locale: Locale;
  scope: Scope;
}

export const getStaticPaths = (async () => {
  const { initiatives } = await siteContent();
  return LOCALES.flatMap((locale) => {
    const scopes: Scope[] = [
      { of: 'all' },
      ...MUNICIPALITIES.map((municipality): Scope => ({ of: 'municipality', code: municipality.code })),
      ...initiatives
        .filter((initiative) => initiative.locale === locale && initiative.times.length > 0)
        .map((initiative): Scope => ({ of: 'initiative', initiative })),
    ];
    return scopes.map((scope) => ({ params: { calendar: feedPath(locale, scope).slice(1) }, props: { locale, scope } satisfies Props }));
  });
}) satisfies GetStaticPaths;

function feedPath(locale: Locale, scope: Scope): string {
  switch (scope.of) {
    case 'all':
      return routes.activitiesFeed(locale);
    case 'municipality':
      return routes.activitiesFeed(locale, scope.code);
    case 'initiative':
      return routes.initiativeFeed(locale, scope.initiative.slug);
  }
}

export const GET: APIRoute<Props> = async ({ props, site }) => {
  const { locale, scope } = props;
  const siteUrl = String(site).replace(/\/$/, '');
  const host = new URL(siteUrl).hostname;
  const inLocale = (await siteContent()).initiatives.filter((initiative) => initiative.locale === locale);
  const initiatives =
    scope.of === 'initiative'
      ? [scope.initiative]
      : scope.of === 'municipality'
        ? inLocale.filter((initiative) => initiative.municipalities.includes(scope.code))
        : inLocale;
  const municipality = scope.of === 'municipality' ? termName(MUNICIPALITIES, scope.code, locale) : undefined;
  const name = scope.of === 'initiative' ? scope.initiative.title : ui(locale).activities.feedTitle(municipality);
  const activities = initiatives.flatMap((initiative) =>
    initiative.times.map((time, index): CalendarActivity => ({
      uid: `${initiative.documentId}-${index + 1}-${locale}@${host}`,
      summary: initiative.title,
      description: [initiative.summary, initiative.schedule, initiative.howToJoin].filter(Boolean).join('\n\n'),
      location: initiative.location,
      url: absoluteUrl(routes.initiative(locale, initiative.slug), siteUrl),
      time,
      // The same content gives the same feed, whenever it is built (an incremental build is compared with a full one).
      revised: new Date(initiative.updatedAt),
    })),
  );
  const body = icalendar({ name, language: LOCALE_TAGS[locale], activities, now: BUILD_TIME, today: brusselsDay(BUILD_TIME) });
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
