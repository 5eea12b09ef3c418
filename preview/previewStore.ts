/**
 * The preview's data: the local IndexedDB store (src/data/local), seeded with the demo register on first open.
 * Hosts build services; the UI never imports an adapter.
 */
import { generateLargeRegister, openLocalStore, type LocalStore } from '../src/data/local';
import type { Person } from '../src/domain/shared/Person';

export type PreviewStore = Pick<LocalStore, 'orgUnits' | 'classifications' | 'sharedInformationTypes' | 'resetDemoData'> &
  Pick<LocalStore, 'taskInputs' | 'reminderLog' | 'outbox' | 'people'> &
  Pick<LocalStore, 'requirements' | 'actionPlans' | 'handovers'> &
  Pick<LocalStore, 'riskMatrices' | 'riskAnalyses' | 'risks' | 'riskActions'> &
  Pick<LocalStore, 'access' | 'permissionAdmin' | 'itemHistory'> & {
  /** Replaces everything with `count` generated units (benchmarks: `?seed=5000`). */
  seedLarge(count: number): Promise<void>;
};

/**
 * `currentUser` is read on every read and write: the audit fields and the access the store enforces (the permission
 * model, as SharePoint would apply it) follow the preview's user switch.
 */
export async function openPreviewStore(currentUser: () => Person, onVersionChange?: () => void): Promise<PreviewStore> {
  const store = await openLocalStore({ now: () => new Date(), currentUser, onVersionChange, enforceAccess: true });
  return {
    orgUnits: store.orgUnits,
    requirements: store.requirements,
    actionPlans: store.actionPlans,
    handovers: store.handovers,
    riskMatrices: store.riskMatrices,
    riskAnalyses: store.riskAnalyses,
    risks: store.risks,
    riskActions: store.riskActions,
    classifications: store.classifications,
    sharedInformationTypes: store.sharedInformationTypes,
    taskInputs: store.taskInputs,
    reminderLog: store.reminderLog,
    outbox: store.outbox,
    people: store.people,
    access: store.access,
    permissionAdmin: store.permissionAdmin,
    itemHistory: store.itemHistory,
    resetDemoData: () => store.resetDemoData(),
    seedLarge: (count: number) => store.seed(generateLargeRegister(count)),
  };
}
