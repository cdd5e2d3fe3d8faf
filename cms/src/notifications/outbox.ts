import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Runs side tasks (sending mail) detached from the request that caused them, with a few retries and
 * a growing pause between them. Whoever posts a task never waits for it and never sees its error.
 */
export class Outbox {
  readonly #running = new Set<Promise<void>>();

  constructor(
    private readonly retryDelaysMs: readonly number[],
    /** Told once when a task failed its last attempt; `label` must not carry personal data. */
    private readonly onGiveUp: (label: string, attempts: number, error: unknown) => void,
  ) {}

  post(label: string, task: () => Promise<void>): void {
    const run: Promise<void> = this.#withRetries(task)
      .catch((error: unknown) => this.onGiveUp(label, this.retryDelaysMs.length + 1, error))
      .finally(() => this.#running.delete(run));
    this.#running.add(run);
  }

  /** Resolves once every posted task, and every task those posted, has succeeded or given up. */
  async idle(): Promise<void> {
    while (this.#running.size > 0) await Promise.allSettled([...this.#running]);
  }

  async #withRetries(task: () => Promise<void>): Promise<void> {
    for (const delayMs of this.retryDelaysMs) {
      try {
        return await task();
      } catch {
        // A pending retry must not keep a stopping CMS alive.
        await sleep(delayMs, undefined, { ref: false });
      }
    }
    return task();
  }
}

/** Pauses of 1, 5 and 25 times the base: with the default base of 2 s, retries after 2 s, 10 s and 50 s. */
export function retryDelays(baseMs: number): number[] {
  return [1, 5, 25].map((factor) => factor * baseMs);
}
