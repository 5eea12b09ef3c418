/**
 * Shared fixtures of the access tests: the demo store opened twice on one fake IndexedDB, once unrestricted (`raw`,
 * the truth) and once with the permission model enforced for whoever `actAs` made the acting user, plus every
 * write the model covers as named attempts against one unit's data ("own" = Karin Ek's water utility, "other" =
 * Grundskoleavdelningen and Vård- och omsorgskontoret).
 */
import { openLocalStore, type LocalStore } from '../../../src/data/local';
import { DEMO_UNIT_EDITOR_UNITS } from '../../../src/data/local/demo/demoPeople';
import { DEMO_USER } from '../../../src/data/local/demo/demoPerson';
import { emptyClassificationObject } from '../../../src/domain/classification';
import { toDraft } from '../../../src/domain/organisation';
import type { Person } from '../../../src/domain/shared/Person';
import { freshIndexedDb, testContext } from './helpers';

export interface AccessWorld {
  raw: LocalStore;
  store: LocalStore;
  actAs(person: Person): void;
  close(): void;
  unitId(name: string): string;
}

export async function openAccessWorld(): Promise<AccessWorld> {
  const factory = freshIndexedDb();
  const clock = testContext();
  let acting: Person = DEMO_USER;
  const currentUser = (): Person => acting;
  const raw = await openLocalStore({ now: clock.now, currentUser, indexedDB: factory });
  const store = await openLocalStore({ now: clock.now, currentUser, indexedDB: factory, enforceAccess: true });
  const units = (await raw.orgUnits.list()).units;
  // The reminder log holds one entry, so that "only coordinators read it" is observable.
  await raw.reminderLog.record({ key: 'demo-1', status: 'sent', recipient: 'karin.ek@norrkoping.example', subject: 'Påminnelse', at: clock.now().toISOString(), reminderKeys: ['k1'] });
  return {
    raw,
    store,
    actAs: (person) => {
      acting = person;
    },
    close: () => {
      store.close();
      raw.close();
    },
    unitId: (name) => {
      const unit = units.filter((u) => u.name === name && u.active)[0];
      if (!unit) throw new Error(`no demo unit ${name}`);
      return unit.id;
    },
  };
}

/** Karin Ek's units (the water utility and its board). */
export function karinUnitIds(world: AccessWorld): Set<string> {
  return new Set(DEMO_UNIT_EDITOR_UNITS.karin.map(world.unitId));
}

function strip<T extends { id: string; etag: string; modified: string; modifiedBy: string }>(stored: T): Omit<T, 'id' | 'etag' | 'modified' | 'modifiedBy'> {
  const { id, etag, modified, modifiedBy, ...rest } = stored;
  void id, void etag, void modified, void modifiedBy;
  return rest;
}

/** One unit's data as the targets of writes: a classification with a handlingsplan and handovers, and a risk analysis. */
export interface UnitTargets {
  unitId: string;
  objectId: string;
  analysisId: string;
}

export async function targetsOf(world: AccessWorld, objectUnit: string, analysisUnit: string): Promise<UnitTargets> {
  const unitId = world.unitId(objectUnit);
  const object = (await world.raw.classifications.list()).items.filter((o) => o.ownerUnitId === unitId && o.status === 'approved')[0];
  const analysis = (await world.raw.riskAnalyses.list({ ownerUnitId: world.unitId(analysisUnit) })).items[0];
  if (!object || !analysis) throw new Error(`demo lacks data of ${objectUnit} / ${analysisUnit}`);
  return { unitId, objectId: object.id, analysisId: analysis.id };
}

let counter = 0;

