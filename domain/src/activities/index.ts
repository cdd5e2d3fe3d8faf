export * from './calendar-days.js';
export * from './brussels-time.js';
export * from './holidays.js';
export * from './recurrence.js';
