import { canReadClassificationObject, canWorkItQueue, hasAnyRole, type UserAccess } from '../../../domain/access/UserAccess';
import type { TaskInput, TaskPerson } from '../../../domain/tasks/TaskInput';
import type { TaskInputReader, TaskInputResult } from '../../ports/TaskInputReader';
import { mayReadUnit, type AccessSource } from './accessRules';

/**
 * What task derivation reads, trimmed like SharePoint trims the lists behind it: the register for anyone with a
 * role, each unit's classifications, plans, analyses, risks and actions for those who may read the unit, the
 * handover queue and its objects for the IT unit and coordinators (else the handovers of readable units). A coordinator's `all()`
 * is everything; anyone else's is their readable slice.
 */
export class EnforcedTaskInputReader implements TaskInputReader {
  public constructor(private readonly _inner: TaskInputReader, private readonly _access: AccessSource) {}

  public async forPerson(person: TaskPerson): Promise<TaskInputResult> {
    const [a, result] = await Promise.all([this._access.currentAccess(), this._inner.forPerson(person)]);
    return { input: readableTaskInput(result.input, a), skipped: result.skipped };
  }

  public async all(): Promise<TaskInputResult> {
    const [a, result] = await Promise.all([this._access.currentAccess(), this._inner.all()]);
    return { input: readableTaskInput(result.input, a), skipped: result.skipped };
  }
}

/** The part of `input` the person may read (references resolved within the input itself). */
export function readableTaskInput(input: TaskInput, a: UserAccess): TaskInput {
  const objectUnit = new Map(input.classifications.map((c) => [c.id, c.ownerUnitId] as const));
  const analysisUnit = new Map(input.analyses.map((x) => [x.id, x.ownerUnitId] as const));
  const riskUnit = new Map(input.risks.map((r) => [r.id, analysisUnit.get(r.analysisId)] as const));
  const read = (unitId: string | undefined): boolean => mayReadUnit(a, unitId);
  return {
    orgUnits: hasAnyRole(a) ? input.orgUnits.slice() : [],
    classifications: input.classifications.filter((c) => read(c.ownerUnitId) || canReadClassificationObject(a, c.ownerUnitId)),
    plans: input.plans.filter((p) => read(objectUnit.get(p.objectId))),
    handovers: canWorkItQueue(a) ? input.handovers.slice() : input.handovers.filter((h) => read(objectUnit.get(h.objectId))),
    analyses: input.analyses.filter((x) => read(x.ownerUnitId)),
    risks: input.risks.filter((r) => read(analysisUnit.get(r.analysisId))),
    actions: input.actions.filter((x) => read(riskUnit.get(x.riskId))),
  };
}
