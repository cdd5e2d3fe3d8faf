import { ACTIVITY_REPEATS, MAX_EVERY_WEEKS, WEEKDAYS, WEEKS_OF_MONTH } from '@cb/domain';

/**
 * One pattern of an initiative's activities, in plain questions an editor answers ("how often",
 * "which day", "from when"), never a recurrence rule: @cb/domain (activities) turns it into dates and
 * into RFC 5545 rules for the calendar feeds. Days and times are Brussels time.
 */
export default {
  collectionName: 'components_activity_times',
  info: { displayName: 'Activity time', description: 'When an activity takes place: once, every week or every month' },
  options: {},
  attributes: {
    repeats: { type: 'enumeration', enum: [...ACTIVITY_REPEATS], required: true, default: 'weekly' },
    date: { type: 'date', required: true },
    until: { type: 'date' },
    weekday: { type: 'enumeration', enum: [...WEEKDAYS] },
    weekOfMonth: { type: 'enumeration', enum: [...WEEKS_OF_MONTH] },
    everyWeeks: { type: 'integer', min: 1, max: MAX_EVERY_WEEKS, default: 1 },
    startTime: { type: 'time', required: true },
    endTime: { type: 'time' },
    skipHolidays: { type: 'boolean', default: true },
    skipDates: { type: 'text', maxLength: 1000 },
  },
};
