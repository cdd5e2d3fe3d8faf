import { describe, expect, it } from 'vitest';
import type { Locale } from '@cb/domain';
import { parseScores, proposalScore, reviewScore } from '../src/proposal-review/scores';
import { decisionSheet, type SheetRow } from '../src/proposal-review/decision-sheet';

const criteria = [
  { title: 'Reaches isolated people', weight: 3 },
  { title: 'Feasible', weight: 1 },
];

describe('review scores', () => {
  it('weighs each criterion, on 0–100', () => {
    expect(
      reviewScore(criteria, [
        { criterion: 0, score: 5 },
        { criterion: 1, score: 5 },
      ]),
    ).toBe(100);
    expect(
      reviewScore(criteria, [
        { criterion: 0, score: 5 },
        { criterion: 1, score: 0 },
      ]),
    ).toBe(75);
    expect(reviewScore([{ title: 'Unweighted' }], [{ criterion: 0, score: 2 }])).toBe(40);
  });

  it('does not count a review until every criterion is scored within 0–5', () => {
    expect(reviewScore(criteria, [{ criterion: 0, score: 5 }])).toBeUndefined();
    expect(
      reviewScore(criteria, [
        { criterion: 0, score: 6 },
        { criterion: 1, score: 1 },
      ]),
    ).toBeUndefined();
    const { score, reviews } = proposalScore(criteria, [
      {
        scores: [
          { criterion: 0, score: 4 },
          { criterion: 1, score: 4 },
        ],
      },
      {
        scores: [
          { criterion: 0, score: 2 },
          { criterion: 1, score: 2 },
        ],
      },
      { scores: [{ criterion: 0, score: 5 }] },
    ]);
    expect({ score, reviews }).toEqual({ score: 60, reviews: 2 });
  });

  it('reads only well-formed scores from the database', () => {
    expect(parseScores([{ criterion: 0, score: 3 }, { criterion: 'x', score: 2 }, null, { criterion: 1 }])).toEqual([{ criterion: 0, score: 3 }]);
    expect(parseScores('3')).toEqual([]);
  });
});

describe('the decision sheet', () => {
  const row: SheetRow = {
    reference: 'CB-7KQ4M2',
    projectTitle: 'Soup; and "stories"',
    applicant: '=HYPERLINK("http://evil")',
    municipalities: 'Anderlecht, Forest',
    status: 'in-review',
    requestedAmount: 4500.5,
    score: 72.5,
    reviews: 2,
    grantedAmount: undefined,
  };

  it('is semicolon-separated UTF-8 with decimal commas, quoting what needs quoting', () => {
    const sheet = decisionSheet([{ ...row, status: 'In review' }], 'en');
    expect(sheet.startsWith('\uFEFFReference;Project;')).toBe(true);
    const [, line] = sheet.trim().split('\r\n');
    expect(line).toBe(`CB-7KQ4M2;"Soup; and ""stories""";"'=HYPERLINK(""http://evil"")";Anderlecht, Forest;In review;4500,5;72,5;2;`);
  });

  it('heads its columns in the staff member’s language', () => {
    const headings = (locale: Locale) => decisionSheet([], locale).slice(1).trim();
    expect(headings('nl')).toBe('Referentie;Projecttitel;Aanvrager;Gemeenten;Status;Gevraagd (EUR);Score (0-100);Beoordelingen;Toegekend (EUR)');
    expect(headings('fr')).toBe('Référence;Projet;Demandeur;Communes;Statut;Demandé (EUR);Note (0-100);Évaluations;Accordé (EUR)');
    expect(headings('en')).toBe('Reference;Project;Applicant;Municipalities;Status;Requested (EUR);Score (0-100);Reviews;Granted (EUR)');
  });
});
