/**
 * Demo work for "Mina uppgifter" and the reminders (issue 5), written after the other demo data and relative to the
 * store's clock, so that whenever the preview is opened:
 *
 * - the preview's user (DEMO_USER) represents Krisledningsnämnden and is responsible for handlingsplan rows that are
 *   försenad, snart and kommande;
 * - Karin Ek and Johan Berg (responsible people of the plans) have rows in all three states as well;
 * - Gustav Okänd, on the reserved `.invalid` domain, represents Valnämnden and has an overdue row: his reminder
 *   comes back "unresolved" from the preview's outbox.
 *
 * Rows are taken from the stored plans in order (only rows being worked on: delvis / ej uppfyllt) and updated through
 * the repository. Units or rows that are missing (another seed) are skipped.
 */
import type { Person } from '../../../domain/shared/Person';
import type { ActionPlanRepository } from '../../ports/ActionPlanRepository';
import type { ClassificationRepository } from '../../ports/ClassificationRepository';
import type { OrgUnitRepository } from '../../ports/OrgUnitRepository';
import { toDraft } from '../../../domain/organisation/OrgUnit';
import type { LocalWriteContext } from '../LocalWriteContext';
import { DEMO_TASK_PEOPLE, DEMO_UNRESOLVED_PERSON } from './demoPeople';
import { DEMO_USER } from './demoPerson';

export interface TasksDemoRepositories {
  orgUnits: OrgUnitRepository;
  classifications: ClassificationRepository;
  actionPlans: ActionPlanRepository;
}

/** Units the demo people represent. */
export const TASKS_DEMO_UNITS = { demoUser: 'Krisledningsnämnden', unresolved: 'Valnämnden' } as const;

const [KARIN, JOHAN] = DEMO_TASK_PEOPLE;

/** Who gets which row, due this many days from now: försenad, snart and kommande for each. */
const ASSIGNMENTS: ReadonlyArray<[Person, number]> = [
  [DEMO_USER, -10],
  [DEMO_USER, 5],
  [DEMO_USER, 45],
  [KARIN, -5],
  [KARIN, 7],
  [KARIN, 60],
  [JOHAN, -3],
  [JOHAN, 10],
  [JOHAN, 75],
  [DEMO_UNRESOLVED_PERSON, -2],
];

function daysFrom(now: Date, days: number): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days)).toISOString().slice(0, 10);
}

async function addRepresentative(repository: OrgUnitRepository, unitName: string, person: Person): Promise<void> {
  const unit = (await repository.list()).units.find((u) => u.name === unitName && u.active);
  if (!unit) return;
  const draft = toDraft(unit);
  await repository.update(unit.id, unit.etag, { ...draft, representatives: [...draft.representatives, { ...person }] });
}

export async function writeTasksDemo(repositories: TasksDemoRepositories, context: LocalWriteContext): Promise<void> {
  const now = context.now();
  await addRepresentative(repositories.orgUnits, TASKS_DEMO_UNITS.demoUser, DEMO_USER);
  await addRepresentative(repositories.orgUnits, TASKS_DEMO_UNITS.unresolved, DEMO_UNRESOLVED_PERSON);
  let next = 0;
  for (const object of (await repositories.classifications.list()).items) {
    if (next >= ASSIGNMENTS.length) break;
    const plan = await repositories.actionPlans.getPlan(object.id);
    for (const entry of plan.entries) {
      if (next >= ASSIGNMENTS.length) break;
      if (entry.status !== 'delvis' && entry.status !== 'ejUppfyllt') continue;
      const [person, days] = ASSIGNMENTS[next++];
      const { etag, requirementCode, status, reason, how } = entry;
      await repositories.actionPlans.updateEntry(object.id, { requirementCode, status, reason, how, responsible: { ...person }, targetDate: daysFrom(now, days) }, etag);
    }
  }
}
