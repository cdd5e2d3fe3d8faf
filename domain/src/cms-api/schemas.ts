import { z } from 'zod';
import { PAGE_KEYS, SOCIAL_PLATFORMS } from '../content.js';
import { CONTENT_RULE_MESSAGES, followsContentRule, webAddress } from '../content-rules.js';
import { ruleIssue } from './rule-issues.js';
import { LOCALES } from '../locales.js';
import { AUDIENCES, HELP_CATEGORIES, MUNICIPALITIES, SPOKEN_LANGUAGES, codesOf, type Term } from '../taxonomies.js';
import { blocksSchema } from './blocks.js';
import {
  ACTIVITY_REPEATS,
  ACTIVITY_TIME_RULE_MESSAGES,
  WEEKDAYS,
  WEEKS_OF_MONTH,
  activityTimeProblems,
  clockTime,
  parseDayList,
  type ActivityTime,
} from '../activities/index.js';

/**
 * The public documents as the CMS's REST API serves them (Strapi 5: flat, no `attributes`), for
 * every reader of that API (the site's build, the search index). Only what a reader uses is
 * declared; other keys are dropped while parsing, so a field the CMS adds later (or sends by
 * mistake) cannot flow on unnoticed. Taxonomy codes are checked against this package, so a term
 * nobody can name is reported; rich text, web addresses, emails and phone numbers follow the rules
 * the CMS enforces on save. The site's build test and the CMS's search-sync test parse what a real
 * CMS answers with these schemas.
 */

const text = z.string().trim().min(1);
const optionalText = z
  .string()
  .nullish()
  .transform((value) => (value?.trim() ? value.trim() : undefined));
const isoDate = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true });
/** Strapi's uid field; it ends up in URLs. */
const slug = z.string().regex(/^[A-Za-z0-9._~-]+$/, 'must be a URL-safe slug (letters, digits, - . _ ~)');

/** A taxonomy term as a relation (`{ code }`), checked against the codes @cb/domain knows. */
const term = <Code extends string>(terms: readonly Term<Code>[]) =>
  z.object({ code: z.enum(codesOf(terms) as [Code, ...Code[]]) }).transform((item) => item.code);
const termList = <Code extends string>(terms: readonly Term<Code>[]) =>
  z
    .array(term(terms))
    .nullish()
    .transform((list) => list ?? []);
const documentRef = z.object({ documentId: z.string().min(1) });
/** An initiative's organisation: its documentId (the site links to it) and its name (search shows it). */
const organisationRef = documentRef.extend({
  name: z
    .string()
    .nullish()
    .transform((value) => value?.trim() || undefined),
});
const documentRefs = z
  .array(documentRef)
  .nullish()
  .transform((list) => (list ?? []).map((item) => item.documentId));

/** An uploaded image. Only images are allowed on public content, so width and height are known. */
export const cmsMediaSchema = z.object({
  url: z.string().min(1),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  mime: z.string().startsWith('image/', 'must be an image'),
});
export type CmsMedia = z.infer<typeof cmsMediaSchema>;

/** Web addresses, emails and phone numbers follow the rules in @cb/domain, which the CMS enforces on save. */
const website = z
  .string()
  .nullish()
  .transform((value, context) => {
    if (!value?.trim()) return undefined;
    const href = webAddress(value);
    if (href) return href;
    context.addIssue(ruleIssue('web-address', CONTENT_RULE_MESSAGES['web-address']));
    return z.NEVER;
  });

const ruled = (rule: 'email' | 'phone') =>
  z
    .string()
    .nullish()
    .transform((value, context) => {
      const trimmed = value?.trim();
      if (!trimmed) return undefined;
      if (followsContentRule(rule, trimmed)) return trimmed;
      context.addIssue(ruleIssue(rule, CONTENT_RULE_MESSAGES[rule]));
      return z.NEVER;
    });
const email = ruled('email');
const phone = ruled('phone');

const publicDocument = {
  /** Strapi's row id: a new one at every publish. Only used to page through a collection. */
  id: z.number().int(),
  documentId: z.string().min(1),
  locale: z.enum(LOCALES),
  publishedAt: isoDateTime,
  updatedAt: isoDateTime,
};

export const cmsStorySchema = z.object({
  ...publicDocument,
  title: text,
  slug,
  summary: text,
  body: blocksSchema,
  authorName: optionalText,
  storyDate: isoDate,
  cover: cmsMediaSchema.nullish(),
  coverAlt: optionalText,
  municipality: term(MUNICIPALITIES).nullish(),
  initiatives: documentRefs,
  organisations: documentRefs,
});

const optionalValue = <Schema extends z.ZodType>(schema: Schema) => schema.nullish().transform((value) => value ?? undefined);

/**
 * One entry of an initiative's "dates and hours" (the CMS component activity.time), read into an
 * ActivityTime: times as HH:MM, the typed list of days to skip parsed, and the rules of
 * `activityTimeProblems` applied (the CMS refuses on save what breaks them).
 */
