/**
 * The part of a TaskInput that can concern one person: exactly what SharePointTaskInputReader.forPerson loads with
 * its filtered queries (all org units; the person's handlingsplan rows and risk actions; the open IT queue for IT
 * staff; classifications and analyses of the units they represent or referenced by their rows, handovers and actions;
 * the risks of their actions). The local reader uses it so both adapters give the same slice.
 */
import { isSamePerson, representedUnitIds } from './personMatch';
import type { TaskInput, TaskPerson } from './TaskInput';

export function taskInputForPerson(input: TaskInput, person: TaskPerson): TaskInput {
  const units = representedUnitIds(input.orgUnits, person);
  const plans = input.plans
    .map((p) => ({ objectId: p.objectId, plan: { ...p.plan, entries: p.plan.entries.filter((e) => isSamePerson(e.responsible, person)) } }))
    .filter((p) => p.plan.entries.length > 0);
  const handovers = person.isItStaff ? input.handovers.slice() : [];
  const actions = input.actions.filter((a) => isSamePerson(a.responsible, person));
  const objectIds = new Set([...plans.map((p) => p.objectId), ...handovers.map((h) => h.objectId)]);
  const riskIds = new Set(actions.map((a) => a.riskId));
  const risks = input.risks.filter((r) => riskIds.has(r.id));
  const analysisIds = new Set(risks.map((r) => r.analysisId));
  return {
    orgUnits: input.orgUnits.slice(),
    classifications: input.classifications.filter((c) => units.has(c.ownerUnitId) || objectIds.has(c.id)),
    plans,
    handovers,
    analyses: input.analyses.filter((a) => units.has(a.ownerUnitId) || analysisIds.has(a.id)),
    risks,
    actions,
  };
}
