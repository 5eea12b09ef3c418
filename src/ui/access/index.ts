export { AccessProvider, useAccess, type AccessState } from './AccessContext';
export { AccessGate } from './AccessGate';
