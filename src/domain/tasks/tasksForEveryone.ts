import type { IsoDate } from '../classification/calendarDate';
import { normaliseEmail, type Person } from '../shared/Person';
import { deriveTasks } from './deriveTasks';
import type { Task } from './Task';
import type { ObjectActionPlan, TaskInput, TaskPerson } from './TaskInput';

/** The tasks of one person. */
export interface PersonTaskList {
  person: Person;
  tasks: Task[];
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function add(people: Map<string, TaskPerson>, person: Person | null | undefined, isItStaff: boolean): void {
  const email = person && person.email ? normaliseEmail(person.email) : '';
  if (!email) return;
  const known = people.get(email);
  if (known) {
    if (isItStaff && !known.isItStaff) people.set(email, { ...known, isItStaff: true });
    return;
  }
  people.set(email, { displayName: (person as Person).displayName || email, email: (person as Person).email.trim(), isItStaff });
}

/**
 * Everyone who can have a task in `input`: representatives of units, people responsible for a handlingsplan
 * entry or a risk action, and the IT staff. One entry per e-mail (case-insensitive), in first-seen order.
 */
export function peopleWithWork(input: TaskInput, itStaff: readonly Person[]): TaskPerson[] {
  const people = new Map<string, TaskPerson>();
  itStaff.forEach((p) => add(people, p, true));
  input.orgUnits.forEach((u) => u.representatives.forEach((r) => add(people, r, false)));
  input.plans.forEach((p) => p.plan.entries.forEach((e) => add(people, e.responsible, false)));
  input.actions.forEach((a) => add(people, a.responsible, false));
  return Array.from(people.values());
}

/**
 * The tasks of every person in `people` on `today`, the same as calling deriveTasks per person but in time linear in
 * the data: the input is indexed once by responsible e-mail and owner unit, and each person's sources read only the
 * slice that can concern them (their units' objects and analyses, their own entries and actions, the queue for IT).
 */
export function deriveTasksForEveryone(input: TaskInput, people: readonly TaskPerson[], today: IsoDate): PersonTaskList[] {
  const unitsByRepresentative = new Map<string, string[]>();
  input.orgUnits.forEach((u) => u.representatives.forEach((r) => r.email && push(unitsByRepresentative, normaliseEmail(r.email), u.id)));
  const unitById = new Map(input.orgUnits.map((u) => [u.id, u] as const));
  const classificationById = new Map(input.classifications.map((c) => [c.id, c] as const));
  const classificationsByUnit = new Map<string, TaskInput['classifications'][number][]>();
  input.classifications.forEach((c) => push(classificationsByUnit, c.ownerUnitId, c));
  const analysisById = new Map(input.analyses.map((a) => [a.id, a] as const));
  const analysesByUnit = new Map<string, TaskInput['analyses'][number][]>();
  input.analyses.forEach((a) => push(analysesByUnit, a.ownerUnitId, a));
  const riskById = new Map(input.risks.map((r) => [r.id, r] as const));

  const plansByResponsible = new Map<string, ObjectActionPlan[]>();
  for (const objectPlan of input.plans) {
    const emails = new Set(objectPlan.plan.entries.map((e) => (e.responsible && e.responsible.email ? normaliseEmail(e.responsible.email) : '')));
    emails.forEach((email) => email && push(plansByResponsible, email, objectPlan));
  }
  const actionsByResponsible = new Map<string, TaskInput['actions'][number][]>();
  input.actions.forEach((a) => a.responsible && a.responsible.email && push(actionsByResponsible, normaliseEmail(a.responsible.email), a));

  return people.map((person) => {
    const email = normaliseEmail(person.email);
    const unitIds = unitsByRepresentative.get(email) ?? [];
    const plans = plansByResponsible.get(email) ?? [];
    const actions = actionsByResponsible.get(email) ?? [];
    const classifications = new Map<string, TaskInput['classifications'][number]>();
    unitIds.forEach((id) => (classificationsByUnit.get(id) ?? []).forEach((c) => classifications.set(c.id, c)));
    plans.forEach((p) => {
      const object = classificationById.get(p.objectId);
      if (object) classifications.set(object.id, object);
    });
    if (person.isItStaff) {
      input.handovers.forEach((h) => {
        const object = classificationById.get(h.objectId);
        if (object) classifications.set(object.id, object);
      });
    }
    const analyses = new Map<string, TaskInput['analyses'][number]>();
    unitIds.forEach((id) => (analysesByUnit.get(id) ?? []).forEach((a) => analyses.set(a.id, a)));
    const risks = new Map<string, TaskInput['risks'][number]>();
    actions.forEach((a) => {
      const risk = riskById.get(a.riskId);
      const analysis = risk ? analysisById.get(risk.analysisId) : undefined;
      if (risk) risks.set(risk.id, risk);
      if (analysis) analyses.set(analysis.id, analysis);
    });
    const slice: TaskInput = {
      orgUnits: unitIds.map((id) => unitById.get(id)).filter((u): u is TaskInput['orgUnits'][number] => u !== undefined),
      classifications: Array.from(classifications.values()),
      plans,
      handovers: person.isItStaff ? input.handovers : [],
      analyses: Array.from(analyses.values()),
      risks: Array.from(risks.values()),
      actions,
    };
    return { person: { displayName: person.displayName, email: person.email }, tasks: deriveTasks(slice, person, today) };
  });
}
