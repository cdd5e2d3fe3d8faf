import { describe, expect, it } from 'vitest';
import { frenchPunctuationProblems } from '../src/index.js';
import { allFormTexts, fieldMessages } from '../src/intake/index.js';

/** A placeholder's format ({max:euro}) is no colon of the text: the amount takes its place. */
const punctuationProblems = (text: string) => frenchPunctuationProblems(text.replaceAll(/\{\w+(:\w+)?\}/g, '1'));

/** The four forms, on the site and on the CMS's pages without JavaScript, take their words from here. */
describe('the forms in French', () => {
  it('put a no-break space before ? ! : ; in every label, hint, choice, legend and button', () => {
    const texts = allFormTexts('fr');
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.filter((text) => punctuationProblems(text).length > 0)).toEqual([]);
  });

  it('put a no-break space before ? ! : ; in every message about a field', () => {
    const texts = Object.values(fieldMessages('fr').texts);
    expect(texts.filter((text) => punctuationProblems(text).length > 0)).toEqual([]);
  });
});
