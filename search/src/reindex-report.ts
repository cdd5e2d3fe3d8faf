import { CONTENT_KINDS } from './content-kinds.js';
import type { ReindexProgress, ReindexSummary } from './reindex.js';

const WIDTH = 28;
const PHASE_LABEL: Record<ReindexProgress['phase'], string> = {
  reading: 'reading the CMS',
  indexing: 'indexing',
  swapping: 'swapping in',
  done: 'done',
};

/**
 * A reindex progress bar on a stream (stderr). On a terminal it redraws one line per locale;
 * elsewhere (CI logs, a parent process) it prints one line per locale and phase, without escapes.
 */
export function progressBar(stream: NodeJS.WriteStream): (progress: ReindexProgress) => void {
  const interactive = stream.isTTY === true;
  let lastLine = '';
  let lastPrinted = '';
  return (progress) => {
    const line = render(progress);
    if (interactive) {
      if (line === lastLine) return;
      stream.write(`\r\x1b[2K${line}${progress.phase === 'done' ? '\n' : ''}`);
      lastLine = line;
    } else {
      const key = `${progress.locale}:${progress.phase}`;
      if (progress.done < progress.total || key === lastPrinted) return;
      stream.write(`${line}\n`);
      lastPrinted = key;
    }
  };
}

export function render(progress: ReindexProgress): string {
  const ratio = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 1;
  const filled = Math.round(ratio * WIDTH);
  const bar = `${'#'.repeat(filled)}${'-'.repeat(WIDTH - filled)}`;
  const percent = `${Math.round(ratio * 100)}%`.padStart(4);
  return `${progress.locale} [${bar}] ${percent} ${progress.done}/${progress.total} ${PHASE_LABEL[progress.phase]}`;
}

/** The line a reindex ends with: documents per locale and per kind, time, and skipped documents. */
export function summaryLine(summary: ReindexSummary): string {
  const perLocale = summary.locales.map((locale) => `${locale.locale} ${locale.documents}`).join(', ');
  const perKind = CONTENT_KINDS.map((kind) => `${kind} ${summary.locales.reduce((sum, locale) => sum + locale.byKind[kind], 0)}`).join(', ');
  const skipped = summary.skipped.length > 0 ? `; ${summary.skipped.length} skipped (see warnings)` : '';
  return `Reindexed ${summary.documents} documents (${perLocale}; ${perKind}) in ${(summary.durationMs / 1000).toFixed(1)} s${skipped}.`;
}
