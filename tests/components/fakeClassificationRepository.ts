import { classificationVersionIssues, plainClassificationObject, storedClassificationIssues } from '../../src/data/classificationRecord';
import {
  ConflictError,
  InvalidStoredItemError,
  NotFoundError,
  type BrokenItem,
  type ClassificationListQuery,
  type ClassificationListResult,
  type ClassificationRepository,
  type ClassificationVersion,
  type StoredClassification,
} from '../../src/data/ports';
import type { ClassificationObject } from '../../src/domain/classification';

const ENTITY = 'Classification';

function copyStored(stored: StoredClassification): StoredClassification {
  return { ...plainClassificationObject(stored), id: stored.id, etag: stored.etag, modified: stored.modified, modifiedBy: stored.modifiedBy };
}

function copyVersion(version: ClassificationVersion): ClassificationVersion {
  return {
    objectId: version.objectId,
    version: version.version,
    snapshot: plainClassificationObject(version.snapshot),
    approvedBy: { ...version.approvedBy },
    approvedAt: version.approvedAt,
  };
}

/**
 * An in-memory ClassificationRepository for component tests, with the port's semantics (it passes the contract
 * suite): ids and etags assigned by the store, a new etag on every update, ConflictError on a stale etag,
 * NotFoundError for unknown ids, the store's read-back rules on writes, copies in and out, write-once snapshots.
 * Test hooks: `broken` items, a failing or held `list`, changes behind the UI's back, call counts.
 */
export class FakeClassificationRepository implements ClassificationRepository {
  public broken: BrokenItem[] = [];
  /** When set, list() rejects with it. */
  public listError: unknown = undefined;
  /** When set, list() waits for this promise first. */
  public listGate: Promise<void> | undefined = undefined;
  /** When set, the next write (create/update/addVersion) rejects with it (then it is cleared). */
  public nextWriteError: unknown = undefined;
  public modifiedBy: string = 'Test Testsson';
  public calls: { list: number; get: number; create: number; update: number; listVersions: number; addVersion: number } = {
    list: 0,
    get: 0,
    create: 0,
    update: 0,
    listVersions: 0,
    addVersion: 0,
  };

  private readonly objects = new Map<string, StoredClassification>();
  private readonly versions: ClassificationVersion[] = [];
  private nextId = 1;
  private counter = 0;
  private clock = Date.UTC(2026, 10, 28, 9, 30);

  public constructor(initial: readonly ClassificationObject[] = [], initialVersions: readonly ClassificationVersion[] = []) {
    initial.forEach((object) => this.store(plainClassificationObject(object)));
    initialVersions.forEach((v) => this.versions.push(copyVersion(v)));
  }

  public async list(query: ClassificationListQuery = {}): Promise<ClassificationListResult> {
    this.calls.list++;
    if (this.listGate) await this.listGate;
    if (this.listError !== undefined) throw this.listError;
    const items = Array.from(this.objects.values())
      .filter((o) => query.ownerUnitId === undefined || o.ownerUnitId === query.ownerUnitId)
      .map(copyStored);
    return { items, broken: this.broken.map((b) => ({ id: b.id, reasons: [...b.reasons] })) };
  }

  public async get(id: string): Promise<StoredClassification> {
    this.calls.get++;
    const stored = this.objects.get(id);
    if (!stored) throw new NotFoundError(ENTITY, id);
    return copyStored(stored);
  }

  public async create(object: ClassificationObject): Promise<StoredClassification> {
    this.calls.create++;
    this.failIfAsked();
    const plain = plainClassificationObject(object);
    this.refuseUnreadable(plain, 'new');
    return copyStored(this.store(plain));
  }

  public async update(id: string, etag: string, object: ClassificationObject): Promise<StoredClassification> {
    this.calls.update++;
    this.failIfAsked();
    const existing = this.objects.get(id);
    if (!existing) throw new NotFoundError(ENTITY, id);
    if (existing.etag !== etag) throw new ConflictError(ENTITY, id);
    const plain = plainClassificationObject(object);
    this.refuseUnreadable(plain, id);
    return copyStored(this.store(plain, id));
  }

  public async listVersions(id: string): Promise<ClassificationVersion[]> {
    this.calls.listVersions++;
    return this.versions
      .filter((v) => v.objectId === id)
      .sort((a, b) => a.version - b.version)
      .map(copyVersion);
  }

  public async addVersion(version: ClassificationVersion): Promise<ClassificationVersion> {
    this.calls.addVersion++;
    this.failIfAsked();
    if (!this.objects.has(version.objectId)) throw new NotFoundError(ENTITY, version.objectId);
    const reasons = classificationVersionIssues(version);
    if (reasons.length > 0) throw new InvalidStoredItemError('ClassificationVersion', `${version.objectId}/${version.version}`, reasons);
    if (this.versions.some((v) => v.objectId === version.objectId && v.version === version.version)) {
      throw new ConflictError('ClassificationVersion', `${version.objectId}/${version.version}`);
    }
    const copy = copyVersion(version);
    this.versions.push(copy);
    return copyVersion(copy);
  }

  /** Test helper: the stored object with this name. */
  public byName(name: string): StoredClassification {
    const found = Array.from(this.objects.values()).filter((o) => o.name === name)[0];
    if (!found) throw new Error(`no classification named ${name}`);
    return copyStored(found);
  }

  /** Test helper: another user's change, bypassing etags and rules (gives the object a new etag). */
  public changeBehindTheScenes(id: string, patch: Partial<ClassificationObject>): StoredClassification {
    const existing = this.objects.get(id);
    if (!existing) throw new NotFoundError(ENTITY, id);
    return copyStored(this.store({ ...plainClassificationObject(existing), ...patch }, id));
  }

  private failIfAsked(): void {
    if (this.nextWriteError === undefined) return;
    const error = this.nextWriteError;
    this.nextWriteError = undefined;
    throw error;
  }

  private refuseUnreadable(object: ClassificationObject, id: string): void {
    const reasons = storedClassificationIssues(object);
    if (reasons.length > 0) throw new InvalidStoredItemError(ENTITY, id, reasons);
  }

  private store(object: ClassificationObject, id?: string): StoredClassification {
    this.clock += 60_000;
    const stored: StoredClassification = {
      ...object,
      id: id ?? String(this.nextId++),
      etag: `"${++this.counter}"`,
      modified: new Date(this.clock).toISOString(),
      modifiedBy: this.modifiedBy,
    };
    this.objects.set(stored.id, stored);
    return stored;
  }
}
