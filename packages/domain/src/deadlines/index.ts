export * from './calendar-days.ts';
export * from './reminder-milestone.ts';
export * from './region-time-zones.ts';
