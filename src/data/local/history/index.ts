export { LocalHistoryRecorder } from './LocalHistoryRecorder';
export { LocalItemHistory } from './LocalItemHistory';
export type { StoredHistoryRow } from './historyRows';
export { withLocalHistory, type AuditedRepositories } from './withLocalHistory';
