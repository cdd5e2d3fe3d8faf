import { AUDIENCES, LOCALE_TAGS, MUNICIPALITIES, SPOKEN_LANGUAGES, termName, type Locale } from '@cb/domain';
import type { GlobalEntry, InitiativeEntry, OrganisationEntry, StoryEntry } from './cms/model.ts';

/**
 * schema.org data for search engines, as JSON-LD objects. Plain data, no markup: the layout
 * serializes it with `jsonLdScript`, which keeps the JSON from ever closing its <script>.
 */

export type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

export function platformOrganization(global: GlobalEntry, siteUrl: string): JsonLd {
  return {
    '@type': 'Organization',
    '@id': `${siteUrl}/#organization`,
    name: global.siteName,
    url: `${siteUrl}/`,
    ...(global.contactEmail ? { email: global.contactEmail } : {}),
    contactPoint: { '@type': 'ContactPoint', telephone: global.phoneNumber, contactType: 'customer support', hoursAvailable: global.phoneHours },
    sameAs: global.socialLinks.map((link) => link.url),
  };
}

export function websiteData(global: GlobalEntry, locale: Locale, url: string, siteUrl: string, searchUrl: string): JsonLd {
  return {
    '@context': CONTEXT,
    '@graph': [
      platformOrganization(global, siteUrl),
      {
        '@type': 'WebSite',
        name: global.siteName,
        description: global.tagline,
        url,
        inLanguage: LOCALE_TAGS[locale],
        publisher: { '@id': `${siteUrl}/#organization` },
        potentialAction: { '@type': 'SearchAction', target: `${searchUrl}?q={search_term_string}`, 'query-input': 'required name=search_term_string' },
      },
    ],
  };
}

export function storyData(story: StoryEntry, url: string, imageUrl: string | undefined, siteUrl: string): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Article',
    headline: story.title,
    description: story.summary,
    url,
    mainEntityOfPage: url,
    inLanguage: LOCALE_TAGS[story.locale],
    datePublished: story.storyDate,
    dateModified: story.updatedAt,
    ...(story.authorName ? { author: { '@type': 'Person', name: story.authorName } } : {}),
    ...(imageUrl ? { image: imageUrl } : {}),
    ...(story.municipality ? { contentLocation: place(story.municipality, story.locale) } : {}),
    publisher: { '@id': `${siteUrl}/#organization` },
  };
}

export function initiativeData(
  initiative: InitiativeEntry,
  organisation: OrganisationEntry | undefined,
  url: string,
  organisationUrl: string | undefined,
): JsonLd {
  const locale = initiative.locale;
  return {
    '@context': CONTEXT,
    '@type': 'Service',
    name: initiative.title,
    description: initiative.summary,
    url,
    inLanguage: LOCALE_TAGS[locale],
    ...(organisation ? { provider: { '@type': 'Organization', name: organisation.name, ...(organisationUrl ? { url: organisationUrl } : {}) } } : {}),
    areaServed: initiative.municipalities.map((code) => place(code, locale)),
    audience: initiative.audiences.map((code) => ({ '@type': 'Audience', audienceType: termName(AUDIENCES, code, locale) })),
    availableLanguage: initiative.languages.map((code) => ({ '@type': 'Language', name: termName(SPOKEN_LANGUAGES, code, locale), alternateName: code })),
    ...(initiative.schedule ? { hoursAvailable: initiative.schedule } : {}),
    ...serviceChannel(initiative),
    isAccessibleForFree: true,
  };
}

export function organisationData(organisation: OrganisationEntry, url: string, logoUrl: string | undefined): JsonLd {
  const locale = organisation.locale;
  return {
    '@context': CONTEXT,
    '@type': 'Organization',
    name: organisation.name,
    description: organisation.summary,
    url: organisation.website ?? url,
    mainEntityOfPage: url,
    ...(organisation.email ? { email: organisation.email } : {}),
    ...(organisation.phone ? { telephone: organisation.phone } : {}),
    ...(logoUrl ? { logo: logoUrl } : {}),
    ...(organisation.address || organisation.postcode
      ? {
          address: {
            '@type': 'PostalAddress',
            ...(organisation.address ? { streetAddress: organisation.address } : {}),
            ...(organisation.postcode ? { postalCode: organisation.postcode } : {}),
            ...(organisation.municipality ? { addressLocality: termName(MUNICIPALITIES, organisation.municipality, locale) } : {}),
            addressCountry: 'BE',
          },
        }
      : {}),
  };
}

/** How to reach the service: its phone line, email and website, when the editors gave them. */
function serviceChannel({ contactPhone, contactEmail, website }: InitiativeEntry): JsonLd {
  if (!contactPhone && !contactEmail && !website) return {};
  const contactPoint =
    contactPhone || contactEmail
      ? { servicePhone: { '@type': 'ContactPoint', ...(contactPhone ? { telephone: contactPhone } : {}), ...(contactEmail ? { email: contactEmail } : {}) } }
      : {};
  return { availableChannel: { '@type': 'ServiceChannel', ...contactPoint, ...(website ? { serviceUrl: website } : {}) } };
}

function place(municipality: string, locale: Locale): JsonLd {
  return {
    '@type': 'City',
    name: termName(MUNICIPALITIES, municipality, locale),
    containedInPlace: { '@type': 'AdministrativeArea', name: 'Brussels-Capital Region' },
  };
}

/** JSON for inside <script type="application/ld+json">: `<` is escaped so no text can end the script. */
export function jsonLdScript(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
