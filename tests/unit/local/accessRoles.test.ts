/** @jest-environment node */
import {
  DEMO_IT_STAFF,
  DEMO_IT_TECHNICIAN,
  DEMO_NO_ROLE_PERSON,
  DEMO_READER,
  DEMO_REGISTER_COORDINATOR,
  DEMO_TASK_PEOPLE,
  DEMO_UNIT_EDITOR_UNITS,
} from '../../../src/data/local/demo/demoPeople';
import { DEMO_USER } from '../../../src/data/local/demo/demoPerson';
import { TASKS_DEMO_UNITS } from '../../../src/data/local/demo/tasksDemo';
import { AccessDeniedError, NotFoundError } from '../../../src/data/ports';
import { hasAnyRole } from '../../../src/domain/access/UserAccess';
import { deriveTasks } from '../../../src/domain/tasks/deriveTasks';
import { toDraft } from '../../../src/domain/organisation';
import type { Person } from '../../../src/domain/shared/Person';
import { all, coordinatorWrites, karinUnitIds, openAccessWorld, outcomes, targetsOf, unitWrites, type AccessWorld, type UnitTargets } from './accessWorld';

const [KARIN, JOHAN] = DEMO_TASK_PEOPLE;

describe('the preview enforces the permission model for the acting user (local store, enforceAccess)', () => {
  let world: AccessWorld;
  let own: UnitTargets;
  let other: UnitTargets;

  beforeAll(async () => {
    world = await openAccessWorld();
    own = await targetsOf(world, 'Norrköpings Vatten och Avfall AB', 'Norrköpings Vatten och Avfall AB');
    other = await targetsOf(world, 'Grundskoleavdelningen', 'Vård- och omsorgskontoret');
  }, 60_000);
  afterAll(() => world.close());

  /** Ids of every unit-scoped read through the enforced store, and the unrestricted truth filtered to `readable`. */
  async function unitReads(readable: (unitId: string) => boolean): Promise<{ seen: Record<string, string[]>; expected: Record<string, string[]> }> {
    const { raw, store } = world;
    const [objects, analyses, risks, actions, handovers] = await Promise.all([
      raw.classifications.list(),
      raw.riskAnalyses.list(),
      raw.risks.list(),
      raw.riskActions.list(),
      raw.handovers.list(),
    ]);
    const objectUnit = new Map(objects.items.map((o) => [o.id, o.ownerUnitId]));
    const analysisUnit = new Map(analyses.items.map((a) => [a.id, a.ownerUnitId]));
    const ids = (items: Array<{ id: string }>): string[] => items.map((i) => i.id).sort();
    const expected = {
      classifications: ids(objects.items.filter((o) => readable(o.ownerUnitId))),
      riskAnalyses: ids(analyses.items.filter((a) => readable(a.ownerUnitId))),
      risks: ids(risks.items.filter((r) => readable(r.ownerUnitId))),
      riskActions: ids(actions.items.filter((a) => readable(analysisUnit.get(a.analysisId) as string))),
      handovers: ids(handovers.items.filter((h) => readable(objectUnit.get(h.objectId) as string))),
    };
    const seen = {
      classifications: ids((await store.classifications.list()).items),
      riskAnalyses: ids((await store.riskAnalyses.list()).items),
      risks: ids((await store.risks.list()).items),
      riskActions: ids((await store.riskActions.list()).items),
      handovers: ids((await store.handovers.list()).items),
    };
    return { seen, expected };
  }

  async function referenceCounts(): Promise<number[]> {
    const { store } = world;
    return [
      (await store.orgUnits.list()).units.length,
      (await store.requirements.list()).items.length,
      (await store.sharedInformationTypes.list()).items.length,
      (await store.riskMatrices.list()).items.length,
    ];
  }

  async function rawReferenceCounts(): Promise<number[]> {
    const { raw } = world;
    return [
      (await raw.orgUnits.list()).units.length,
      (await raw.requirements.list()).items.length,
      (await raw.sharedInformationTypes.list()).items.length,
      (await raw.riskMatrices.list()).items.length,
    ];
  }

  const act = (person: Person): void => world.actAs(person);

  describe('access of each demo person (LocalAccessReader)', () => {
    it('coordinators: the preview user and the register coordinator', async () => {
      for (const person of [DEMO_USER, DEMO_REGISTER_COORDINATOR]) {
        act(person);
        const a = await world.store.access.currentAccess();
        expect([a.coordinator, a.itStaff, a.reader]).toEqual([true, false, false]);
      }
    });

    it('unit editors: their units by name, plus the units the register names them representative of', async () => {
      act(KARIN);
      expect((await world.store.access.currentAccess()).unitIds).toEqual(karinUnitIds(world));
      act(JOHAN);
      expect((await world.store.access.currentAccess()).unitIds).toEqual(new Set(DEMO_UNIT_EDITOR_UNITS.johan.map(world.unitId)));
      act(DEMO_USER);
      expect((await world.store.access.currentAccess()).unitIds).toEqual(new Set([world.unitId(TASKS_DEMO_UNITS.demoUser)]));
    });

    it('IT staff, the reader, and the employee with no role', async () => {
      for (const person of [DEMO_IT_TECHNICIAN, ...DEMO_IT_STAFF]) {
        act(person);
        const a = await world.store.access.currentAccess();
        expect([a.coordinator, a.itStaff, a.reader, a.unitIds.size]).toEqual([false, true, false, 0]);
      }
      act(DEMO_READER);
      const reader = await world.store.access.currentAccess();
      expect([reader.coordinator, reader.itStaff, reader.reader, reader.unitIds.size]).toEqual([false, false, true, 0]);
      act(DEMO_NO_ROLE_PERSON);
      expect(hasAnyRole(await world.store.access.currentAccess())).toBe(false);
    });

    it('a change to the register through the store changes access at once (representatives are unit editors)', async () => {
      act(DEMO_NO_ROLE_PERSON);
      expect(hasAnyRole(await world.store.access.currentAccess())).toBe(false);
      act(DEMO_USER);
      const unit = await world.raw.orgUnits.get(world.unitId('Valnämnden'));
      await world.store.orgUnits.update(unit.id, unit.etag, { ...toDraft(unit), representatives: [...unit.representatives, { ...DEMO_NO_ROLE_PERSON }] });
      act(DEMO_NO_ROLE_PERSON);
      expect((await world.store.access.currentAccess()).unitIds).toEqual(new Set([unit.id]));
      // Put the register back so the other tests see the demo's roles.
      act(DEMO_USER);
      const changed = await world.raw.orgUnits.get(unit.id);
      await world.store.orgUnits.update(changed.id, changed.etag, toDraft(unit));
      act(DEMO_NO_ROLE_PERSON);
      expect(hasAnyRole(await world.store.access.currentAccess())).toBe(false);
    });
  });

  describe('coordinator', () => {
    beforeEach(() => act(DEMO_USER));

    it('reads everything, the reminder log included', async () => {
      const { seen, expected } = await unitReads(() => true);
      expect(seen).toEqual(expected);
      expect(seen.classifications.length).toBeGreaterThan(5);
      expect(await referenceCounts()).toEqual(await rawReferenceCounts());
      expect((await world.store.reminderLog.recent(10)).map((e) => e.key)).toEqual(['demo-1']);
    });

    it('changes every unit\u2019s data and the reference data', async () => {
      const names = [...Object.keys(unitWrites(world, own)), ...Object.keys(coordinatorWrites(world))];
      const result = { ...(await outcomes(unitWrites(world, own))), ...(await outcomes(coordinatorWrites(world))) };
      expect(result).toEqual(all(names, 'ok'));
      const others = await outcomes(unitWrites(world, other));
      expect(others).toEqual(all(Object.keys(others), 'ok'));
    });
  });

  describe('unit editor (Karin Ek: Norrköpings Vatten och Avfall AB and its board)', () => {
    beforeEach(() => act(KARIN));

    it('reads her units\u2019 data only; the reference data; not the reminder log', async () => {
      const mine = karinUnitIds(world);
      const { seen, expected } = await unitReads((id) => mine.has(id));
      expect(seen).toEqual(expected);
      expect(seen.classifications.length).toBeGreaterThan(0);
      expect(seen.riskAnalyses.length).toBeGreaterThan(0);
      expect(seen.handovers.length).toBeGreaterThan(0);
      expect(await referenceCounts()).toEqual(await rawReferenceCounts());
      expect(await world.store.reminderLog.recent(10)).toEqual([]);
      expect(await world.store.reminderLog.has('demo-1')).toBe(false);
    });

    it('another unit\u2019s single items read as not found', async () => {
      await expect(world.store.classifications.get(other.objectId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(world.store.classifications.listVersions(other.objectId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(world.store.actionPlans.getPlan(other.objectId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(world.store.riskAnalyses.get(other.analysisId)).rejects.toBeInstanceOf(NotFoundError);
      const otherRisk = (await world.raw.risks.list({ analysisId: other.analysisId })).items[0];
      await expect(world.store.risks.get(otherRisk.id)).rejects.toBeInstanceOf(NotFoundError);
      expect((await world.store.classifications.get(own.objectId)).id).toBe(own.objectId);
      expect((await world.store.actionPlans.getPlan(own.objectId)).entries.length).toBeGreaterThan(0);
    });

    it('changes her units\u2019 data; every write on another unit, the reference data or the log is denied', async () => {
      const mine = await outcomes(unitWrites(world, own));
      // Moving her object to a unit she does not edit would hand it to them: denied.
      expect(mine).toEqual({ ...all(Object.keys(mine), 'ok'), 'classification.move': 'AccessDeniedError' });
      const theirs = await outcomes(unitWrites(world, other));
      expect(theirs).toEqual(all(Object.keys(theirs), 'AccessDeniedError'));
      const reference = await outcomes(coordinatorWrites(world));
      expect(reference).toEqual(all(Object.keys(reference), 'AccessDeniedError'));
    });

    it('her tasks and the task inputs are her units\u2019 slice', async () => {
      const mine = karinUnitIds(world);
      const person = { ...KARIN, isItStaff: false };
      const { input } = await world.store.taskInputs.forPerson(person);
      const raw = (await world.raw.taskInputs.forPerson(person)).input;
      expect(input.plans.length).toBeGreaterThan(0);
      expect(raw.plans.length).toBeGreaterThan(input.plans.length);
      const objectUnit = new Map(raw.classifications.map((c) => [c.id, c.ownerUnitId]));
      expect(input.plans.every((p) => mine.has(objectUnit.get(p.objectId) as string))).toBe(true);
      expect(input.plans).toEqual(raw.plans.filter((p) => mine.has(objectUnit.get(p.objectId) as string)));
      // "Mina uppgifter" still has work for her (the browser test of the user switch relies on it), fewer than unrestricted.
      const today = '2026-03-01';
      const tasks = deriveTasks(input, person, today);
      expect(tasks.length).toBeGreaterThan(0);
      expect(tasks.length).toBeLessThan(deriveTasks(raw, person, today).length);
      const everything = (await world.store.taskInputs.all()).input;
      expect(everything.classifications.every((c) => mine.has(c.ownerUnitId))).toBe(true);
      expect(everything.analyses.every((a) => mine.has(a.ownerUnitId))).toBe(true);
      expect(everything.analyses.length).toBeGreaterThan(0);
    });
  });

  it('another unit editor (Johan Berg) sees his units and not Karin\u2019s', async () => {
    act(JOHAN);
    const his = new Set(DEMO_UNIT_EDITOR_UNITS.johan.map(world.unitId));
    const { seen, expected } = await unitReads((id) => his.has(id));
    expect(seen).toEqual(expected);
    expect(seen.classifications.length).toBeGreaterThan(0);
    await expect(world.store.classifications.get(own.objectId)).rejects.toBeInstanceOf(NotFoundError);
    const denied = await outcomes(unitWrites(world, own));
    expect(denied).toEqual(all(Object.keys(denied), 'AccessDeniedError'));
  });

  describe('IT unit (Ivar IT-tekniker)', () => {
    beforeEach(() => act(DEMO_IT_TECHNICIAN));

    it('reads the reference data, the whole IT queue and every classification object, but no unit\u2019s other data', async () => {
      const { seen } = await unitReads(() => false);
      const objects = (await world.raw.classifications.list()).items;
      expect(seen.classifications).toEqual(objects.map((o) => o.id).sort());
      expect((await world.store.classifications.get(own.objectId)).id).toBe(own.objectId);
      await expect(world.store.classifications.listVersions(own.objectId)).rejects.toBeInstanceOf(NotFoundError);
      expect(seen.riskAnalyses).toEqual([]);
      expect(seen.risks).toEqual([]);
      expect(seen.riskActions).toEqual([]);
      expect(seen.handovers).toEqual((await world.raw.handovers.list()).items.map((h) => h.id).sort());
      expect(seen.handovers.length).toBeGreaterThan(0);
      expect(await referenceCounts()).toEqual(await rawReferenceCounts());
      await expect(world.store.actionPlans.getPlan(own.objectId)).rejects.toBeInstanceOf(NotFoundError);
      expect(await world.store.reminderLog.recent(10)).toEqual([]);
    });

    it('moves any unit\u2019s handovers along the queue; everything else is denied', async () => {
      for (const t of [own, other]) {
        const result = await outcomes(unitWrites(world, t));
        expect(result).toEqual({ ...all(Object.keys(result), 'AccessDeniedError'), 'handover.update': 'ok' });
      }
      const reference = await outcomes(coordinatorWrites(world));
      expect(reference).toEqual(all(Object.keys(reference), 'AccessDeniedError'));
    });

    it('the task inputs hold the open queue and the classification objects, no other unit data; "Mina uppgifter" has IT work', async () => {
      const { input } = await world.store.taskInputs.all();
      const raw = (await world.raw.taskInputs.all()).input;
      expect(input.handovers.length).toBe(raw.handovers.length);
      expect(input.classifications.map((c) => c.id).sort()).toEqual(raw.classifications.map((c) => c.id).sort());
      expect(input.plans).toEqual([]);
      expect(input.analyses).toEqual([]);
      const person = { ...DEMO_IT_TECHNICIAN, isItStaff: true };
      const tasks = deriveTasks((await world.store.taskInputs.forPerson(person)).input, person, '2026-03-01');
      expect(tasks.length).toBeGreaterThan(0);
      expect(tasks.every((t) => t.kind === 'itOverlamning')).toBe(true);
    });
  });

  describe('reader (Kerstin Läsare, kommunstyrelsens ordförande)', () => {
    beforeEach(() => act(DEMO_READER));

    it('reads every unit\u2019s data and the reference data, but not the reminder log', async () => {
      const { seen, expected } = await unitReads(() => true);
      expect(seen).toEqual(expected);
      expect(await referenceCounts()).toEqual(await rawReferenceCounts());
      expect((await world.store.actionPlans.getPlan(other.objectId)).entries.length).toBeGreaterThan(0);
      expect(await world.store.reminderLog.recent(10)).toEqual([]);
      expect((await world.store.taskInputs.all()).input.classifications.length).toBe((await world.raw.taskInputs.all()).input.classifications.length);
    });

    it('every write is denied', async () => {
      const result = { ...(await outcomes(unitWrites(world, own))), ...(await outcomes(unitWrites(world, other))), ...(await outcomes(coordinatorWrites(world))) };
      expect(Object.keys(result).length).toBeGreaterThan(20);
      expect(result).toEqual(all(Object.keys(result), 'AccessDeniedError'));
    });
  });

  it('an item\u2019s change history is readable exactly when the item is', async () => {
    const otherRisk = (await world.raw.risks.list({ analysisId: other.analysisId })).items[0];
    const ownAction = (await world.raw.riskActions.list({ analysisId: own.analysisId })).items[0];
    const ksId = world.unitId('Kommunstyrelsen');
    const attempts = (): Record<string, () => Promise<unknown>> => ({
      ownObject: () => world.store.itemHistory.history('classification', own.objectId),
      otherObject: () => world.store.itemHistory.history('classification', other.objectId),
      otherAnalysis: () => world.store.itemHistory.history('riskAnalysis', other.analysisId),
      otherRisk: () => world.store.itemHistory.history('risk', otherRisk.id),
      ownAction: () => world.store.itemHistory.history('riskAction', ownAction.id),
      unit: () => world.store.itemHistory.history('orgUnit', ksId),
    });
    act(KARIN);
    expect(await outcomes(attempts())).toEqual({ ownObject: 'ok', otherObject: 'NotFoundError', otherAnalysis: 'NotFoundError', otherRisk: 'NotFoundError', ownAction: 'ok', unit: 'ok' });
    act(DEMO_READER);
    expect(await outcomes(attempts())).toEqual(all(Object.keys(attempts()), 'ok'));
    act(DEMO_NO_ROLE_PERSON);
    expect(await outcomes(attempts())).toEqual(all(Object.keys(attempts()), 'NotFoundError'));
  });

  describe('employee with no LIS role (Elin Medarbetare)', () => {
    beforeEach(() => act(DEMO_NO_ROLE_PERSON));

    it('reads nothing', async () => {
      const { seen } = await unitReads(() => false);
      expect(seen).toEqual({ classifications: [], riskAnalyses: [], risks: [], riskActions: [], handovers: [] });
      expect(await referenceCounts()).toEqual([0, 0, 0, 0]);
      expect(await world.store.riskMatrices.latest()).toBeNull();
      await expect(world.store.orgUnits.get(world.unitId('Kommunstyrelsen'))).rejects.toBeInstanceOf(NotFoundError);
      await expect(world.store.sharedInformationTypes.get('1')).rejects.toBeInstanceOf(NotFoundError);
      expect(await world.store.reminderLog.sentKeys(new Date(0))).toEqual(new Set());
      const { input } = await world.store.taskInputs.all();
      expect(Object.values(input).every((list) => list.length === 0)).toBe(true);
    });

    it('every write is denied, with AccessDeniedError (403)', async () => {
      const result = { ...(await outcomes(unitWrites(world, own))), ...(await outcomes(coordinatorWrites(world))) };
      expect(result).toEqual(all(Object.keys(result), 'AccessDeniedError'));
      await expect(world.store.classifications.create({ ...(await world.raw.classifications.get(own.objectId)) })).rejects.toBeInstanceOf(AccessDeniedError);
    });
  });
});
