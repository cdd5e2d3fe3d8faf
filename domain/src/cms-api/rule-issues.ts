import type { z } from 'zod';
import { isValueRule, type ValueRule } from '../content-rules.js';

/**
 * A schema issue carries the code of the rule it breaks (`params.rule`) beside its English message,
 * so a reader (the CMS's build widget) words it in its own language without reading the English.
 */
export function ruleIssue(rule: ValueRule, message: string, path?: PropertyKey[]) {
  return { code: 'custom' as const, message, params: { rule }, ...(path ? { path } : {}) };
}

/** The rule an issue of a document breaks: its own code, `required` when the value is not there, else `other`. */
export function valueRuleOfIssue(issue: z.core.$ZodIssue, document: unknown): ValueRule {
  if (issue.code === 'custom' && isValueRule(issue.params?.rule)) return issue.params.rule;
  if (issue.code === 'invalid_type' && valueAt(document, issue.path) == null) return 'required';
  return 'other';
}

function valueAt(document: unknown, path: readonly PropertyKey[]): unknown {
  let value = document;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = Reflect.get(value, key);
  }
  return value;
}
