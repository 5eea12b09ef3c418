export * from './loadMyTasks';
