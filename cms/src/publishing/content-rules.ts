import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { CONTENT_RULE_MESSAGES, followsContentRule, linksInBlocks, type ContentRule } from '@cb/domain';

/**
 * The CMS refuses on save what the site's build would refuse: web addresses, emails, phone numbers
 * and links in rich text follow the rules in @cb/domain, which the site's loader uses too. One bad
 * value would otherwise stop every later build. The refusal names the field, so the content manager
 * shows it under that field.
 */

type FieldRules = Record<string, ContentRule | { component: Record<string, ContentRule> }>;

/** `link` on a blocks field checks every link inside it. */
export const PUBLIC_CONTENT_RULES: Record<string, FieldRules> = {
  'api::organisation.organisation': { website: 'web-address', email: 'email', phone: 'phone', description: 'link' },
  'api::initiative.initiative': { website: 'web-address', contactEmail: 'email', contactPhone: 'phone', description: 'link' },
  'api::story.story': { body: 'link' },
  'api::project-call.project-call': { body: 'link' },
  'api::page.page': { body: 'link' },
  'api::global.global': { contactEmail: 'email', phoneNumber: 'phone', socialLinks: { component: { url: 'web-address' } } },
};

const CHECKED_ACTIONS = new Set(['create', 'update', 'publish']);

interface FieldError {
  path: string[];
  message: string;
  name: 'ValidationError';
}

export function refusePublicContentThatBreaksTheSite(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const rules = PUBLIC_CONTENT_RULES[context.uid];
    if (rules && CHECKED_ACTIONS.has(context.action)) {
      const params = context.params as { data?: Record<string, unknown>; documentId?: string; locale?: string };
      const values = context.action === 'publish' ? await draftOf(strapi, context.uid, params) : params.data;
      const problems = values ? problemsOf(rules, values) : [];
      if (problems.length > 0) {
        const summary = problems.map((problem) => problem.message).join('; ');
        throw new errors.ValidationError(summary, { errors: problems });
      }
    }
    return next();
  });
}

/** Publishing copies the draft: the draft is what must follow the rules (it may predate them). */
async function draftOf(strapi: Core.Strapi, uid: string, params: { documentId?: string; locale?: string }) {
  if (!params.documentId) return undefined;
  const populate = Object.entries(PUBLIC_CONTENT_RULES[uid] ?? {}).filter(([, rule]) => typeof rule === 'object').map(([field]) => field);
  const draft = await strapi.documents(uid as never).findOne({ documentId: params.documentId, locale: params.locale, status: 'draft', populate } as never);
  return (draft ?? undefined) as Record<string, unknown> | undefined;
}

export function problemsOf(rules: FieldRules, values: Record<string, unknown>): FieldError[] {
  return Object.entries(rules).flatMap(([field, rule]) => {
    const value = values[field];
    if (typeof rule === 'object') {
      const items = Array.isArray(value) ? value : [];
      return items.flatMap((item, index) => (isRecord(item) ? problemsOf(rule.component, item).map((problem) => ({ ...problem, path: [field, String(index), ...problem.path] })) : []));
    }
    const broken = rule === 'link' ? linksInBlocks(value).some((url) => !followsContentRule('link', url)) : typeof value === 'string' && value.trim() !== '' && !followsContentRule(rule, value);
    return broken ? [{ path: [field], message: `${field} ${CONTENT_RULE_MESSAGES[rule]}`, name: 'ValidationError' as const }] : [];
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
