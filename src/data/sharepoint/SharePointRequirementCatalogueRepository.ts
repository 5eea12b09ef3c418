/**
 * SharePointRequirementCatalogueRepository: the requirement catalogue in `Lists/LisRequirements` (schema:
 * src/data/schema/requirementsList.ts) through PnPjs v4.
 *
 *   new SharePointRequirementCatalogueRepository(sp: SPFI, dataSiteUrl: string, options?: BatchOptions)
 *
 * Reads page past 5 000 and report hand-edited items in `broken`. `replaceAll` (an import) writes in `$batch`
 * requests: first every new or changed requirement (updates with If-Match), then, only if all of those succeeded,
 * deletes the requirements no longer in the catalogue. Not atomic: an interrupted import leaves the new
 * requirements written so far and the old ones not yet deleted; running it again with the same input finishes it.
 */
import type { SPFI } from '@pnp/sp';
import type { IWeb } from '@pnp/sp/webs';
import type { IItem } from '@pnp/sp/items';
import type { Requirement } from '../../domain/requirements';
import { normaliseCode } from '../../domain/requirements';
import { ConflictError, InvalidStoredItemError, NotFoundError } from '../ports/errors';
import type { BrokenItem } from '../ports/OrgUnitRepository';
import type { RequirementCatalogueRepository, RequirementListResult, StoredRequirement } from '../ports/RequirementCatalogueRepository';
import { compareCatalogueOrder, isParsedRequirement, parseRequirementRecord, requirementOf, toRequirementRecord, type RequirementRecord } from '../requirementRecord';
import { RequirementFields, requirementsList } from '../schema/requirementsList';
import { firstFailure, runBatched, type BatchOperation, type BatchOptions } from './batchWrites';
import { isItemObject } from './requirementItemValues';
import { LisListAccess, refuseBlindOverwrite, type ItemMapping } from './listAccess';
import { indexedEq } from './odata';
import { toItemId } from './orgUnitItem';
import { REQUIREMENT_EXPAND, REQUIREMENT_SELECT, requirementFromItem, requirementItemValues } from './requirementItem';
import { toStoreError } from './storeErrors';

const ENTITY = 'Requirement';

function mappedRequirement(item: unknown): ItemMapping<StoredRequirement> {
  const mapped = requirementFromItem(item);
  return mapped.ok ? { ok: true, value: mapped.requirement } : mapped;
}

interface CatalogueRow {
  id: string;
  etag: string;
  /** Upper-cased code as stored ('' when missing). */
  code: string;
  order: number;
  requirement: StoredRequirement | null;
}

function sameRequirement(a: Requirement, b: Requirement): boolean {
  return JSON.stringify(requirementOf(a)) === JSON.stringify(requirementOf(b));
}

export class SharePointRequirementCatalogueRepository implements RequirementCatalogueRepository {
  private readonly access: LisListAccess;
  private readonly batchOptions: BatchOptions;

  public constructor(sp: SPFI, dataSiteUrl: string, options: BatchOptions = {}) {
    this.access = new LisListAccess(sp, dataSiteUrl, requirementsList.url);
    this.batchOptions = options;
  }

  public async list(): Promise<RequirementListResult> {
    const rows = await this.readRows();
    const broken: BrokenItem[] = [];
    const items: { requirement: StoredRequirement; order: number; id: string }[] = [];
    for (const row of rows.all) {
      if ('reasons' in row) broken.push(row);
      else items.push(row);
    }
    items.sort(compareCatalogueOrder);
    return { items: items.map((i) => i.requirement), broken };
  }

  public async replaceAll(requirements: readonly Requirement[]): Promise<StoredRequirement[]> {
    const { rows } = await this.readRows();
    const byCode = new Map<string, CatalogueRow>();
    for (const row of rows) if (row.code && !byCode.has(row.code)) byCode.set(row.code, row);
    const kept = new Set<string>();
    const writes: BatchOperation<unknown>[] = [];
    requirements.forEach((requirement, order) => {
      const record = this.checked(requirement, order);
      const existing = byCode.get(record.code);
      if (existing && !kept.has(existing.id)) {
        kept.add(existing.id);
        const unchanged = existing.requirement !== null && existing.order === order && sameRequirement(existing.requirement, requirement);
        if (!unchanged) writes.push((web) => this.itemOn(web, existing.id).update(requirementItemValues(record), existing.etag));
      } else {
        writes.push((web) => this.access.list(web).items.add(requirementItemValues(record)));
      }
    });
    await this.run(writes);
    const deletes: BatchOperation<unknown>[] = rows
      .filter((row) => !kept.has(row.id))
      .map((row) => (web: IWeb) => this.itemOn(web, row.id).delete(row.etag || '*'));
    await this.run(deletes);
    return (await this.list()).items;
  }

