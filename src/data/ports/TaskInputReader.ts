import type { TaskInput, TaskPerson } from '../../domain/tasks/TaskInput';

/**
 * Loads what task derivation reads (src/domain/tasks). Rows that cannot be read (hand-edited items) are left out
 * and counted, never fatal.
 */
export interface TaskInputReader {
  /**
   * Only the items that can become tasks of `person`: org units (all: the representatives live there), then one
   * filtered query per list on indexed columns (responsible e-mail, owner unit, handover status, ids), sent as
   * SharePoint `$batch` requests (two rounds: the second needs the ids the first found).
   */
  forPerson(person: TaskPerson): Promise<TaskInputResult>;
  /** Everything open, for the reminder run over all people (one paged query per list). */
  all(): Promise<TaskInputResult>;
}

export interface TaskInputResult {
  input: TaskInput;
  /** Items left out because they could not be read. */
  skipped: number;
}
