import type { Person } from '../../domain/shared/Person';

/** Who saves, and when: passed in by the host so the local store has no hidden clock or user. */
export interface LocalWriteContext {
  now: () => Date;
  currentUser: () => Person;
}

/** The etag of a local record at `version`, shaped like SharePoint's (`"3"`). */
export function etagOf(version: number): string {
  return `"${version}"`;
}
