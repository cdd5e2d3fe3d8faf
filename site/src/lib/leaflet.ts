import { MUNICIPALITIES, absoluteUrl, termName } from '@cb/domain';
import { formatHours, formatWeekday, ui } from '../i18n/index.ts';
import type { GlobalEntry } from './cms/model.ts';
import { qrCode, type QrCode } from './qr.ts';
import type { SitePage } from './site-plan.ts';

export type LeafletPage = Extract<SitePage, { kind: 'leaflet' }>;

/** What a municipality's leaflet says, worded once for its print page and its PDF. */
export interface Leaflet {
  title: string;
  municipality: string;
  intro: string;
  initiatives: { heading: string; empty: string; items: { title: string; details: string[] }[] };
  activities: { heading: string; period: string; empty: string; days: { day: string; items: { hours: string; title: string }[] }[] };
  phone: { heading: string; number: string; hours: string };
  qr: { url: string; caption: string; label: string; code: QrCode };
}

export function leafletOf(page: LeafletPage, global: GlobalEntry, siteUrl: string): Leaflet {
  const { locale } = page;
  const t = ui(locale).leaflet;
  const municipality = termName(MUNICIPALITIES, page.municipality, locale) ?? page.municipality;
  const url = absoluteUrl(page.municipalityPath, siteUrl);
  return {
    title: t.title(municipality),
    municipality,
    intro: t.intro,
    initiatives: {
      heading: t.initiativesHeading,
      empty: t.noInitiatives,
      items: page.initiatives.map((initiative) => ({
        title: initiative.title,
        details: [initiative.location, initiative.schedule].filter((detail): detail is string => Boolean(detail)),
      })),
    },
    activities: {
      heading: t.activitiesHeading,
      period: t.period(formatWeekday(locale, page.from), formatWeekday(locale, page.to)),
      empty: t.noActivities,
      days: page.days.map((day) => ({
        day: formatWeekday(locale, day.day),
        items: day.items.map(({ occurrence, initiative }) => ({ hours: formatHours(locale, occurrence), title: initiative.title })),
      })),
    },
    phone: { heading: t.phoneHeading, number: global.phoneNumber, hours: global.phoneHours },
    qr: { url, caption: t.qrCaption, label: t.qrLabel(url), code: qrCode(url) },
  };
}
