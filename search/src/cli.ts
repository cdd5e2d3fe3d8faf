#!/usr/bin/env node
import { isLocale, LOCALES, type Locale } from '@cb/domain';
import { countPublished, type CmsConnection } from '@cb/domain/cms-api';
import { MeilisearchApiError } from 'meilisearch';
import { parseArgs } from 'node:util';
import { reasonOf } from './errors.js';
import { ensureSearchOnlyKey } from './keys.js';
import { meiliClient, type MeiliConnection } from './meili.js';
import { reindex, type ReindexSummary } from './reindex.js';
import { progressBar, summaryLine } from './reindex-report.js';

const USAGE = `Usage:
  node search/dist/cli.js reindex    --cms URL --meili URL --master-key KEY [--cms-token TOKEN] [--locale nl ...]
  node search/dist/cli.js search-key --meili URL --master-key KEY

  reindex     rebuilds the search index of every locale (or of --locale) from the CMS, swapping each
              new index in at once: the site keeps searching the old one until then.
  search-key  prints the search-only key for the browser (created if needed).

Options fall back to the environment: CMS_URL, CMS_API_TOKEN, MEILI_URL, MEILI_MASTER_KEY.
Prefer MEILI_MASTER_KEY to --master-key: a command line is visible to every user of the machine.`;

class UsageError extends Error {}
class CliFailure extends Error {}

async function main(argv: readonly string[]): Promise<void> {
  const { values, positionals } = parseArguments(argv);
  const command = positionals[0];
  if (values.help || command === undefined || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const meili: MeiliConnection = {
    url: required(values.meili ?? process.env.MEILI_URL, '--meili'),
    masterKey: required(values['master-key'] ?? process.env.MEILI_MASTER_KEY, '--master-key'),
  };

  if (command === 'search-key') {
    await assertMeilisearchReady(meili);
    process.stdout.write(`${await ensureSearchOnlyKey(meili)}\n`);
    return;
  }
  if (command !== 'reindex') throw new UsageError(`Unknown command "${command}".`);

  const token = values['cms-token'] ?? process.env.CMS_API_TOKEN;
  const cms: CmsConnection = { url: required(values.cms ?? process.env.CMS_URL, '--cms'), ...(token ? { token } : {}) };
  const locales = parseLocales(values.locale);
  await assertMeilisearchReady(meili);
  await assertCmsReady(cms);

  let summary: ReindexSummary;
  try {
    summary = await reindex({ cms, meili, locales, onProgress: progressBar(process.stderr) });
  } catch (error) {
    throw new CliFailure(`The reindex failed; the live indexes are unchanged: ${reasonOf(error)}`);
  }
  for (const skipped of summary.skipped) process.stderr.write(`warning: skipped ${skipped.reason}\n`);
  process.stdout.write(`${summaryLine(summary)}\n`);
}

function parseArguments(argv: readonly string[]) {
  try {
    return parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        cms: { type: 'string' },
        'cms-token': { type: 'string' },
        meili: { type: 'string' },
        'master-key': { type: 'string' },
        locale: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(reasonOf(error));
  }
}

function required(value: string | undefined, option: string): string {
  if (!value) throw new UsageError(`Missing ${option}.`);
  return value;
}

function parseLocales(values: string[] | undefined): Locale[] {
  if (!values || values.length === 0) return [...LOCALES];
  const unknown = values.filter((value) => !isLocale(value));
  if (unknown.length > 0) throw new UsageError(`Unknown locale ${unknown.join(', ')}; the locales are ${LOCALES.join(', ')}.`);
  return values.filter(isLocale);
}

async function assertMeilisearchReady(meili: MeiliConnection): Promise<void> {
  const client = meiliClient({ ...meili, timeoutMs: 5_000 });
  try {
    await client.health();
  } catch (error) {
    throw new CliFailure(`Cannot reach Meilisearch at ${meili.url}: ${reasonOf(error)}`);
  }
  try {
    await client.getKeys({ limit: 1 });
  } catch (error) {
    if (error instanceof MeilisearchApiError && [401, 403].includes(error.response.status)) {
      throw new CliFailure(`Meilisearch at ${meili.url} refused the master key (${error.response.status}).`);
    }
    throw new CliFailure(`Meilisearch at ${meili.url} answered with an error: ${reasonOf(error)}`);
  }
}

async function assertCmsReady(cms: CmsConnection): Promise<void> {
  try {
    await countPublished({ ...cms, timeoutMs: 10_000 }, 'initiative', LOCALES[0]);
  } catch (error) {
    throw new CliFailure(reasonOf(error));
  }
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n\n${USAGE}\n`);
      process.exit(2);
    }
    process.stderr.write(`${error instanceof CliFailure ? error.message : `Unexpected error: ${error instanceof Error ? error.stack : String(error)}`}\n`);
    process.exit(1);
  },
);
