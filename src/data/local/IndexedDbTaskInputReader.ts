import { isActionOpen } from '../../domain/risk/overdue';
import type { TaskPerson } from '../../domain/tasks';
import type { TaskInputReader, TaskInputResult } from '../ports/TaskInputReader';
import { taskInputForPerson } from '../../domain/tasks/taskInputForPerson';
import { plansFromEntries } from '../taskInputPlans';
import type { LisPreviewDatabase } from './database';
import { IndexedDbActionPlanRepository } from './IndexedDbActionPlanRepository';
import { IndexedDbClassificationRepository } from './IndexedDbClassificationRepository';
import { IndexedDbHandoverRepository } from './IndexedDbHandoverRepository';
import { IndexedDbOrgUnitRepository } from './IndexedDbOrgUnitRepository';
import { IndexedDbRiskActionRepository } from './IndexedDbRiskActionRepository';
import { IndexedDbRiskAnalysisRepository } from './IndexedDbRiskAnalysisRepository';
import { IndexedDbRiskRepository } from './IndexedDbRiskRepository';
import type { LocalWriteContext } from './LocalWriteContext';

/**
 * What task derivation reads, from the preview's IndexedDB through the local repositories (rows that cannot be read
 * are counted in `skipped`). `all()` keeps only open work (current handlingsplan rows, open handovers and risk
 * actions), like the SharePoint reader's filtered queries; `forPerson` reads the same and keeps the person's slice
 * (taskInputForPerson), which is what SharePointTaskInputReader loads with its filtered queries. The preview's store
 * is small, so reading it whole is cheaper than being clever.
 */
export class IndexedDbTaskInputReader implements TaskInputReader {
  private readonly _db: LisPreviewDatabase;
  private readonly _context: LocalWriteContext;

  public constructor(db: LisPreviewDatabase, context: LocalWriteContext) {
    this._db = db;
    this._context = context;
  }

  public async forPerson(person: TaskPerson): Promise<TaskInputResult> {
    const { input, skipped } = await this.all();
    return { input: taskInputForPerson(input, person), skipped };
  }

  public async all(): Promise<TaskInputResult> {
    const db = this._db;
    const context = this._context;
    const [units, classifications, handovers, analyses, risks, actions] = await Promise.all([
      new IndexedDbOrgUnitRepository(db, context).list(),
      new IndexedDbClassificationRepository(db, context).list(),
      new IndexedDbHandoverRepository(db, context).list(),
      new IndexedDbRiskAnalysisRepository(db, context).list(),
      new IndexedDbRiskRepository(db, context).list(),
      new IndexedDbRiskActionRepository(db, context).list(),
    ]);
    const planRepository = new IndexedDbActionPlanRepository(db, context);
    const storedPlans = await Promise.all(classifications.items.map((c) => planRepository.getPlan(c.id)));
    const rows = storedPlans.flatMap((plan) => plan.entries.map((entry) => ({ objectId: plan.objectId, entry })));
    const skipped =
      units.broken.length +
      classifications.broken.length +
      storedPlans.reduce((sum, plan) => sum + plan.broken.length, 0) +
      handovers.broken.length +
      analyses.broken.length +
      risks.broken.length +
      actions.broken.length;
    return {
      input: {
        orgUnits: units.units,
        classifications: classifications.items,
        plans: plansFromEntries(rows),
        handovers: handovers.items.filter((h) => h.status === 'overlamnad' || h.status === 'accepterad'),
        analyses: analyses.items,
        risks: risks.items,
        actions: actions.items.filter(isActionOpen),
      },
      skipped,
    };
  }
}
