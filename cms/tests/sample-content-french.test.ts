import { describe, expect, it } from 'vitest';
import { frenchPunctuationProblems } from '@cb/domain';
import { fundedProjects } from '../src/seed/content/funded-projects';
import { initiatives } from '../src/seed/content/initiatives';
import { organisations } from '../src/seed/content/organisations';
import { pages } from '../src/seed/content/pages';
import { projectCalls } from '../src/seed/content/project-calls';
import { globalSettings, home } from '../src/seed/content/site';
import { stories } from '../src/seed/content/stories';

/** Every string of a value, however deep. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'object' && value) return Object.values(value).flatMap(strings);
  return [];
}

/** The French of the sample content: whatever sits under a `fr` key, however deep. */
function frenchTexts(value: unknown): string[] {
  if (typeof value !== 'object' || !value) return [];
  return Object.entries(value).flatMap(([key, child]) => (key === 'fr' ? strings(child) : frenchTexts(child)));
}

describe('the sample content in French', () => {
  const texts = frenchTexts({ fundedProjects, initiatives, organisations, pages, projectCalls, globalSettings, home, stories });

  it('is found (every kind of content has French)', () => {
    expect(texts.length).toBeGreaterThan(200);
  });

  it('puts a no-break space before ? ! : ; (a plain space lets the mark start a line)', () => {
    expect(texts.filter((text) => frenchPunctuationProblems(text).length > 0)).toEqual([]);
  });

  it('puts a no-break space inside « »', () => {
    expect(texts.filter((text) => /«[^\u00a0\u202f]|[^\u00a0\u202f]»/.test(text))).toEqual([]);
  });
});
