import { DatabaseSync } from 'node:sqlite';

/**
 * Reads what the CMS stored, straight from its SQLite file (read-only, Node's own SQLite): the test sees the records
 * as they are, not as an API chooses to show them. It waits for the CMS's writes (the rate limit, the outbox and
 * the schedule write too) rather than failing on a locked database.
 */

export type IntakeRecord = Record<string, unknown> & { relations: Record<string, string[]> };

const TABLES = {
  'help-request': { table: 'intake_help_requests', owner: 'help_request_id' },
  'help-offer': { table: 'intake_help_offers', owner: 'help_offer_id' },
  'story-submission': { table: 'intake_story_submissions', owner: 'story_submission_id' },
  'project-proposal': { table: 'intake_project_proposals', owner: 'project_proposal_id' },
} as const;

const RELATIONS: Record<string, { taxonomy: string; column: string }> = {
  categories: { taxonomy: 'taxonomy_help_categories', column: 'help_category_id' },
  languages: { taxonomy: 'taxonomy_spoken_languages', column: 'spoken_language_id' },
  municipality: { taxonomy: 'taxonomy_municipalities', column: 'municipality_id' },
  municipalities: { taxonomy: 'taxonomy_municipalities', column: 'municipality_id' },
};

export function recordsWhere(databaseFile: string, form: keyof typeof TABLES, column: string, value: string): IntakeRecord[] {
  const db = new DatabaseSync(databaseFile, { readOnly: true, timeout: 10_000 });
  try {
    const { table, owner } = TABLES[form];
    const rows = db.prepare(`SELECT * FROM ${table} WHERE ${column} = ?`).all(value) as Record<string, unknown>[];
    const links = (
      db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE ?`).all(`${table}_%_lnk`) as unknown as { name: string }[]
    ).map((row) => row.name);
    return rows.map((row) => {
      const relations: Record<string, string[]> = {};
      for (const link of links) {
        const field = link.slice(table.length + 1, -'_lnk'.length);
        const relation = RELATIONS[field];
        if (!relation) continue;
        relations[field] = (
          db
            .prepare(`SELECT t.code FROM ${link} l JOIN ${relation.taxonomy} t ON t.id = l.${relation.column} WHERE l.${owner} = ? ORDER BY t.code`)
            .all(row.id as number) as unknown as { code: string }[]
        ).map((found) => found.code);
      }
      return { ...row, relations };
    });
  } finally {
    db.close();
  }
}

export function budgetLinesOf(databaseFile: string, proposalId: number): { label: string; amount: number }[] {
  const db = new DatabaseSync(databaseFile, { readOnly: true, timeout: 10_000 });
  try {
    return db
      .prepare(
        `SELECT b.label, b.amount FROM intake_project_proposals_cmps c JOIN components_proposal_budget_lines b ON b.id = c.cmp_id
         WHERE c.entity_id = ? AND c.field = 'budgetLines' ORDER BY c."order"`,
      )
      .all(proposalId) as unknown as { label: string; amount: number }[];
  } finally {
    db.close();
  }
}
