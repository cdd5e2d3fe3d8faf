import type {
  Block,
  CmsFundedProject,
  CmsGlobal,
  CmsHome,
  CmsInitiative,
  CmsMedia,
  CmsOrganisation,
  CmsPage,
  CmsProjectCall,
  CmsStory,
} from '@cb/domain/cms-api';
import type {
  CmsImage,
  FundedProjectEntry,
  GlobalEntry,
  HomeEntry,
  InitiativeEntry,
  OrganisationEntry,
  PageEntry,
  ProjectCallEntry,
  StoryEntry,
} from './model.ts';

/**
 * From a validated CMS document to the entry the site stores. Media URLs become absolute on the
 * CMS origin; a media URL on any other origin is refused, because the build only fetches and
 * optimizes images from the CMS.
 */

export class ForeignMediaError extends Error {
  constructor(
    readonly field: string,
    url: string,
    cmsOrigin: string,
  ) {
    super(`points to ${url}, outside the CMS (${cmsOrigin}); only images uploaded to the CMS can be shown`);
  }
}

export function mediaUrl(url: string, cmsUrl: string, field: string): string {
  const absolute = new URL(url, `${cmsUrl}/`);
  const cmsOrigin = new URL(cmsUrl).origin;
  if (absolute.origin !== cmsOrigin) throw new ForeignMediaError(field, absolute.href, cmsOrigin);
  return absolute.href;
}

function image(media: CmsMedia | null | undefined, alt: string | undefined, cmsUrl: string, field: string): CmsImage | undefined {
  if (!media) return undefined;
  return { src: mediaUrl(media.url, cmsUrl, field), width: media.width, height: media.height, alt: alt ?? '' };
}

/** Images inside rich text get absolute URLs too, so that rendering never needs the CMS URL. */
function blocksWithAbsoluteImages(blocks: Block[], cmsUrl: string, field: string): Block[] {
  return blocks.map((block, index) =>
    block.type === 'image' ? { ...block, image: { ...block.image, url: mediaUrl(block.image.url, cmsUrl, `${field}[${index}].image.url`) } } : block,
  );
}

const documentFields = ({
  documentId,
  locale,
  slug,
  publishedAt,
  updatedAt,
}: CmsStory | CmsInitiative | CmsOrganisation | CmsProjectCall | CmsFundedProject | CmsPage) => ({
  documentId,
  locale,
  slug,
  publishedAt,
  updatedAt,
});

export function storyEntry(story: CmsStory, cmsUrl: string): StoryEntry {
  return {
    ...documentFields(story),
    title: story.title,
    summary: story.summary,
    body: blocksWithAbsoluteImages(story.body, cmsUrl, 'body'),
    authorName: story.authorName,
    storyDate: story.storyDate,
    cover: image(story.cover, story.coverAlt, cmsUrl, 'cover.url'),
    municipality: story.municipality ?? undefined,
    initiativeIds: story.initiatives,
    organisationIds: story.organisations,
  };
}

export function initiativeEntry(initiative: CmsInitiative, cmsUrl: string): InitiativeEntry {
  return {
    ...documentFields(initiative),
    title: initiative.title,
    summary: initiative.summary,
    description: blocksWithAbsoluteImages(initiative.description, cmsUrl, 'description'),
    forWhom: initiative.forWhom,
    location: initiative.location,
    schedule: initiative.schedule,
    times: initiative.times,
    howToJoin: initiative.howToJoin,
    remote: initiative.remote,
    contactPhone: initiative.contactPhone,
    contactEmail: initiative.contactEmail,
    website: initiative.website,
    image: image(initiative.image, initiative.imageAlt, cmsUrl, 'image.url'),
    organisationId: initiative.organisation?.documentId,
    categories: initiative.categories,
    municipalities: initiative.municipalities,
    audiences: initiative.audiences,
    languages: initiative.languages,
  };
}

export function organisationEntry(organisation: CmsOrganisation, cmsUrl: string): OrganisationEntry {
  return {
    ...documentFields(organisation),
    name: organisation.name,
    summary: organisation.summary,
    description: blocksWithAbsoluteImages(organisation.description, cmsUrl, 'description'),
    address: organisation.address,
    postcode: organisation.postcode,
    municipality: organisation.municipality ?? undefined,
    website: organisation.website,
    email: organisation.email,
    phone: organisation.phone,
    logo: image(organisation.logo, organisation.logoAlt, cmsUrl, 'logo.url'),
  };
}

export function projectCallEntry(call: CmsProjectCall, cmsUrl: string): ProjectCallEntry {
  return {
    ...documentFields(call),
    title: call.title,
    summary: call.summary,
    body: blocksWithAbsoluteImages(call.body, cmsUrl, 'body'),
    totalBudget: call.totalBudget,
    maxPerProject: call.maxPerProject,
    opensOn: call.opensOn,
    deadline: call.deadline,
    criteria: call.criteria,
    faq: call.faq,
  };
}

export function fundedProjectEntry(project: CmsFundedProject, cmsUrl: string): FundedProjectEntry {
  return {
    ...documentFields(project),
    title: project.title,
    summary: project.summary,
    description: blocksWithAbsoluteImages(project.description, cmsUrl, 'description'),
    runBy: project.runBy,
    location: project.location,
    howToJoin: project.howToJoin,
    municipalities: project.municipalities,
  };
}

export function pageEntry(page: CmsPage, cmsUrl: string): PageEntry {
  return {
    ...documentFields(page),
    key: page.key,
    title: page.title,
    summary: page.summary,
    body: blocksWithAbsoluteImages(page.body, cmsUrl, 'body'),
  };
}

export function globalEntry(global: CmsGlobal): GlobalEntry {
  const { documentId: _documentId, ...entry } = global;
  return entry;
}

export function homeEntry(home: CmsHome): HomeEntry {
  return {
    locale: home.locale,
    heroTitle: home.heroTitle,
    heroText: home.heroText,
    phoneCallout: home.phoneCallout,
    featuredStoryIds: home.featuredStories,
    featuredInitiativeIds: home.featuredInitiatives,
  };
}
