/**
 * SharePointItemHistory: the audit trail of an item from SharePoint's list versioning (every LIS list keeps major
 * versions: src/data/schema), read through PnPjs v4:
 *
 *   new SharePointItemHistory(sp: SPFI, dataSiteUrl: string)
 *   GET {site}/_api/web/getList('<list>')/items(<id>)/versions?$select=VersionLabel,Created,Editor,<the item's LIS columns>
 *
 * Each version is mapped with the list's own item mapper (src/data/sharepoint/*Item.ts) and the versions are
 * diffed by the domain (src/domain/audit). A version the mapper rejects (hand-edited, or from an older LIS) becomes
 * an entry without changes marked unreadable; the whole history fails only when the request does (the ports' errors).
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import { buildHistory, type ItemVersion } from '../../../domain/audit';
import { NotFoundError } from '../../ports/errors';
import type { AuditedEntity, HistoryEntry, ItemHistory } from '../../ports/ItemHistory';
import { classificationsList } from '../../schema/classificationsList';
import { orgUnitsList } from '../../schema/orgUnitsList';
import { riskActionsList } from '../../schema/riskActionsList';
import { riskAnalysesList } from '../../schema/riskAnalysesList';
import { risksList } from '../../schema/risksList';
import type { ListDefinition } from '../../schema/types';
import { CLASSIFICATION_SELECT, classificationFromItem, OWNER_UNIT_ID_FIELD } from '../classificationItem';
import { LisListAccess } from '../listAccess';
import { fromItem as orgUnitFromItem, ORG_UNIT_SELECT, PARENT_ID_FIELD, toItemId } from '../orgUnitItem';
import { RISK_ACTION_SELECT, RISK_ANALYSIS_SELECT, RISK_SELECT, riskActionFromItem, riskAnalysisFromItem, riskFromItem } from '../riskItem';
import { toStoreError } from '../storeErrors';
import { versionAsItem, versionHead, versionSelect } from './versionItem';

interface AuditedList {
  list: ListDefinition;
  /** The item mapper's $select (identity columns and lookup id columns included). */
  select: readonly string[];
  lookupIdColumns: readonly string[];
  /** The stored value of one version, or undefined when it cannot be read. */
  read: (item: unknown) => unknown;
}

const valueOf = <T>(mapped: { ok: true; value: T } | { ok: false }): T | undefined => (mapped.ok ? mapped.value : undefined);

/** The list, columns and mapper per audited entity. */
export const AUDITED_LISTS: Readonly<Record<AuditedEntity, AuditedList>> = {
  classification: { list: classificationsList, select: CLASSIFICATION_SELECT, lookupIdColumns: [OWNER_UNIT_ID_FIELD], read: (item) => valueOf(classificationFromItem(item)) },
  riskAnalysis: { list: riskAnalysesList, select: RISK_ANALYSIS_SELECT, lookupIdColumns: ['LisClassificationId', 'LisOwnerUnitId'], read: (item) => valueOf(riskAnalysisFromItem(item)) },
  risk: { list: risksList, select: RISK_SELECT, lookupIdColumns: ['LisAnalysisId', 'LisOwnerUnitId'], read: (item) => valueOf(riskFromItem(item)) },
  riskAction: { list: riskActionsList, select: RISK_ACTION_SELECT, lookupIdColumns: ['LisRiskId', 'LisAnalysisId'], read: (item) => valueOf(riskActionFromItem(item)) },
  orgUnit: {
    list: orgUnitsList,
    select: ORG_UNIT_SELECT,
    lookupIdColumns: [PARENT_ID_FIELD],
    read: (item) => {
      const mapped = orgUnitFromItem(item);
      return mapped.ok ? mapped.unit : undefined;
    },
  },
};

/** Orders versions oldest first by their label (`1.0` < `2.0` < `10.0`); unlabelled ones keep their place first. */
function byLabel(a: ItemVersion, b: ItemVersion): number {
  const na = Number.parseFloat(a.version);
  const nb = Number.parseFloat(b.version);
  return (Number.isNaN(na) ? -1 : na) - (Number.isNaN(nb) ? -1 : nb);
}

/**
 * An item created in a unit folder is saved twice: AddValidateUpdateItemUsingPath with the text values, then the
 * typed values (lookups, numbers) — so version 1.0 alone is not a readable item. Leading unreadable versions saved by
 * the same person as the first readable one are that partial creation and are left out; any other unreadable version
 * stays, marked.
 */
export function withoutPartialCreation(versions: readonly ItemVersion[]): ItemVersion[] {
  let start = 0;
  while (start < versions.length - 1 && versions[start].value === undefined && versions[start].by === versions[start + 1].by) start++;
  return start > 0 && versions[start].value !== undefined ? versions.slice(start) : versions.slice();
}

export class SharePointItemHistory implements ItemHistory {
  private readonly sp: SPFI;
  private readonly dataSiteUrl: string;

  public constructor(sp: SPFI, dataSiteUrl: string) {
    this.sp = sp;
    this.dataSiteUrl = dataSiteUrl;
  }

  public async history(entity: AuditedEntity, id: string): Promise<HistoryEntry[]> {
    const audited = AUDITED_LISTS[entity];
    const itemId = toItemId(id);
    if (!audited || itemId === undefined) throw new NotFoundError(entity, id);
    const access = new LisListAccess(this.sp, this.dataSiteUrl, audited.list.url);
    let raw: unknown;
    try {
      raw = await access.list().items.getById(itemId).versions.select(...versionSelect(audited.select, audited.lookupIdColumns))();
    } catch (error) {
      throw toStoreError(error, entity, id);
    }
    const versions: ItemVersion[] = (Array.isArray(raw) ? raw : []).map((version: unknown) => ({
      ...versionHead(version),
      value: audited.read(versionAsItem(version, itemId, audited.lookupIdColumns)),
    }));
    versions.sort(byLabel);
    return buildHistory(entity, withoutPartialCreation(versions));
  }
}
