/**
 * The local preview's data: an IndexedDB database in the browser that persists across reloads.
 *
 *   import { openLocalStore } from '../src/data/local';
 *
 *   const store = await openLocalStore({ now: () => new Date(), currentUser: () => demoUser });
 *   const services = { orgUnits: store.orgUnits, currentUser: demoUser, now: () => new Date() };
 *   await store.resetDemoData();           // "Återställ demodata": wipe every store, reload the demo register
 *   await store.seed(generateLargeRegister(5000, 1)); // benchmarks / browser tests: replace with another register
 *   store.close();
 *
 * The first open of a brand-new database loads the demo register (norrkopingDemoRegister); later opens keep
 * whatever the user changed. Options: `indexedDB` (a factory; tests pass fake-indexeddb's), `databaseName`,
 * `initialData` (register for a brand-new database; [] for an empty one), `onVersionChange` (another tab
 * upgraded the database and this connection was closed: tell the user to reload).
 */
import type { OrgUnitRepository } from '../ports/OrgUnitRepository';
import { openLocalDatabase, type LisPreviewDatabase } from './database';
import { norrkopingDemoRegister } from './demo/norrkopingDemo';
import { IndexedDbOrgUnitRepository } from './IndexedDbOrgUnitRepository';
import type { LocalWriteContext } from './LocalWriteContext';
import type { SeedOrgUnit } from './seed/SeedOrgUnit';
import { writeSeed } from './seed/writeSeed';
import type { ActionPlanRepository } from '../ports/ActionPlanRepository';
import type { HandoverRepository } from '../ports/HandoverRepository';
import type { RequirementCatalogueRepository } from '../ports/RequirementCatalogueRepository';
import { IndexedDbActionPlanRepository } from './IndexedDbActionPlanRepository';
import { IndexedDbClassificationRepository } from './IndexedDbClassificationRepository';
import { IndexedDbHandoverRepository } from './IndexedDbHandoverRepository';
import { IndexedDbRequirementCatalogueRepository } from './IndexedDbRequirementCatalogueRepository';
import { writeRequirementsDemo } from './demo/requirementsDemo';
import type { ClassificationRepository } from '../ports/ClassificationRepository';
import type { SharedInformationTypeRepository } from '../ports/SharedInformationTypeRepository';
import { IndexedDbSharedInformationTypeRepository } from './IndexedDbSharedInformationTypeRepository';
import { writeClassificationDemo } from './seed/writeClassificationDemo';
import type { RiskMatrixRepository } from '../ports/RiskMatrixRepository';
import type { RiskAnalysisRepository } from '../ports/RiskAnalysisRepository';
import type { RiskRepository } from '../ports/RiskRepository';
import type { RiskActionRepository } from '../ports/RiskActionRepository';
import { IndexedDbRiskMatrixRepository } from './IndexedDbRiskMatrixRepository';
import { IndexedDbRiskAnalysisRepository } from './IndexedDbRiskAnalysisRepository';
import { IndexedDbRiskRepository } from './IndexedDbRiskRepository';
import { IndexedDbRiskActionRepository } from './IndexedDbRiskActionRepository';
import { writeRiskDemo } from './demo/riskDemo';
import type { MailSender } from '../ports/MailSender';
import type { Outbox } from '../ports/Outbox';
import type { PeopleDirectory } from '../ports/PeopleDirectory';
import type { ReminderLog } from '../ports/ReminderLog';
import type { TaskInputReader } from '../ports/TaskInputReader';
import { writeTasksDemo } from './demo/tasksDemo';
import { IndexedDbReminderLog } from './IndexedDbReminderLog';
import { IndexedDbTaskInputReader } from './IndexedDbTaskInputReader';
import { LocalOutbox } from './LocalOutbox';
import { LocalPeopleDirectory } from './LocalPeopleDirectory';
import type { ItemHistory } from '../ports/ItemHistory';
import { withLocalHistory } from './history/withLocalHistory';
import type { AccessReader } from '../ports/AccessReader';
import type { PermissionAdmin } from '../ports/PermissionAdmin';
import { enforceAccess } from './access/enforceAccess';
import { LocalAccessReader } from './access/LocalAccessReader';
import { LocalPermissionAdmin } from './access/LocalPermissionAdmin';

export interface LocalStoreOptions extends LocalWriteContext {
  indexedDB?: IDBFactory;
  databaseName?: string;
  initialData?: readonly SeedOrgUnit[];
  onVersionChange?: () => void;
  /**
   * Issue 6: behave like SharePoint with the permission model for the acting user (`currentUser`): reads give only
   * what they may read, writes outside their rights throw AccessDeniedError (src/data/local/access). The preview
   * turns it on; tests of the repositories leave it off (unrestricted).
   */
  enforceAccess?: boolean;
}

