import { addDays, occurrencesBetween, type ActivityTime, type CalendarDay, type Occurrence } from '@cb/domain';
import type { InitiativeEntry } from './cms/model.ts';

/** The coming activities: every initiative's times expanded into dates (Brussels time), in order. */

export interface ActivityItem {
  occurrence: Occurrence;
  initiative: InitiativeEntry;
}

export interface ActivityDay {
  day: CalendarDay;
  items: ActivityItem[];
}

/** Every occurrence from `from` to `to` (both included) of the given initiatives, by start, then by title. */
export function comingActivities(initiatives: readonly InitiativeEntry[], from: CalendarDay, to: CalendarDay): ActivityItem[] {
  const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
  return initiatives
    .flatMap((initiative) => initiative.times.flatMap((time) => occurrencesBetween(time, from, to).map((occurrence) => ({ occurrence, initiative }))))
    .sort(
      (a, b) =>
        a.occurrence.start.getTime() - b.occurrence.start.getTime() ||
        collator.compare(a.initiative.title, b.initiative.title) ||
        (a.occurrence.end?.getTime() ?? 0) - (b.occurrence.end?.getTime() ?? 0),
    );
}

export function byDay(items: readonly ActivityItem[]): ActivityDay[] {
  const days: ActivityDay[] = [];
  for (const item of items) {
    const last = days.at(-1);
    if (last?.day === item.occurrence.day) last.items.push(item);
    else days.push({ day: item.occurrence.day, items: [item] });
  }
  return days;
}

/** The next few dates of an initiative, for its page. */
export function nextOccurrences(times: readonly ActivityTime[], from: CalendarDay, count = 4, withinDays = 120): Occurrence[] {
  return times
    .flatMap((time) => occurrencesBetween(time, from, addDays(from, withinDays - 1)))
    .sort((a, b) => a.start.getTime() - b.start.getTime())
    .slice(0, count);
}
