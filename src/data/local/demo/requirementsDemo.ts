/**
 * Demo data for the requirement catalogue, handlingsplaner and the IT queue in the local preview:
 *
 * - the default catalogue (DEFAULT_CATALOGUE, ≥ 60 requirements with a grundskydd baseline);
 * - a handlingsplan for every approved demo classification object, derived from its profile with
 *   deriveActionPlan and filled in with a realistic mix of self-assessments (uppfyllt, delvis, ej uppfyllt,
 *   ej tillämpligt with a reason, ej bedömd), responsible people and target dates;
 * - the technical requirements of those plans handed over to IT, moved through all four statuses
 *   (överlämnad, accepterad, genomförd, avvisad with a reason).
 *
 * Deterministic: the same objects and clock give the same data. Written through the repositories, so it is stored
 * exactly as the preview's own writes are.
 */
import { effectiveProfile, type ClassificationObject } from '../../../domain/classification';
import {
  DEFAULT_CATALOGUE,
  deriveActionPlan,
  newHandoverItems,
  transitionHandover,
  type ActionPlan,
  type ActionPlanEntry,
  type HandoverItem,
  type HandoverStatus,
  type Requirement,
} from '../../../domain/requirements';
import type { Person } from '../../../domain/shared/Person';
import type { Versioned } from '../../../domain/shared/Versioned';
import type { ActionPlanRepository } from '../../ports/ActionPlanRepository';
import type { HandoverRepository } from '../../ports/HandoverRepository';
import type { RequirementCatalogueRepository } from '../../ports/RequirementCatalogueRepository';
import type { LocalWriteContext } from '../LocalWriteContext';
import { demoPerson } from './demoPerson';

export interface RequirementsDemoRepositories {
  requirements: RequirementCatalogueRepository;
  actionPlans: ActionPlanRepository;
  handovers: HandoverRepository;
}

/** The IT unit's people in the demo (they accept, complete and reject handed-over requirements). */
export const DEMO_IT_PEOPLE: readonly Person[] = [demoPerson('Ali Haddadi'), demoPerson('Petra Holmgren')];

const RESPONSIBLES: readonly Person[] = [demoPerson('Karin Ek'), demoPerson('Johan Berg'), demoPerson('Lena Sjöberg'), demoPerson('Ali Haddadi')];

const HOW_MET = [
  'Rutinen är beslutad och finns i ledningssystemet; följs upp vid årlig egenkontroll.',
  'Hanteras i leverantörsavtalet och följs upp på kvartalsvisa avtalsmöten.',
  'Införd i systemet och verifierad vid senaste driftsättningen.',
  'Ingår i introduktionen för nyanställda och i den årliga utbildningen.',
];
const HOW_PARTLY = [
  'Rutin finns men är inte dokumenterad; dokumentation påbörjad.',
  'Gäller för huvudsystemet men ännu inte för integrationerna.',
];
const HOW_PLANNED = ['Åtgärd planerad i nästa versionsuppgradering.', 'Upphandling av stöd pågår.'];
const NOT_APPLICABLE_REASON = 'Objektet hanterar inte den typen av information; bedömt tillsammans med informationssäkerhetssamordnaren.';

/** `YYYY-MM-DD` `months` months after `now` (first of the month, so it always exists). */
function monthsAhead(now: Date, months: number): string {
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, 1));
  return date.toISOString().slice(0, 10);
}

/** A filled-in entry: the pattern depends on the position so that every plan shows every status. */
function assess(entry: ActionPlanEntry, index: number, now: Date): ActionPlanEntry {
  const responsible = RESPONSIBLES[index % RESPONSIBLES.length];
  switch (index % 7) {
    case 0:
    case 1:
      return { ...entry, status: 'uppfyllt', how: HOW_MET[index % HOW_MET.length], responsible };
    case 2:
      return { ...entry, status: 'delvis', how: HOW_PARTLY[index % HOW_PARTLY.length], responsible, targetDate: monthsAhead(now, 3 + (index % 4)) };
    case 3:
      return { ...entry, status: 'ejUppfyllt', how: HOW_PLANNED[index % HOW_PLANNED.length], responsible, targetDate: monthsAhead(now, 6 + (index % 6)) };
    case 4:
      return { ...entry, status: 'ejTillampligt', reason: NOT_APPLICABLE_REASON };
    default:
      return entry;
  }
}

/** Objects that have (had) an approved version get a handlingsplan. */
export function hasApprovedVersion(object: ClassificationObject): boolean {
  return object.status === 'approved' || object.approvedAt !== null;
}

/** The demo plan of one object: derived from its profile, then filled in. */
export function demoActionPlan(catalogue: readonly Requirement[], object: ClassificationObject, now: Date): ActionPlan {
  const { plan } = deriveActionPlan(catalogue, effectiveProfile(object), null, now.toISOString());
  return { ...plan, entries: plan.entries.map((entry, index) => assess(entry, index, now)) };
}

const STATUS_CYCLE: readonly HandoverStatus[] = ['overlamnad', 'accepterad', 'genomford', 'avvisad'];
const REJECTION_REASON = 'Kravet uppfylls redan av den centrala plattformen (gemensam inloggning); ingen åtgärd i systemet.';

/** Moves a freshly handed-over item to `target` through the allowed transitions. */
function moveTo(item: HandoverItem, target: HandoverStatus, by: Person, at: (step: number) => string): HandoverItem {
  const path: HandoverStatus[] = target === 'accepterad' ? ['accepterad'] : target === 'genomford' ? ['accepterad', 'genomford'] : target === 'avvisad' ? ['avvisad'] : [];
  let current = item;
  path.forEach((status, step) => {
    const result = transitionHandover(current, status, by, at(step + 1), status === 'avvisad' ? REJECTION_REASON : '');
    if (!result.ok) throw new Error(`Demo handover: cannot move ${current.requirementCode} to ${status}`);
    current = result.item;
  });
  return current;
}

/**
 * Writes the demo catalogue, plans and handovers. `objects` are the stored classification objects (with their
 * ids); plans are made for those with an approved version. Replaces the catalogue; adds plans and queue items.
 */
export async function writeRequirementsDemo(
  repositories: RequirementsDemoRepositories,
  objects: readonly (ClassificationObject & Pick<Versioned, 'id'>)[],
  context: LocalWriteContext,
): Promise<void> {
  const catalogue = await repositories.requirements.replaceAll(DEFAULT_CATALOGUE);
  const now = context.now();
  const handedOverBy = context.currentUser();
  let queued = 0;
  for (const object of objects.filter(hasApprovedVersion)) {
    const plan = demoActionPlan(catalogue, object, now);
    await repositories.actionPlans.savePlan(object.id, plan);
    const handedOverAt = new Date(now.getTime() - 20 * 24 * 3600 * 1000);
    const items = newHandoverItems(object.id, plan, catalogue, [], handedOverBy, handedOverAt.toISOString());
    for (const item of items) {
      const target = STATUS_CYCLE[queued % STATUS_CYCLE.length];
      const by = DEMO_IT_PEOPLE[queued % DEMO_IT_PEOPLE.length];
      const moved = moveTo(item, target, by, (step) => new Date(handedOverAt.getTime() + step * 3 * 24 * 3600 * 1000).toISOString());
      await repositories.handovers.create(moved);
      queued += 1;
    }
  }
}
