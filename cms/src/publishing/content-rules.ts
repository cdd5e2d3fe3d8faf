import type { Core, Schema, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { blockProblems, followsContentRule, valueRuleOfBlock, type ContentRule, type ValueRule } from '@cb/domain';
import { cmsActivityTimeSchema, valueRuleOfIssue } from '@cb/domain/cms-api';
import { fieldPathLabelOf } from '../editing/field-label';
import { currentStaffLocale } from '../editing/staff-locale';
import { whyRefused } from '../editing/value-rule-words';
import { staffText } from '../staff-texts';

/**
 * The CMS refuses on save what the site's build would refuse: web addresses, emails, phone numbers
 * and rich text (every `blocks` field of every content type: node types, headings, lists, images,
 * links) follow the rules in @cb/domain, which the site's loader uses too. One bad value would
 * otherwise stop every later build. The refusal names the field's path, never the value, and says
 * why in the staff member's language; it carries the rule's code too (a scheduled publish refused
 * keeps it for the editors' widget, publishing/schedule-refusals.ts).
 */

type FieldRules = Record<string, ContentRule | { component: Record<string, ContentRule> }>;

/** Fields other than rich text; rich text is found in the schemas (see blocksFieldsOf). */
export const PUBLIC_CONTENT_RULES: Record<string, FieldRules> = {
  'api::organisation.organisation': { website: 'web-address', email: 'email', phone: 'phone' },
  'api::initiative.initiative': { website: 'web-address', contactEmail: 'email', contactPhone: 'phone' },
  'api::global.global': { contactEmail: 'email', phoneNumber: 'phone', socialLinks: { component: { url: 'web-address' } } },
};

/** Repeatable "dates and hours" components: each entry must be one the site can turn into dates (cmsActivityTimeSchema). */
export const ACTIVITY_TIME_FIELDS: Record<string, readonly string[]> = {
  'api::initiative.initiative': ['times'],
};

/** Every document-service action that writes values a caller sent (publish writes the draft's). */
const CHECKED_ACTIONS = new Set(['create', 'update', 'clone', 'publish']);

/** A value that breaks a rule: where, and which rule (worded for the staff member when refused). */
export interface RuleBreak {
  path: string[];
  rule: ValueRule;
}

export function refusePublicContentThatBreaksTheSite(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const rules = PUBLIC_CONTENT_RULES[context.uid] ?? {};
    const blocksFields = blocksFieldsOf(strapi, context.uid);
    const timeFields = ACTIVITY_TIME_FIELDS[context.uid] ?? [];
    const checked = Object.keys(rules).length > 0 || blocksFields.length > 0 || timeFields.length > 0;
    if (checked && CHECKED_ACTIONS.has(context.action)) {
      const params = context.params as { data?: Record<string, unknown>; documentId?: string; locale?: string };
      const values = context.action === 'publish' ? await draftOf(strapi, context.uid, params) : params.data;
      const problems = values ? [...problemsOf(rules, values), ...richTextProblemsOf(blocksFields, values), ...activityTimeProblemsOf(timeFields, values)] : [];
      if (problems.length > 0) throw refusal(strapi, context.uid, problems);
    }
    return next();
  });
}

/** Strapi's refusal, which the content manager shows under each field named, in the staff member's language. */
function refusal(strapi: Core.Strapi, uid: UID.ContentType, problems: RuleBreak[]): errors.ValidationError {
  const locale = currentStaffLocale(strapi);
  const fieldErrors = problems.map(({ path, rule }) => {
    const { id, values } = whyRefused(rule);
    const message = staffText(locale, 'editing.refusals.problem', { field: fieldPathLabelOf(strapi, uid, path, locale), why: staffText(locale, id, values) });
    return { path, message, rule, name: 'ValidationError' as const };
  });
  return new errors.ValidationError(fieldErrors.map((problem) => problem.message).join(' '), { errors: fieldErrors });
}

/** Publishing copies the draft: the draft is what must follow the rules (it may predate them). */
async function draftOf(
  strapi: Core.Strapi,
  uid: UID.ContentType,
  params: { documentId?: string; locale?: string },
): Promise<Record<string, unknown> | undefined> {
  if (!params.documentId) return undefined;
  const componentFields = [
    ...Object.entries(PUBLIC_CONTENT_RULES[uid] ?? {})
      .filter(([, rule]) => typeof rule === 'object')
      .map(([field]) => field),
    ...(ACTIVITY_TIME_FIELDS[uid] ?? []),
  ];
  const populate = componentFields.filter((field) => isComponentOf(strapi, uid, field));
  const draft = await strapi.documents(uid).findOne({ documentId: params.documentId, locale: params.locale, status: 'draft', populate });
  return draft ?? undefined;
}

function isComponentOf(strapi: Core.Strapi, uid: UID.ContentType, field: string): field is Schema.PopulatableAttributeNames<UID.ContentType> {
  return Object.entries(strapi.getModel(uid)?.attributes ?? {}).some(([name, attribute]) => name === field && attribute.type === 'component');
}

export function problemsOf(rules: FieldRules, values: Record<string, unknown>): RuleBreak[] {
  return Object.entries(rules).flatMap(([field, rule]) => {
    const value = values[field];
    if (typeof rule === 'object') {
      const items = Array.isArray(value) ? value : [];
      return items.flatMap((item, index) =>
        isRecord(item) ? problemsOf(rule.component, item).map((problem) => ({ ...problem, path: [field, String(index), ...problem.path] })) : [],
      );
    }
    const broken = typeof value === 'string' && value.trim() !== '' && !followsContentRule(rule, value);
    return broken ? [{ path: [field], rule }] : [];
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The rich-text (`blocks`) attributes of a content type, read from its schema. */
export function blocksFieldsOf(strapi: Core.Strapi, uid: UID.ContentType): string[] {
  return Object.entries(strapi.getModel(uid)?.attributes ?? {})
    .filter(([, attribute]) => attribute.type === 'blocks')
    .map(([field]) => field);
}

/** Empty rich text is for the `required` setting to judge; any other value must render on the site. */
export function richTextProblemsOf(fields: string[], values: Record<string, unknown>): RuleBreak[] {
  return fields.flatMap((field) => {
    const value = values[field];
    if (value === undefined || value === null) return [];
    return blockProblems(value).map(({ path, rule }) => ({ path: [field, ...path], rule: valueRuleOfBlock(rule) }));
  });
}

/** Each entry of a "dates and hours" field, checked as the site's build reads it; the path names the entry and its field. */
export function activityTimeProblemsOf(fields: readonly string[], values: Record<string, unknown>): RuleBreak[] {
  return fields.flatMap((field) => {
    const entries = values[field];
    if (!Array.isArray(entries)) return [];
    return entries.flatMap((entry, index) => {
      const parsed = cmsActivityTimeSchema.safeParse(entry);
      if (parsed.success) return [];
      return parsed.error.issues.map((issue) => ({ path: [field, String(index), ...issue.path.map(String)], rule: valueRuleOfIssue(issue, entry) }));
    });
  });
}
