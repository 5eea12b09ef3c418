export * from './Task';
export * from './TaskInput';
export * from './TaskSource';
export * from './personMatch';
export * from './dates';
export * from './registry';
export * from './deriveTasks';
export { HANDOVER_RESPONSE_DAYS } from './sources/handoverSource';