export interface LocalStore {
  orgUnits: OrgUnitRepository;
  classifications: ClassificationRepository;
  sharedInformationTypes: SharedInformationTypeRepository;
  requirements: RequirementCatalogueRepository;
  actionPlans: ActionPlanRepository;
  handovers: HandoverRepository;
  riskMatrices: RiskMatrixRepository;
  riskAnalyses: RiskAnalysisRepository;
  risks: RiskRepository;
  riskActions: RiskActionRepository;
  /** Issue 5: what task derivation reads, the reminder log, the outbox "send" writes to, the demo roles. */
  taskInputs: TaskInputReader;
  reminderLog: ReminderLog;
  outbox: MailSender & Outbox;
  people: PeopleDirectory;
  /** Issue 6: the audit trail of classifications, analyses, risks, actions and org units saved in the preview. */
  itemHistory: ItemHistory;
  /** Issue 6: the acting user's access from the demo roles, and the simulated setup and health check. */
  access: AccessReader;
  permissionAdmin: PermissionAdmin;
  /** Clears every store (the reminder log and the outbox too) and loads the demo register again (ids start over at 1). */
  resetDemoData(): Promise<void>;
  /** Clears every store and loads `units` instead (parent keys resolved to the new ids, in register order). */
  seed(units: readonly SeedOrgUnit[]): Promise<void>;
  /** Closes the database connection. */
  close(): void;
  /** The open database, for diagnostics and tests. */
  readonly db: LisPreviewDatabase;
}

export async function openLocalStore(options: LocalStoreOptions): Promise<LocalStore> {
  const context: LocalWriteContext = { now: options.now, currentUser: options.currentUser };
  const db = await openLocalDatabase({
    indexedDB: options.indexedDB,
    name: options.databaseName,
    onVersionChange: options.onVersionChange,
  });
  const requirementRepositories = {
    requirements: new IndexedDbRequirementCatalogueRepository(db, context),
    actionPlans: new IndexedDbActionPlanRepository(db, context),
    handovers: new IndexedDbHandoverRepository(db, context),
  };
  const riskRepositories = {
    riskMatrices: new IndexedDbRiskMatrixRepository(db, context),
    riskAnalyses: new IndexedDbRiskAnalysisRepository(db, context),
    risks: new IndexedDbRiskRepository(db, context),
    riskActions: new IndexedDbRiskActionRepository(db, context),
  };
  /**
   * Issue 3 data after the register: first the classification demo objects, then the default catalogue and the
   * handlingsplaner and IT queue items of the approved objects (read back from the store, so they get their ids).
   */
  const seedIssue3 = async (units: readonly SeedOrgUnit[]): Promise<void> => {
    await writeClassificationDemo(db, units, context);
    const objects = (await new IndexedDbClassificationRepository(db, context).list()).items;
    await writeRequirementsDemo(requirementRepositories, objects, context);
    // Issue 4: the default risk matrix and the demo risk analyses of the demo units (after the objects they analyse).
    const storedUnits = (await new IndexedDbOrgUnitRepository(db, context).list()).units;
    await writeRiskDemo(riskRepositories, storedUnits, objects, context);
    // Issue 5: work in every state for the demo user and two more people, and a recipient that cannot be resolved.
    await writeTasksDemo(
      { orgUnits: new IndexedDbOrgUnitRepository(db, context), classifications: new IndexedDbClassificationRepository(db, context), actionPlans: requirementRepositories.actionPlans },
      context,
    );
  };
  const initialUnits = options.initialData ?? norrkopingDemoRegister();
  if (await writeSeed(db, initialUnits, context, { onlyIfNew: true })) await seedIssue3(initialUnits);
  const access = new LocalAccessReader(new IndexedDbOrgUnitRepository(db, context), context.currentUser, { cache: options.enforceAccess === true });
  const seed = async (units: readonly SeedOrgUnit[]): Promise<void> => {
    await writeSeed(db, units, context);
    await seedIssue3(units);
    access.invalidate();
  };
  const store: LocalStore = {
    sharedInformationTypes: new IndexedDbSharedInformationTypeRepository(db, context),
    ...requirementRepositories,
    ...riskRepositories,
    ...withLocalHistory(db, context, { orgUnits: new IndexedDbOrgUnitRepository(db, context), classifications: new IndexedDbClassificationRepository(db, context), ...riskRepositories }),
    taskInputs: new IndexedDbTaskInputReader(db, context),
    reminderLog: new IndexedDbReminderLog(db),
    outbox: new LocalOutbox(db, context.now),
    people: new LocalPeopleDirectory(),
    resetDemoData: () => seed(norrkopingDemoRegister()),
    seed,
    close: () => db.close(),
    db,
    access,
    permissionAdmin: new LocalPermissionAdmin(db, access, context.now),
  };
  return options.enforceAccess ? { ...store, ...enforceAccess(store, access, () => access.invalidate()) } : store;
}
