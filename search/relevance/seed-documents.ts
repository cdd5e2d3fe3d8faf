/**
 * The CMS's sample content (cms/src/seed/content, the one copy of it) as search documents, built the
 * way a reindex builds them: each locale of each item as the CMS's public REST API serves it, read
 * with the CMS client's schemas (`parseDocument`) and mapped with `toSearchDocument`. The seed's
 * stable `key` is the documentId, so judged queries can name the documents they expect.
 */
import { slugify, type Locale } from '@cb/domain';
import { parseDocument } from '@cb/domain/cms-api';
import { toSearchDocument, type CmsDocument, type ContentKind, type SearchDocument } from '@cb/search';
import { initiatives } from '../../cms/src/seed/content/initiatives.ts';
import { organisations } from '../../cms/src/seed/content/organisations.ts';
import { projectCalls } from '../../cms/src/seed/content/project-calls.ts';
import { stories } from '../../cms/src/seed/content/stories.ts';

const STAMPS = { publishedAt: '2026-11-20T10:00:00.000Z', updatedAt: '2026-11-20T09:59:00.000Z' };

/** The keys of every seed item that search indexes. */
export const SEED_KEYS: ReadonlySet<string> = new Set([...initiatives, ...organisations, ...stories, ...projectCalls].map((item) => item.key));

const paragraphs = (texts: readonly string[]) => texts.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));
const codes = (values: readonly string[]) => values.map((code) => ({ code }));

function rows(locale: Locale): { kind: ContentKind; row: Record<string, unknown> }[] {
  const organisationName = new Map(organisations.map((organisation) => [organisation.key, organisation.name]));
  let id = 1;
  const common = (key: string, title: string) => ({ id: id++, documentId: key, locale, slug: slugify(title), ...STAMPS });
  return [
    ...initiatives.map((item) => ({
      kind: 'initiative' as const,
      row: {
        ...common(item.key, item.title[locale]),
        title: item.title[locale],
        summary: item.summary[locale],
        description: paragraphs(item.description[locale]),
        forWhom: item.forWhom[locale],
        location: item.location[locale],
        schedule: item.schedule[locale],
        howToJoin: item.howToJoin[locale],
        remote: item.remote,
        organisation: { documentId: item.organisation, name: organisationName.get(item.organisation) },
        categories: codes(item.categories),
        municipalities: codes(item.municipalities),
        audiences: codes(item.audiences),
        languages: codes(item.languages),
      },
    })),
    ...organisations.map((item) => ({
      kind: 'organisation' as const,
      row: {
        ...common(item.key, item.name),
        name: item.name,
        summary: item.summary[locale],
        description: paragraphs(item.description[locale]),
        address: item.address,
        postcode: item.postcode,
        municipality: { code: item.municipality },
      },
    })),
    ...stories.map((item) => ({
      kind: 'story' as const,
      row: {
        ...common(item.key, item.title[locale]),
        title: item.title[locale],
        summary: item.summary[locale],
        body: paragraphs(item.body[locale]),
        storyDate: item.storyDate,
        municipality: item.municipality ? { code: item.municipality } : null,
        initiatives: item.initiatives.map((key) => ({ documentId: key })),
        organisations: item.organisations.map((key) => ({ documentId: key })),
      },
    })),
    ...projectCalls.map((item) => ({
      kind: 'project-call' as const,
      row: {
        ...common(item.key, item.title[locale]),
        title: item.title[locale],
        summary: item.summary[locale],
        body: paragraphs(item.body[locale]),
        totalBudget: item.totalBudget,
        maxPerProject: item.maxPerProject,
        opensOn: item.opensOn,
        deadline: item.deadline,
      },
    })),
  ];
}

/** Every seed item in one locale as its search document; throws if the CMS client would refuse one. */
export function seedSearchDocuments(locale: Locale): SearchDocument[] {
  return rows(locale).map(({ kind, row }) => toSearchDocument(parsed(kind, row, locale)));
}

function parsed(kind: ContentKind, row: unknown, locale: Locale): CmsDocument {
  const refuse = (problems: unknown) => new Error(`A seed ${kind} (${locale}) does not fit the CMS schema: ${JSON.stringify(problems)}`);
  switch (kind) {
    case 'initiative': {
      const { document, problems } = parseDocument(kind, row, locale);
      if (!document) throw refuse(problems);
      return { kind, document };
    }
    case 'organisation': {
      const { document, problems } = parseDocument(kind, row, locale);
      if (!document) throw refuse(problems);
      return { kind, document };
    }
    case 'story': {
      const { document, problems } = parseDocument(kind, row, locale);
      if (!document) throw refuse(problems);
      return { kind, document };
    }
    case 'project-call': {
      const { document, problems } = parseDocument(kind, row, locale);
      if (!document) throw refuse(problems);
      return { kind, document };
    }
    case 'funded-project': {
      const { document, problems } = parseDocument(kind, row, locale);
      if (!document) throw refuse(problems);
      return { kind, document };
    }
  }
}
