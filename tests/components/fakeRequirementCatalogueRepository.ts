import { ConflictError, InvalidStoredItemError, NotFoundError, type BrokenItem, type RequirementCatalogueRepository, type RequirementListResult, type StoredRequirement } from '../../src/data/ports';
import { normaliseCode, normaliseRequirement, validateRequirement, type Requirement } from '../../src/domain/requirements';

/**
 * An in-memory RequirementCatalogueRepository for component tests, with the port's semantics (identity by code,
 * catalogue order, a new etag on every write, ConflictError / NotFoundError, copies in and out).
 * Test hooks: `broken` items, a failing `list`, call counts.
 */
export class FakeRequirementCatalogueRepository implements RequirementCatalogueRepository {
  public broken: BrokenItem[] = [];
  /** When set, list() rejects with it. */
  public listError: unknown = undefined;
  /** When set, replaceAll() and save() reject with it. */
  public writeError: unknown = undefined;
  public modifiedBy: string = 'Test Testsson';
  public calls: { list: number; replaceAll: number; save: number } = { list: 0, replaceAll: 0, save: 0 };

  private items: StoredRequirement[] = [];
  private nextId = 1;
  private version = 0;
  private clock = Date.UTC(2026, 10, 28, 9, 30);

  public constructor(initial: readonly Requirement[] = []) {
    this.items = initial.map((r) => this.stamp(r, String(this.nextId++)));
  }

  public async list(): Promise<RequirementListResult> {
    this.calls.list++;
    if (this.listError !== undefined) throw this.listError;
    return { items: this.items.map(copy), broken: this.broken.map((b) => ({ id: b.id, reasons: [...b.reasons] })) };
  }

  public async replaceAll(requirements: readonly Requirement[]): Promise<StoredRequirement[]> {
    this.calls.replaceAll++;
    if (this.writeError !== undefined) throw this.writeError;
    const byCode = new Map(this.items.map((i) => [i.code, i] as const));
    this.items = requirements.map((r) => {
      const existing = byCode.get(normaliseCode(r.code));
      if (existing && JSON.stringify(strip(existing)) === JSON.stringify(normaliseRequirement(r))) return existing;
      return this.stamp(r, existing ? existing.id : String(this.nextId++));
    });
    return this.items.map(copy);
  }

  public async save(requirement: Requirement, etag?: string): Promise<StoredRequirement> {
    this.calls.save++;
    if (this.writeError !== undefined) throw this.writeError;
    const code = normaliseCode(requirement.code);
    const index = this.items.findIndex((i) => i.code === code);
    if (etag === undefined) {
      if (index >= 0) throw new ConflictError('Requirement', code);
      const stored = this.stamp(requirement, String(this.nextId++));
      this.items.push(stored);
      return copy(stored);
    }
    if (index < 0) throw new NotFoundError('Requirement', code);
    if (this.items[index].etag !== etag) throw new ConflictError('Requirement', code);
    const stored = this.stamp(requirement, this.items[index].id);
    this.items[index] = stored;
    return copy(stored);
  }

  private stamp(requirement: Requirement, id: string): StoredRequirement {
    const issues = validateRequirement(requirement);
    if (issues.length > 0) throw new InvalidStoredItemError('Requirement', id, issues.map((i) => `${i.field}: ${i.code}`));
    this.version++;
    this.clock += 1000;
    return { ...normaliseRequirement(requirement), id, etag: `"${this.version}"`, modified: new Date(this.clock).toISOString(), modifiedBy: this.modifiedBy };
  }
}

function strip(r: StoredRequirement): Requirement {
  return normaliseRequirement(r);
}

function copy(r: StoredRequirement): StoredRequirement {
  return { ...r, aspects: [...r.aspects] };
}
