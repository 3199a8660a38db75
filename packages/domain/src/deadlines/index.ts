export * from './calendar-days.ts';
export * from './reminder-milestone.ts';