export const cmsActivityTimeSchema = z
  .object({
    repeats: z.enum(ACTIVITY_REPEATS),
    date: isoDate,
    until: optionalValue(isoDate),
    weekday: optionalValue(z.enum(WEEKDAYS)),
    weekOfMonth: optionalValue(z.enum(WEEKS_OF_MONTH)),
    everyWeeks: z
      .number()
      .nullish()
      .transform((value) => value ?? 1),
    startTime: z.string(),
    endTime: optionalValue(z.string()),
    skipHolidays: z
      .boolean()
      .nullish()
      .transform((value) => value ?? true),
    skipDates: optionalValue(z.string()),
  })
  .transform((raw, context): ActivityTime => {
    const skipped = parseDayList(raw.skipDates);
    if (skipped.invalid.length > 0) context.addIssue(ruleIssue('skip-days', ACTIVITY_TIME_RULE_MESSAGES['skip-days'], ['skipDates']));
    const time: ActivityTime = {
      repeats: raw.repeats,
      date: raw.date,
      ...(raw.until ? { until: raw.until } : {}),
      ...(raw.weekday ? { weekday: raw.weekday } : {}),
      ...(raw.weekOfMonth ? { weekOfMonth: raw.weekOfMonth } : {}),
      everyWeeks: raw.everyWeeks,
      startTime: clockTime(raw.startTime) ?? raw.startTime,
      ...(raw.endTime ? { endTime: clockTime(raw.endTime) ?? raw.endTime } : {}),
      skipHolidays: raw.skipHolidays,
      skipDays: skipped.days,
    };
    for (const problem of activityTimeProblems(time)) {
      context.addIssue(ruleIssue(problem.rule, ACTIVITY_TIME_RULE_MESSAGES[problem.rule], [problem.field === 'skipDays' ? 'skipDates' : problem.field]));
    }
    return time;
  });

export const cmsInitiativeSchema = z.object({
  ...publicDocument,
  title: text,
  slug,
  summary: text,
  description: blocksSchema,
  forWhom: optionalText,
  location: optionalText,
  schedule: optionalText,
  times: z
    .array(cmsActivityTimeSchema)
    .nullish()
    .transform((list) => list ?? []),
  howToJoin: text,
  remote: z
    .boolean()
    .nullish()
    .transform((value) => value ?? false),
  contactPhone: phone,
  contactEmail: email,
  website,
  image: cmsMediaSchema.nullish(),
  imageAlt: optionalText,
  organisation: organisationRef.nullish(),
  categories: termList(HELP_CATEGORIES),
  municipalities: termList(MUNICIPALITIES),
  audiences: termList(AUDIENCES),
  languages: termList(SPOKEN_LANGUAGES),
});

export const cmsOrganisationSchema = z.object({
  ...publicDocument,
  name: text,
  slug,
  summary: text,
  description: blocksSchema.nullish().transform((value) => value ?? []),
  address: optionalText,
  postcode: optionalText,
  municipality: term(MUNICIPALITIES).nullish(),
  website,
  email,
  phone,
  logo: cmsMediaSchema.nullish(),
  logoAlt: optionalText,
});

/** A project the call funds, made public with its applicant's consent (runBy: the organisation's name only). */
export const cmsFundedProjectSchema = z.object({
  ...publicDocument,
  title: text,
  slug,
  summary: text,
  description: blocksSchema,
  runBy: optionalText,
  location: optionalText,
  howToJoin: text,
  municipalities: termList(MUNICIPALITIES),
});

export const cmsProjectCallSchema = z.object({
  ...publicDocument,
  title: text,
  slug,
  summary: text,
  body: blocksSchema,
  totalBudget: z.number().int().min(0),
  maxPerProject: z.number().int().min(0),
  opensOn: isoDate,
  deadline: isoDateTime,
  criteria: z
    .array(
      z.object({
        title: text,
        description: optionalText,
        weight: z
          .number()
          .int()
          .nullish()
          .transform((value) => value ?? undefined),
      }),
    )
    .nullish()
    .transform((list) => list ?? []),
  faq: z
    .array(z.object({ question: text, answer: text }))
    .nullish()
    .transform((list) => list ?? []),
});

export const cmsPageSchema = z.object({
  ...publicDocument,
  key: z.enum(PAGE_KEYS),
  title: text,
  slug,
  summary: optionalText,
  body: blocksSchema,
});

export const cmsGlobalSchema = z.object({
  documentId: z.string().min(1),
  locale: z.enum(LOCALES),
  siteName: text,
  tagline: text,
  phoneNumber: text.refine((value) => followsContentRule('phone', value), { message: CONTENT_RULE_MESSAGES.phone, params: { rule: 'phone' } }),
  phoneHours: text,
  contactEmail: email,
  socialLinks: z
    .array(z.object({ platform: z.enum(SOCIAL_PLATFORMS), url: website.pipe(z.string()) }))
    .nullish()
    .transform((list) => list ?? []),
  footerText: text,
});

export const cmsHomeSchema = z.object({
  documentId: z.string().min(1),
  locale: z.enum(LOCALES),
  heroTitle: text,
  heroText: text,
  phoneCallout: text,
  featuredStories: documentRefs,
  featuredInitiatives: documentRefs,
});

/**
 * A page of a collection: `{ data: [...], meta: { pagination } }`. Documents are checked one by one,
 * so one bad document is named instead of failing the page. `total` and `pageCount` only come when
 * counted (`pagination[withCount]`, true by default).
 */
export const cmsListSchema = z.object({
  data: z.array(z.unknown()),
  meta: z.object({
    pagination: z.object({ pageSize: z.number().int(), total: z.number().int().optional() }).loose(),
  }),
});

/** A single type: `{ data: {...} }`. */
export const cmsSingleSchema = z.object({ data: z.record(z.string(), z.unknown()) });

export type CmsStory = z.infer<typeof cmsStorySchema>;
export type CmsInitiative = z.infer<typeof cmsInitiativeSchema>;
export type CmsOrganisation = z.infer<typeof cmsOrganisationSchema>;
export type CmsProjectCall = z.infer<typeof cmsProjectCallSchema>;
export type CmsFundedProject = z.infer<typeof cmsFundedProjectSchema>;
export type CmsPage = z.infer<typeof cmsPageSchema>;
export type CmsGlobal = z.infer<typeof cmsGlobalSchema>;
export type CmsHome = z.infer<typeof cmsHomeSchema>;
