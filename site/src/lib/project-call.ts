/**
 * Whether a project call is open, decided at build time from its dates. A call opens at the start
 * of its opening day in Brussels and closes at its deadline (a moment with a time zone).
 */

export type CallStatus = 'upcoming' | 'open' | 'closed';

export interface CallDates {
  /** Calendar date, e.g. 2026-10-01 */
  opensOn: string;
  /** Moment with offset, e.g. 2027-01-31T23:59:00+01:00 */
  deadline: string;
}

export function callStatus(call: CallDates, now: Date): CallStatus {
  if (now.getTime() > Date.parse(call.deadline)) return 'closed';
  return brusselsDate(now) >= call.opensOn.slice(0, 10) ? 'open' : 'upcoming';
}

/** The calendar date in Brussels at a moment, as YYYY-MM-DD. */
export function brusselsDate(moment: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(moment);
}

/**
 * The call the project-call page shows: the open one closing first, else the next to open,
 * else the one that closed last. Undefined when there is no call at all.
 */
export function currentCall<T extends CallDates>(calls: readonly T[], now: Date): T | undefined {
  const withStatus = calls.map((call) => ({ call, status: callStatus(call, now) }));
  const pick = (status: CallStatus, compare: (a: T, b: T) => number) =>
    withStatus
      .filter((item) => item.status === status)
      .map((item) => item.call)
      .sort(compare)[0];
  return (
    pick('open', (a, b) => Date.parse(a.deadline) - Date.parse(b.deadline)) ??
    pick('upcoming', (a, b) => a.opensOn.localeCompare(b.opensOn)) ??
    pick('closed', (a, b) => Date.parse(b.deadline) - Date.parse(a.deadline))
  );
}
