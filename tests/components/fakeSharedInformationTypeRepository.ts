import { plainSharedInformationTypeDraft, storedSharedTypeIssues } from '../../src/data/classificationRecord';
import {
  ConflictError,
  InvalidStoredItemError,
  NotFoundError,
  type BrokenItem,
  type SharedInformationTypeDraft,
  type SharedInformationTypeListResult,
  type SharedInformationTypeRepository,
  type StoredSharedInformationType,
} from '../../src/data/ports';

const ENTITY = 'SharedInformationType';

function copyStored(stored: StoredSharedInformationType): StoredSharedInformationType {
  return { ...plainSharedInformationTypeDraft(stored), id: stored.id, etag: stored.etag, modified: stored.modified, modifiedBy: stored.modifiedBy };
}

/**
 * An in-memory SharedInformationTypeRepository for component tests, with the port's semantics (it passes the
 * contract suite). Test hooks: `broken` items, a failing `list`, changes behind the UI's back, call counts.
 */
export class FakeSharedInformationTypeRepository implements SharedInformationTypeRepository {
  public broken: BrokenItem[] = [];
  public listError: unknown = undefined;
  public modifiedBy: string = 'Test Testsson';
  public calls: { list: number; create: number; update: number } = { list: 0, create: 0, update: 0 };

  private readonly types = new Map<string, StoredSharedInformationType>();
  private nextId = 1;
  private counter = 0;
  private clock = Date.UTC(2026, 10, 28, 9, 30);

  public constructor(initial: readonly SharedInformationTypeDraft[] = []) {
    initial.forEach((draft) => this.store(plainSharedInformationTypeDraft(draft)));
  }

  public async list(): Promise<SharedInformationTypeListResult> {
    this.calls.list++;
    if (this.listError !== undefined) throw this.listError;
    return { items: Array.from(this.types.values()).map(copyStored), broken: this.broken.map((b) => ({ id: b.id, reasons: [...b.reasons] })) };
  }

  public async get(id: string): Promise<StoredSharedInformationType> {
    const stored = this.types.get(id);
    if (!stored) throw new NotFoundError(ENTITY, id);
    return copyStored(stored);
  }

  public async create(draft: SharedInformationTypeDraft): Promise<StoredSharedInformationType> {
    this.calls.create++;
    const plain = plainSharedInformationTypeDraft(draft);
    this.refuseUnreadable(plain, 'new');
    return copyStored(this.store(plain));
  }

  public async update(id: string, etag: string, draft: SharedInformationTypeDraft): Promise<StoredSharedInformationType> {
    this.calls.update++;
    const existing = this.types.get(id);
    if (!existing) throw new NotFoundError(ENTITY, id);
    if (existing.etag !== etag) throw new ConflictError(ENTITY, id);
    const plain = plainSharedInformationTypeDraft(draft);
    this.refuseUnreadable(plain, id);
    return copyStored(this.store(plain, id));
  }

  /** Test helper: another user's change, bypassing etags (gives the type a new etag). */
  public changeBehindTheScenes(id: string, patch: Partial<SharedInformationTypeDraft>): StoredSharedInformationType {
    const existing = this.types.get(id);
    if (!existing) throw new NotFoundError(ENTITY, id);
    return copyStored(this.store({ ...plainSharedInformationTypeDraft(existing), ...patch }, id));
  }

  private refuseUnreadable(draft: SharedInformationTypeDraft, id: string): void {
    const reasons = storedSharedTypeIssues({ ...draft, id });
    if (reasons.length > 0) throw new InvalidStoredItemError(ENTITY, id, reasons);
  }

  private store(draft: SharedInformationTypeDraft, id?: string): StoredSharedInformationType {
    this.clock += 60_000;
    const stored: StoredSharedInformationType = {
      ...draft,
      id: id ?? String(this.nextId++),
      etag: `"${++this.counter}"`,
      modified: new Date(this.clock).toISOString(),
      modifiedBy: this.modifiedBy,
    };
    this.types.set(stored.id, stored);
    return stored;
  }
}
