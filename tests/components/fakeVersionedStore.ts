import { ConflictError, NotFoundError, type BrokenItem } from '../../src/data/ports';

/** What every stored item carries: its id and the store's version stamp. */
interface Versioned {
  id: string;
  etag: string;
}

/**
 * The shared in-memory plumbing of the component-test fakes: ids in creation order, a new etag and a later `modified`
 * on every write, ConflictError / NotFoundError on update, injectable list/write errors, broken items, copies out.
 */
export abstract class FakeVersionedStore<S extends Versioned> {
  public broken: BrokenItem[] = [];
  public listError: unknown = undefined;
  public writeError: unknown = undefined;
  public modifiedBy: string = 'Test Testsson';

  protected readonly items = new Map<string, S>();
  protected nextId = 1;
  private version = 0;
  private clock: number;

  protected constructor(
    private readonly entity: string,
    clockStart: number,
  ) {
    this.clock = clockStart;
  }

  protected abstract copy(item: S): S;

  /** The next id in creation order. */
  protected newId(): string {
    return String(this.nextId++);
  }

  /** A new version stamp: the next etag, a later modified time and the modifying user. */
  protected stamp(): { etag: string; modified: string; modifiedBy: string } {
    this.version++;
    this.clock += 1000;
    return { etag: `"${this.version}"`, modified: new Date(this.clock).toISOString(), modifiedBy: this.modifiedBy };
  }

  /** Throws the injected list error, if any; else the matching items in id order (copies) and the broken items. */
  protected listWhere(match: (item: S) => boolean): { items: S[]; broken: BrokenItem[] } {
    if (this.listError !== undefined) throw this.listError;
    const items = Array.from(this.items.values())
      .filter(match)
      .sort((a, b) => Number(a.id) - Number(b.id))
      .map((item) => this.copy(item));
    return { items, broken: this.broken.map((b) => ({ id: b.id, reasons: [...b.reasons] })) };
  }

  /** Throws the injected write error, if any. */
  protected checkWrite(): void {
    if (this.writeError !== undefined) throw this.writeError;
  }

  /** Throws the injected write error, NotFoundError for an unknown id, or ConflictError for a stale etag. */
  protected checkUpdate(id: string, etag: string): void {
    this.checkWrite();
    const existing = this.items.get(id);
    if (!existing) throw new NotFoundError(this.entity, id);
    if (existing.etag !== etag) throw new ConflictError(this.entity, id);
  }

  /** Saves `stored` under its id and returns a copy. */
  protected put(stored: S): S {
    this.items.set(stored.id, stored);
    return this.copy(stored);
  }
}
