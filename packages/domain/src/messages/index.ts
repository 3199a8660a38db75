export * from './issue-messages.ts';
export * from './message-types.ts';
export * from './transition-message.ts';