/** Every write on one unit's data, each reading the current etag from the unrestricted store first. */
export function unitWrites(world: AccessWorld, t: UnitTargets): Record<string, () => Promise<unknown>> {
  const { raw, store } = world;
  const firstRisk = async () => (await raw.risks.list({ analysisId: t.analysisId })).items[0];
  const firstAction = async () => (await raw.riskActions.list({ analysisId: t.analysisId })).items[0];
  const firstHandover = async () => (await raw.handovers.list({ objectId: t.objectId })).items[0];
  return {
    'classification.create': async () => store.classifications.create({ ...emptyClassificationObject(t.unitId), name: `Nytt objekt ${++counter}` }),
    'classification.update': async () => {
      const fresh = await raw.classifications.get(t.objectId);
      return store.classifications.update(fresh.id, fresh.etag, { ...strip(fresh), description: `ändrad ${++counter}` });
    },
    'classification.move': async () => {
      // A fresh object, so that a move that is allowed leaves the demo objects where they were.
      const fresh = await raw.classifications.create({ ...emptyClassificationObject(t.unitId), name: `Flyttas ${++counter}` });
      return store.classifications.update(fresh.id, fresh.etag, { ...strip(fresh), ownerUnitId: world.unitId('Socialkontoret') });
    },
    'classification.addVersion': async () => {
      const fresh = await raw.classifications.get(t.objectId);
      const version = 100 + ++counter;
      const approvedAt = '2026-03-01T08:00:00.000Z';
      const snapshot = { ...strip(fresh), version, status: 'approved' as const, approvedBy: { ...DEMO_USER }, approvedAt };
      return store.classifications.addVersion({ objectId: fresh.id, version, snapshot, approvedBy: { ...DEMO_USER }, approvedAt });
    },
    'actionPlan.updateEntry': async () => {
      const entry = (await raw.actionPlans.getPlan(t.objectId)).entries[0];
      const { requirementCode, status, reason, responsible, targetDate } = entry;
      return store.actionPlans.updateEntry(t.objectId, { requirementCode, status, reason, how: `så här ${++counter}`, responsible, targetDate }, entry.etag);
    },
    'actionPlan.savePlan': async () => {
      const plan = await raw.actionPlans.getPlan(t.objectId);
      return store.actionPlans.savePlan(t.objectId, { entries: plan.entries, retired: plan.retired });
    },
    'handover.create': async () => store.handovers.create({ objectId: t.objectId, requirementCode: `T.${++counter}`, status: 'overlamnad', reason: '', history: [] }),
    'handover.update': async () => {
      const fresh = await firstHandover();
      return store.handovers.update(fresh.id, fresh.etag, { ...strip(fresh), reason: `noterat ${++counter}` });
    },
    'riskAnalysis.create': async () => {
      const fresh = await raw.riskAnalyses.get(t.analysisId);
      return store.riskAnalyses.create({ ...strip(fresh), name: `Ny analys ${++counter}` });
    },
    'riskAnalysis.update': async () => {
      const fresh = await raw.riskAnalyses.get(t.analysisId);
      return store.riskAnalyses.update(fresh.id, fresh.etag, { ...strip(fresh), scope: `ändrad ${++counter}` });
    },
    'risk.create': async () => {
      const { ownerUnitId, ...risk } = strip(await firstRisk());
      void ownerUnitId;
      return store.risks.create({ ...risk, event: `ny händelse ${++counter}` });
    },
    'risk.update': async () => {
      const fresh = await firstRisk();
      const { ownerUnitId, ...risk } = strip(fresh);
      void ownerUnitId;
      return store.risks.update(fresh.id, fresh.etag, { ...risk, existingMeasures: `ändrad ${++counter}` });
    },
    'riskAction.create': async () => {
      const { analysisId, ...action } = strip(await firstAction());
      void analysisId;
      return store.riskActions.create({ ...action, description: `ny åtgärd ${++counter}` });
    },
    'riskAction.update': async () => {
      const fresh = await firstAction();
      const { analysisId, ...action } = strip(fresh);
      void analysisId;
      return store.riskActions.update(fresh.id, fresh.etag, { ...action, description: `ändrad ${++counter}` });
    },
  };
}

/** Every write on reference data and the reminder log (coordinators only). */
export function coordinatorWrites(world: AccessWorld): Record<string, () => Promise<unknown>> {
  const { raw, store } = world;
  return {
    'orgUnit.create': async () => {
      const ks = await raw.orgUnits.get(world.unitId('Kommunstyrelsen'));
      return store.orgUnits.create({ ...toDraft(ks), parentId: ks.id, name: `Testenhet ${++counter}` });
    },
    'orgUnit.update': async () => {
      const unit = await raw.orgUnits.get(world.unitId('Valnämnden'));
      return store.orgUnits.update(unit.id, unit.etag, toDraft(unit));
    },
    'requirement.save': async () => {
      const first = (await raw.requirements.list()).items[0];
      return store.requirements.save(strip(first), first.etag);
    },
    'requirement.replaceAll': async () => store.requirements.replaceAll((await raw.requirements.list()).items.map(strip)),
    'riskMatrix.addVersion': async () => {
      const latest = await raw.riskMatrices.latest();
      if (!latest) throw new Error('no matrix');
      return store.riskMatrices.addVersion({ ...strip(latest), version: latest.version + 1 });
    },
    'sharedType.create': async () => {
      const first = (await raw.sharedInformationTypes.list()).items[0];
      const { id, etag, modified, modifiedBy, ...draft } = first;
      void id, void etag, void modified, void modifiedBy;
      return store.sharedInformationTypes.create({ ...draft, name: `Ny typ ${++counter}` });
    },
    'sharedType.update': async () => {
      const first = (await raw.sharedInformationTypes.list()).items[0];
      const { id, etag, modified, modifiedBy, ...draft } = first;
      void modified, void modifiedBy;
      return store.sharedInformationTypes.update(id, etag, draft);
    },
    'reminderLog.record': async () =>
      store.reminderLog.record({ key: `test-${++counter}`, status: 'sent', recipient: 'a@norrkoping.example', subject: 'x', at: '2026-03-01T08:00:00.000Z', reminderKeys: [] }),
  };
}

/** Runs each attempt; the names that succeeded and how each one failed (error class name). */
export async function outcomes(attempts: Record<string, () => Promise<unknown>>): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(attempts)) {
    try {
      await attempts[name]();
      out[name] = 'ok';
    } catch (error) {
      out[name] = error instanceof Error ? error.name : String(error);
    }
  }
  return out;
}

/** `{ name: value }` for every name. */
export function all(names: readonly string[], value: string): Record<string, string> {
  return Object.fromEntries(names.map((n) => [n, value]));
}
