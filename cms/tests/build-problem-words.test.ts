import { describe, expect, it } from 'vitest';
import { BLOCK_RULE_MESSAGES, CONTENT_RULE_MESSAGES } from '@cb/domain';
import { cmsStorySchema } from '@cb/domain/cms-api';
import { buildProblemReason, topFieldOf } from '../src/editing/build-problem-words';

/** What the editors' widget makes of the site build's English words (site-build-failure-walk.test.ts shows them in a browser). */

describe('the reason of a value the site refused', () => {
  it('is the content rule whose message the site gave', () => {
    expect(buildProblemReason(CONTENT_RULE_MESSAGES['web-address'])).toBe('web-address');
    expect(buildProblemReason(CONTENT_RULE_MESSAGES.email)).toBe('email');
    expect(buildProblemReason(CONTENT_RULE_MESSAGES.phone)).toBe('phone');
    expect(buildProblemReason(CONTENT_RULE_MESSAGES.link)).toBe('link');
    expect(buildProblemReason(BLOCK_RULE_MESSAGES['heading-level'])).toBe('rich-text');
  });

  it('is "required" for a field the schema found missing, as the site parses it', () => {
    const parsed = cmsStorySchema.safeParse({ title: null });
    expect(parsed.success).toBe(false);
    const titleIssue = parsed.error?.issues.find((issue) => issue.path.join('.') === 'title');
    expect(buildProblemReason(titleIssue?.message ?? '')).toBe('required');
  });

  it('is "other" for any other words', () => {
    expect(buildProblemReason('must be a URL-safe slug (letters, digits, - . _ ~)')).toBe('other');
  });
});

describe('the field of a refused value', () => {
  it('is the document’s own field its path starts with', () => {
    expect(topFieldOf('website')).toBe('website');
    expect(topFieldOf('body[0].children[0].url')).toBe('body');
    expect(topFieldOf('times.2.startTime')).toBe('times');
  });
});
