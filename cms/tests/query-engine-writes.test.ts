import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Writes go through the Document Service, whose middlewares send the intake mails, update search,
 * call the site build hook and apply the content rules. A write through the Query Engine
 * (`strapi.db.query(uid).create/update/delete/...Many`) skips all of them, so it is allowed only
 * where skipping them is the point, in the files below, each with its reason.
 */
const QUERY_ENGINE_WRITES_ALLOWED: Record<string, string> = {
  'src/access/public-permissions.ts':
    'The public role’s permissions belong to the users-permissions plugin, which keeps them through the Query Engine itself: they are not documents.',
  'src/publishing/preview-token.ts':
    'The preview’s content-API token is an admin record, not a document, and its key must be the configured one that the preview server also has: Strapi’s token service only makes random keys.',
  'src/privacy/personal-data.ts':
    'Anonymising wipes many private records by database id in one statement (the Document Service has no updateMany); no mail, search update or build may follow from it, and this is the one place that wipes.',
};

const WRITES = new Set(['create', 'update', 'delete', 'createMany', 'updateMany', 'deleteMany']);
const SRC = path.resolve(import.meta.dirname, '..', 'src');

/** Line numbers of Query Engine writes: `db.query(uid).create(...)`, or a repository kept in a variable and written through. */
export function queryEngineWrites(source: string): number[] {
  const file = ts.createSourceFile('scanned.ts', source, ts.ScriptTarget.Latest, true);
  const repositories = new Set<string>();
  const lines: number[] = [];
  const isDbQuery = (node: ts.Node): boolean =>
    ts.isCallExpression(node) &&
    ts.isPropertyAccessExpression(node.expression) &&
    node.expression.name.text === 'query' &&
    /\bdb$/.test(node.expression.expression.getText(file));
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && isDbQuery(node.initializer)) repositories.add(node.name.text);
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && WRITES.has(node.expression.name.text)) {
      const target = node.expression.expression;
      if (isDbQuery(target) || (ts.isIdentifier(target) && repositories.has(target.text)))
        lines.push(file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return lines;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'admin' ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

const writesByFile = () =>
  Object.fromEntries(
    sourceFiles(SRC)
      .map((file) => [path.relative(path.dirname(SRC), file).split(path.sep).join('/'), queryEngineWrites(readFileSync(file, 'utf8'))] as const)
      .filter(([, lines]) => lines.length > 0),
  );

describe('Query Engine writes in the CMS', () => {
  it('are found whether the repository is chained or kept in a variable, and reads are not writes', () => {
    const source = [
      "await strapi.db.query('api::match.match').updateMany({ where: {}, data: {} });",
      "const files = this.strapi.db.query('plugin::upload.file');",
      'await files.findOne({ where: {} });',
      'await files.delete({ where: { id: 1 } });',
      "await strapi.documents('api::match.match').update({ documentId: 'x', data: {} });",
      "await strapi.db.query('api::match.match').findMany({});",
    ].join('\n');
    expect(queryEngineWrites(source)).toEqual([1, 4]);
  });

  it('appear only in the files allowed to write that way, each for its reason', () => {
    const unexpected = Object.entries(writesByFile()).filter(([file]) => !(file in QUERY_ENGINE_WRITES_ALLOWED));
    expect(unexpected, 'write through strapi.documents(uid) (or the service that owns the write), or add the file here with the reason').toEqual([]);
  });

  it('lists no file that no longer writes through the Query Engine', () => {
    const writing = writesByFile();
    expect(Object.keys(QUERY_ENGINE_WRITES_ALLOWED).filter((file) => !(file in writing))).toEqual([]);
  });
});
