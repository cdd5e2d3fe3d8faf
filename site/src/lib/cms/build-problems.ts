import { appendFileSync } from 'node:fs';
import type { DocumentProblem } from '@cb/domain/cms-api';
import { readBuildEnv } from '../build-env.ts';

/**
 * The documents and fields a loader refused, written for the builder (one JSON line per problem, in
 * SITE_BUILD_PROBLEMS_FILE), which reports them to the CMS so editors see what to fix. Appended:
 * several loaders may refuse content in one build.
 */
export function recordBuildProblems(problems: readonly DocumentProblem[]): void {
  const file = readBuildEnv().problemsFile;
  if (!file || problems.length === 0) return;
  appendFileSync(file, problems.map((problem) => `${JSON.stringify(problem)}\n`).join(''));
}
