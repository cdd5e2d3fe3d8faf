import { describe, expect, it } from 'vitest';
import { mergedPage, type SortedList } from '../src/plugins/back-office/server/services/screening';

/**
 * The screening queue's page of two lists sorted in the database ("to screen" by arrival, "expired" by
 * the end of their screening), merged at the page's place while reading only the page's rows and a few
 * keys. In addition to the queue's test on a real Strapi (screening.test.ts): every place of lists
 * with ties, long runs of one kind and empty lists, against merging the whole lists.
 */

interface Row {
  kind: 'to-screen' | 'expired';
  key: number;
  name: string;
}

/** A list in memory, as the database gives it; it counts the rows read. */
function listOf(rows: Row[]): SortedList<Row> & { read: number } {
  const list = {
    read: 0,
    keyOf: (row: Row) => row.key,
    rows: async (start: number, limit: number) => {
      const page = rows.slice(start, start + limit);
      list.read += page.length;
      return page;
    },
    keyAt: async (position: number) => {
      list.read += 1;
      return rows[position]?.key ?? Number.POSITIVE_INFINITY;
    },
  };
  return list;
}

const rowsOf = (kind: Row['kind'], keys: number[]): Row[] => keys.map((key, index) => ({ kind, key, name: `${kind}-${index}` }));

/** The order the queue promises: the longest waiting first; on a tie "to screen" first; each list's own order kept. */
function wholeMerge(toScreen: Row[], expired: Row[]): Row[] {
  const order = (row: Row) => (row.kind === 'to-screen' ? 0 : 1);
  return [...toScreen, ...expired].sort((first, second) => first.key - second.key || order(first) - order(second));
}

const CASES: [string, number[], number[]][] = [
  ['interleaved', [1, 4, 4, 7, 9, 12, 15, 15, 15, 20], [2, 3, 4, 8, 15, 16, 30]],
  ['all "to screen" first', [1, 2, 3, 4, 5, 6, 7], [10, 11, 12]],
  ['all "expired" first', [10, 11, 12, 13], [1, 2, 3, 4, 5, 6]],
  ['every key the same', [5, 5, 5, 5, 5], [5, 5, 5, 5]],
  ['nothing expired', [1, 3, 5], []],
  ['nothing to screen', [], [2, 4, 6]],
  ['nothing at all', [], []],
];

describe('a page of the screening queue merged from two sorted lists', () => {
  it.each(CASES)('%s: every place and page size gives the rows of the whole merge', async (_, toScreenKeys, expiredKeys) => {
    const toScreen = rowsOf('to-screen', toScreenKeys);
    const expired = rowsOf('expired', expiredKeys);
    const whole = wholeMerge(toScreen, expired);
    for (const limit of [1, 2, 3, 25]) {
      for (let start = 0; start <= whole.length + 1; start += 1) {
        const page = await mergedPage(
          { toScreen: listOf(toScreen), expired: listOf(expired) },
          { toScreen: toScreen.length, expired: expired.length },
          start,
          limit,
        );
        expect(page, `start ${start}, ${limit} a page`).toEqual(whole.slice(start, start + limit));
      }
    }
  });

  it('reads the page’s rows and a few keys, not the rows before the page', async () => {
    const toScreen = listOf(
      rowsOf(
        'to-screen',
        Array.from({ length: 2000 }, (_, n) => n * 2),
      ),
    );
    const expired = listOf(
      rowsOf(
        'expired',
        Array.from({ length: 2000 }, (_, n) => n * 2 + 1),
      ),
    );
    const page = await mergedPage({ toScreen, expired }, { toScreen: 2000, expired: 2000 }, 3000, 25);
    expect(page.map((row) => row.key)).toEqual(Array.from({ length: 25 }, (_, n) => 3000 + n));
    expect(toScreen.read + expired.read).toBeLessThan(100);
  });
});
