import { ConflictError, NotFoundError, type BrokenItem, type OrgUnitListResult, type OrgUnitRepository } from '../../src/data/ports';
import type { OrgUnit, OrgUnitDraft } from '../../src/domain/organisation';

function copyDraft(draft: OrgUnitDraft): OrgUnitDraft {
  return {
    name: draft.name,
    kind: draft.kind,
    parentId: draft.parentId,
    representatives: draft.representatives.map((p) => ({ ...p })),
    securityContact: draft.securityContact ? { ...draft.securityContact } : null,
    active: draft.active,
  };
}

function copyUnit(unit: OrgUnit): OrgUnit {
  return { ...copyDraft(unit), id: unit.id, etag: unit.etag, modified: unit.modified, modifiedBy: unit.modifiedBy };
}

/**
 * An in-memory OrgUnitRepository for component tests, with the port's semantics: ids and etags assigned by the
 * store, a new etag on every update, ConflictError on a stale etag, NotFoundError for unknown ids, copies in and out.
 * Test hooks: `broken` items, a failing `list`, a held `list` (to see the loading state), writes behind the UI's back.
 */
export class FakeOrgUnitRepository implements OrgUnitRepository {
  public broken: BrokenItem[] = [];
  /** When set, list() rejects with it. */
  public listError: unknown = undefined;
  /** When set, list() waits for this promise first. */
  public listGate: Promise<void> | undefined = undefined;
  public modifiedBy: string = 'Test Testsson';
  public calls: { list: number; create: number; update: number } = { list: 0, create: 0, update: 0 };

  private readonly units = new Map<string, OrgUnit>();
  private nextId = 1;
  private version = 0;
  private clock = Date.UTC(2026, 10, 28, 9, 30);

  public constructor(initial: OrgUnitDraft[] = []) {
    initial.forEach((d) => this.store(copyDraft(d)));
  }

  public async list(): Promise<OrgUnitListResult> {
    this.calls.list++;
    if (this.listGate) await this.listGate;
    if (this.listError !== undefined) throw this.listError;
    return { units: Array.from(this.units.values()).map(copyUnit), broken: this.broken.map((b) => ({ ...b, reasons: [...b.reasons] })) };
  }

  public async get(id: string): Promise<OrgUnit> {
    const unit = this.units.get(id);
    if (!unit) throw new NotFoundError('OrgUnit', id);
    return copyUnit(unit);
  }

  public async create(draft: OrgUnitDraft): Promise<OrgUnit> {
    this.calls.create++;
    return copyUnit(this.store(copyDraft(draft)));
  }

  public async update(id: string, etag: string, draft: OrgUnitDraft): Promise<OrgUnit> {
    this.calls.update++;
    const existing = this.units.get(id);
    if (!existing) throw new NotFoundError('OrgUnit', id);
    if (existing.etag !== etag) throw new ConflictError('OrgUnit', id);
    return copyUnit(this.store(copyDraft(draft), id));
  }

  /** Test helper: the stored unit with this name. */
  public byName(name: string): OrgUnit {
    const unit = Array.from(this.units.values()).filter((u) => u.name === name)[0];
    if (!unit) throw new Error(`no unit named ${name}`);
    return copyUnit(unit);
  }

  /** Test helper: another user's change, bypassing etags (gives the unit a new etag). */
  public changeBehindTheScenes(id: string, patch: Partial<OrgUnitDraft>): OrgUnit {
    const existing = this.units.get(id);
    if (!existing) throw new NotFoundError('OrgUnit', id);
    return copyUnit(this.store({ ...copyDraft(existing), ...patch }, id));
  }

  private store(draft: OrgUnitDraft, id?: string): OrgUnit {
    this.clock += 60_000;
    const unit: OrgUnit = {
      ...draft,
      id: id ?? String(this.nextId++),
      etag: `"${++this.version}"`,
      modified: new Date(this.clock).toISOString(),
      modifiedBy: this.modifiedBy,
    };
    this.units.set(unit.id, unit);
    return unit;
  }
}