  public async save(requirement: Requirement, etag?: string): Promise<StoredRequirement> {
    const code = normaliseCode(requirement.code);
    if (etag === undefined) {
      const { rows } = await this.readRows();
      if (rows.some((row) => row.code === code)) throw new ConflictError(ENTITY, code);
      const order = rows.reduce((max, row) => Math.max(max, Number.isFinite(row.order) && row.order < Number.MAX_SAFE_INTEGER ? row.order : -1), -1) + 1;
      const record = this.checked(requirement, order);
      const id = await this.access.add(requirementItemValues(record), ENTITY, code);
      return this.get(id, code);
    }
    refuseBlindOverwrite(etag, ENTITY, code);
    const existing = await this.findByCode(code);
    if (!existing) throw new NotFoundError(ENTITY, code);
    const record = this.checked(requirement, existing.order);
    await this.access.update(toItemId(existing.id) ?? 0, requirementItemValues(record), etag, ENTITY, code);
    return this.get(existing.id, code);
  }

  private itemOn(web: IWeb, id: string): IItem {
    return this.access.list(web).items.getById(toItemId(id) ?? 0);
  }

  /** The record to write, refusing what could not be read back (the caller validates first; this guards others). */
  private checked(requirement: Requirement, order: number): RequirementRecord {
    const record = toRequirementRecord(requirement, order);
    const parsed = parseRequirementRecord(record, { id: 'new', etag: '"1"', modified: '', modifiedBy: '' });
    if (!isParsedRequirement(parsed)) throw new InvalidStoredItemError(ENTITY, record.code || 'new', parsed.reasons);
    return record;
  }

  private async run(operations: readonly BatchOperation<unknown>[]): Promise<void> {
    if (operations.length === 0) return;
    let results: PromiseSettledResult<unknown>[];
    try {
      results = await runBatched(this.access.web, operations, this.batchOptions);
    } catch (error) {
      throw this.access.collectionError(error, ENTITY, 'catalogue');
    }
    const failure = firstFailure(results);
    if (failure !== undefined) throw toStoreError(failure, ENTITY, 'catalogue');
  }

  private async get(id: string, code: string): Promise<StoredRequirement> {
    return this.access.readOne(toItemId(id) ?? 0, REQUIREMENT_SELECT, REQUIREMENT_EXPAND, mappedRequirement, ENTITY, id, code);
  }

  private async findByCode(code: string): Promise<CatalogueRow | undefined> {
    let items: unknown[];
    try {
      items = await this.access.readAll(REQUIREMENT_SELECT, REQUIREMENT_EXPAND, indexedEq(requirementsList, RequirementFields.code, code));
    } catch (error) {
      throw this.access.collectionError(error, ENTITY, code);
    }
    return items.map((item) => this.toRow(item)).find((row) => row.code === code);
  }

  private toRow(item: unknown): CatalogueRow & { reasons?: string[] } {
    const mapped = requirementFromItem(item);
    const raw = isItemObject(item) ? item : {};
    const codeValue = raw[RequirementFields.code];
    const etagValue = raw['odata.etag'];
    if (mapped.ok) {
      return { id: mapped.requirement.id, etag: mapped.requirement.etag, code: mapped.requirement.code, order: mapped.order, requirement: mapped.requirement };
    }
    return {
      id: mapped.id,
      etag: typeof etagValue === 'string' ? etagValue : '',
      code: typeof codeValue === 'string' ? normaliseCode(codeValue) : '',
      order: Number.MAX_SAFE_INTEGER,
      requirement: null,
      reasons: mapped.reasons,
    };
  }

  private async readRows(): Promise<{ rows: CatalogueRow[]; all: ({ requirement: StoredRequirement; order: number; id: string } | BrokenItem)[] }> {
    let items: unknown[];
    try {
      items = await this.access.readAll(REQUIREMENT_SELECT, REQUIREMENT_EXPAND);
    } catch (error) {
      throw this.access.collectionError(error, ENTITY, 'list');
    }
    const rows = items.map((item) => this.toRow(item));
    const all = rows.map((row) =>
      row.requirement !== null ? { requirement: row.requirement, order: row.order, id: row.id } : { id: row.id, reasons: row.reasons ?? [] },
    );
    return { rows, all };
  }
}
