import type { Core } from '@strapi/strapi';
import { LOCALES, slugify, type Locale } from '@cb/domain';

/**
 * The editors' first draft of a funded project's public page, made when the applicant agrees to one:
 * in every locale (the applicant's own words, for editors to translate and rewrite), from the
 * proposal's title, description, target group and municipalities, and the milestones' reports. Of the
 * applicant it carries only the organisation's name, the one thing they agreed to show; never a
 * person's name, address, phone or email. A draft: it is public only once an editor publishes it.
 */

const FUNDED_PROJECT = 'api::funded-project.funded-project';
const PROPOSAL = 'api::project-proposal.project-proposal';
const MILESTONE = 'api::project-milestone.project-milestone';

const WORDS: Record<Locale, { forWhom: string; progress: string; howToJoin: string }> = {
  nl: {
    forWhom: 'Voor wie',
    progress: 'Hoe het project vordert',
    howToJoin: 'Wil je meedoen of meer weten? Bel ons: we brengen je in contact met het project.',
  },
  fr: {
    forWhom: 'Pour qui',
    progress: 'Où en est le projet',
    howToJoin: 'Vous voulez participer ou en savoir plus ? Appelez-nous : nous vous mettons en contact avec le projet.',
  },
  en: {
    forWhom: 'Who it is for',
    progress: 'How the project is going',
    howToJoin: 'Would you like to join or know more? Call us: we will put you in touch with the project.',
  },
};

interface ProposalRow {
  projectTitle?: unknown;
  description?: unknown;
  targetGroup?: unknown;
  applicantType?: unknown;
  organisationName?: unknown;
  municipalities?: { documentId: string; nameNl?: string; nameFr?: string; nameEn?: string }[];
}

/** Makes the draft unless the proposal already has one; answers its documentId. */
export async function draftFundedProject(strapi: Core.Strapi, proposalDocumentId: string): Promise<string | undefined> {
  const existing: { documentId: string } | null = await strapi.db.query(FUNDED_PROJECT).findOne({ where: { proposalDocumentId }, select: ['documentId'] });
  if (existing) return existing.documentId;
  const proposal: ProposalRow | null = await strapi.db.query(PROPOSAL).findOne({
    where: { documentId: proposalDocumentId },
    select: ['projectTitle', 'description', 'targetGroup', 'applicantType', 'organisationName'],
    populate: { municipalities: { select: ['documentId', 'nameNl', 'nameFr', 'nameEn'] } },
  });
  if (!proposal) return undefined;
  const reports: { report?: unknown }[] = await strapi.db
    .query(MILESTONE)
    .findMany({ where: { proposalDocumentId, report: { $notNull: true } }, select: ['report'], orderBy: [{ plannedOn: 'asc' }] });
  const title = textOf(proposal.projectTitle).slice(0, 160);
  const description = textOf(proposal.description);
  const runBy = proposal.applicantType === 'organisation' ? textOf(proposal.organisationName) || undefined : undefined;
  let documentId: string | undefined;
  for (const locale of LOCALES) {
    const words = WORDS[locale];
    const places = (proposal.municipalities ?? []).map((municipality) => placeName(municipality, locale)).filter(Boolean);
    const data = {
      title,
      slug: await freeSlug(strapi, title, locale),
      summary: firstCharacters(description, 400),
      description: [
        paragraph(description),
        heading(words.forWhom),
        paragraph(textOf(proposal.targetGroup)),
        ...(reports.length > 0 ? [heading(words.progress), ...reports.map((row) => paragraph(textOf(row.report)))] : []),
      ],
      runBy,
      location: places.join(', ') || undefined,
      howToJoin: words.howToJoin,
      municipalities: (proposal.municipalities ?? []).map((municipality) => municipality.documentId),
      proposalDocumentId,
    };
    const saved = documentId
      ? await strapi.documents(FUNDED_PROJECT).update({ documentId, locale, data })
      : await strapi.documents(FUNDED_PROJECT).create({ locale, data });
    documentId = saved?.documentId ?? documentId;
  }
  return documentId;
}

async function freeSlug(strapi: Core.Strapi, title: string, locale: Locale): Promise<string> {
  const base = slugify(title, 70) || 'project';
  for (let suffix = 1; ; suffix += 1) {
    const slug = suffix === 1 ? base : `${base}-${suffix}`;
    const taken = await strapi.db.query(FUNDED_PROJECT).findOne({ where: { slug, locale }, select: ['id'] });
    if (!taken) return slug;
  }
}

function placeName(municipality: { nameNl?: string; nameFr?: string; nameEn?: string }, locale: Locale): string {
  return (locale === 'nl' ? municipality.nameNl : locale === 'fr' ? municipality.nameFr : municipality.nameEn) ?? '';
}

const paragraph = (text: string) => ({ type: 'paragraph' as const, children: [{ type: 'text' as const, text }] });
const heading = (text: string) => ({ type: 'heading' as const, level: 2 as const, children: [{ type: 'text' as const, text }] });
const textOf = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
const firstCharacters = (text: string, count: number) => Array.from(text).slice(0, count).join('');
