/**
 * SharePointTaskInputReader: what task derivation reads (src/domain/tasks), from the LIS lists through PnPjs v4.
 *
 *   new SharePointTaskInputReader(sp: SPFI, dataSiteUrl: string, options?: BatchOptions)
 *
 * forPerson(person) sends at most two `$batch` requests, every query filtered on an indexed column:
 *   round 1: org units (all: the representatives live there); handlingsplan rows and risk actions with
 *            `LisResponsibleEmail eq '<e-mail, lower case>'`; for IT staff the open handovers
 *            (`LisHandoverStatus eq 'overlamnad' or LisHandoverStatus eq 'accepterad'`);
 *   round 2: classifications owned by the units the person represents (`LisOwnerUnitId eq …`) or referenced by
 *            their rows and handovers (`ID eq …`), risk analyses owned by those units or referenced by their actions,
 *            and the risks their actions belong to. Each `or` list names one column and is split so that every url
 *            stays under 1 900 characters; a round without queries is not sent.
 * all() reads every list with one paged query each (open handovers, open risk actions and current handlingsplan
 * rows filtered on their indexed status columns).
 *
 * E-mail matching: SharePoint compares text case-insensitively (its SQL collation), so the lower-cased address
 * matches whatever case the row was typed in (risk actions store it lower case; handlingsplan rows as typed). The
 * domain's task sources compare again (isSamePerson, case- and blank-insensitive), so a row is never misattributed.
 *
 * A batched query that returns a full page (5 000 items) is read again with the paged query outside the batch.
 * Items that fail the domain rules are left out and counted in `skipped`. Throttled parts are retried (runBatched).
 */
import type { SPFI } from '@pnp/sp';
import type { IWeb } from '@pnp/sp/webs';
import type { OrgUnit } from '../../domain/organisation/OrgUnit';
import type { ActionPlanEntry } from '../../domain/requirements';
import { normaliseEmail } from '../../domain/shared/Person';
import { representedUnitIds, type TaskInput, type TaskPerson } from '../../domain/tasks';
import { isParsedRow } from '../actionPlanRecord';
import type { StoredHandover } from '../ports/HandoverRepository';
import type { StoredRiskAction } from '../ports/RiskActionRepository';
import type { TaskInputReader, TaskInputResult } from '../ports/TaskInputReader';
import { ActionPlanEntryFields, actionPlanEntriesList } from '../schema/actionPlanEntriesList';
import { ClassificationFields, classificationsList } from '../schema/classificationsList';
import { HandoverFields, handoversList } from '../schema/handoversList';
import { orgUnitsList } from '../schema/orgUnitsList';
import { RiskActionFields, riskActionsList } from '../schema/riskActionsList';
import { RiskAnalysisFields, riskAnalysesList } from '../schema/riskAnalysesList';
import { risksList } from '../schema/risksList';
import type { ListDefinition } from '../schema/types';
import { plansFromEntries } from '../taskInputPlans';
import { ACTION_PLAN_EXPAND, ACTION_PLAN_SELECT, actionPlanFromItem } from './actionPlanEntryItem';
import { runBatched, type BatchOperation, type BatchOptions } from './batchWrites';
import { CLASSIFICATION_SELECT, classificationFromItem, ITEM_EXPAND } from './classificationItem';
import { HANDOVER_EXPAND, HANDOVER_SELECT, handoverFromItem } from './handoverItem';
import { LisListAccess, type ItemMapping } from './listAccess';
import { indexedAnyOf, indexedEq } from './odata';
import { fromItem as orgUnitFromItem, ORG_UNIT_EXPAND, ORG_UNIT_SELECT, toItemId } from './orgUnitItem';
import {
  RISK_ACTION_SELECT,
  RISK_ANALYSIS_SELECT,
  RISK_ITEM_EXPAND,
  RISK_SELECT,
  riskActionFromItem,
  riskAnalysisFromItem,
  riskFromItem,
} from './riskItem';

/** `$top` of a batched query: SharePoint's maximum, so that a second (paged) read is rarely needed. */
export const TASK_QUERY_TOP = 5000;
/** Longest request url LIS sends (SharePoint refuses urls past about 2 000 characters). */
export const TASK_QUERY_MAX_URL = 1900;

const OPEN_HANDOVER_STATUSES = ['overlamnad', 'accepterad'];
const OPEN_ACTION_STATUSES = ['ejPaborjad', 'pagar'];
const ENTITY = 'TaskInput';

interface ListQuery {
  access: LisListAccess;
  select: readonly string[];
  expand: readonly string[];
  filter?: string;
}

/** A current handlingsplan row with the object it belongs to. */
interface PlanRow {
  id: string;
  objectId: string;
  entry: ActionPlanEntry;
}

type Lists = Record<'orgUnits' | 'classifications' | 'plans' | 'handovers' | 'analyses' | 'risks' | 'actions', LisListAccess>;

/** Mapped values of one kind, with the count of items that could not be read. */
class Collected<T extends { id: string }> {
  public readonly byId = new Map<string, T>();
  public skipped = 0;
  public add(items: readonly unknown[], map: (item: unknown) => ItemMapping<T>): void {
    for (const item of items) {
      const mapped = map(item);
      if (!mapped.ok) this.skipped++;
      else if (!this.byId.has(mapped.value.id)) this.byId.set(mapped.value.id, mapped.value);
    }
  }
  public get values(): T[] {
    return Array.from(this.byId.values());
  }
}

const orgUnitMapping = (item: unknown): ItemMapping<OrgUnit> => {
  const mapped = orgUnitFromItem(item);
  return mapped.ok ? { ok: true, value: mapped.unit } : mapped;
};

const handoverMapping = (item: unknown): ItemMapping<StoredHandover> => {
  const mapped = handoverFromItem(item);
  return mapped.ok ? { ok: true, value: mapped.item } : mapped;
};

function anyOf(list: ListDefinition, column: string, values: readonly string[]): string {
  return values.map((value) => indexedEq(list, column, value)).join(' or ');
}

function itemIds(ids: Iterable<string>): number[] {
  const out: number[] = [];
  for (const id of ids) {
    const itemId = toItemId(id);
    if (itemId !== undefined) out.push(itemId);
  }
  return out;
}

export class SharePointTaskInputReader implements TaskInputReader {
  private readonly lists: Lists;
  private readonly batchOptions: BatchOptions;

  public constructor(sp: SPFI, dataSiteUrl: string, options: BatchOptions = {}) {
    const access = (list: ListDefinition): LisListAccess => new LisListAccess(sp, dataSiteUrl, list.url);
    this.lists = {
      orgUnits: access(orgUnitsList),
      classifications: access(classificationsList),
      plans: access(actionPlanEntriesList),
      handovers: access(handoversList),
      analyses: access(riskAnalysesList),
      risks: access(risksList),
      actions: access(riskActionsList),
    };
    this.batchOptions = options;
  }

  public async forPerson(person: TaskPerson): Promise<TaskInputResult> {
    const l = this.lists;
    const email = normaliseEmail(person.email);
    const units = new Collected<OrgUnit>();
    const plans = new Collected<PlanRow>();
    const actions = new Collected<StoredRiskAction>();
    const handovers = new Collected<StoredHandover>();

    const round1: Array<{ query: ListQuery; read: (items: unknown[]) => void }> = [
      { query: { access: l.orgUnits, select: ORG_UNIT_SELECT, expand: ORG_UNIT_EXPAND }, read: (items) => units.add(items, orgUnitMapping) },
    ];
    if (email !== '') {
      round1.push(
        {
          query: { access: l.plans, select: ACTION_PLAN_SELECT, expand: ACTION_PLAN_EXPAND, filter: indexedEq(actionPlanEntriesList, ActionPlanEntryFields.responsibleEmail, email) },
          read: (items) => this.addPlanRows(plans, items),
        },
        {
          query: { access: l.actions, select: RISK_ACTION_SELECT, expand: RISK_ITEM_EXPAND, filter: indexedEq(riskActionsList, RiskActionFields.responsibleEmail, email) },
          read: (items) => actions.add(items, riskActionFromItem),
        },
      );
    }
    if (person.isItStaff) {
      round1.push({
        query: { access: l.handovers, select: HANDOVER_SELECT, expand: HANDOVER_EXPAND, filter: anyOf(handoversList, HandoverFields.status, OPEN_HANDOVER_STATUSES) },
        read: (items) => handovers.add(items, handoverMapping),
      });
    }
    await this.runRound(round1);

    const unitIds = itemIds(representedUnitIds(units.values, person));
    const objectIds = itemIds([...plans.values.map((p) => p.objectId), ...handovers.values.map((h) => h.objectId)]);
    const analysisIds = itemIds(actions.values.map((a) => a.analysisId));
    const riskIds = itemIds(actions.values.map((a) => a.riskId));

    const classifications = new Collected<TaskInput['classifications'][number]>();
    const analyses = new Collected<TaskInput['analyses'][number]>();
    const risks = new Collected<TaskInput['risks'][number]>();
    const round2: Array<{ query: ListQuery; read: (items: unknown[]) => void }> = [];
    const add = (base: Omit<ListQuery, 'filter'>, list: ListDefinition, column: string, ids: number[], read: (items: unknown[]) => void): void => {
      for (const filter of this.chunkedFilters(base, list, column, ids)) round2.push({ query: { ...base, filter }, read });
    };
    const classificationQuery = { access: l.classifications, select: CLASSIFICATION_SELECT, expand: ITEM_EXPAND };
    const analysisQuery = { access: l.analyses, select: RISK_ANALYSIS_SELECT, expand: RISK_ITEM_EXPAND };
    const readClassifications = (items: unknown[]): void => classifications.add(items, classificationFromItem);
    const readAnalyses = (items: unknown[]): void => analyses.add(items, riskAnalysisFromItem);
    add(classificationQuery, classificationsList, ClassificationFields.ownerUnit, unitIds, readClassifications);
    add(classificationQuery, classificationsList, 'ID', objectIds, readClassifications);
    add(analysisQuery, riskAnalysesList, RiskAnalysisFields.ownerUnit, unitIds, readAnalyses);
    add(analysisQuery, riskAnalysesList, 'ID', analysisIds, readAnalyses);
    add({ access: l.risks, select: RISK_SELECT, expand: RISK_ITEM_EXPAND }, risksList, 'ID', riskIds, (items) => risks.add(items, riskFromItem));
    await this.runRound(round2);

    return {
      input: {
        orgUnits: units.values,
        classifications: classifications.values,
        plans: plansFromEntries(plans.values),
        handovers: handovers.values,
        analyses: analyses.values,
        risks: risks.values,
        actions: actions.values,
      },
      skipped: units.skipped + plans.skipped + actions.skipped + handovers.skipped + classifications.skipped + analyses.skipped + risks.skipped,
    };
  }

  public async all(): Promise<TaskInputResult> {
    const l = this.lists;
    const units = new Collected<OrgUnit>();
    const classifications = new Collected<TaskInput['classifications'][number]>();
    const plans = new Collected<PlanRow>();
    const handovers = new Collected<StoredHandover>();
    const analyses = new Collected<TaskInput['analyses'][number]>();
    const risks = new Collected<TaskInput['risks'][number]>();
    const actions = new Collected<StoredRiskAction>();
    const read = async (query: ListQuery): Promise<unknown[]> => {
      try {
        return await query.access.readAll(query.select, query.expand, query.filter);
      } catch (error) {
        throw query.access.collectionError(error, ENTITY, 'all');
      }
    };
    const [unitItems, classificationItems, planItems, handoverItems, analysisItems, riskItems, actionItems] = await Promise.all([
      read({ access: l.orgUnits, select: ORG_UNIT_SELECT, expand: ORG_UNIT_EXPAND }),
      read({ access: l.classifications, select: CLASSIFICATION_SELECT, expand: ITEM_EXPAND }),
      read({ access: l.plans, select: ACTION_PLAN_SELECT, expand: ACTION_PLAN_EXPAND, filter: indexedEq(actionPlanEntriesList, ActionPlanEntryFields.retired, false) }),
      read({ access: l.handovers, select: HANDOVER_SELECT, expand: HANDOVER_EXPAND, filter: anyOf(handoversList, HandoverFields.status, OPEN_HANDOVER_STATUSES) }),
      read({ access: l.analyses, select: RISK_ANALYSIS_SELECT, expand: RISK_ITEM_EXPAND }),
      read({ access: l.risks, select: RISK_SELECT, expand: RISK_ITEM_EXPAND }),
      read({ access: l.actions, select: RISK_ACTION_SELECT, expand: RISK_ITEM_EXPAND, filter: anyOf(riskActionsList, RiskActionFields.status, OPEN_ACTION_STATUSES) }),
    ]);
    units.add(unitItems, orgUnitMapping);
    classifications.add(classificationItems, classificationFromItem);
    this.addPlanRows(plans, planItems);
    handovers.add(handoverItems, handoverMapping);
    analyses.add(analysisItems, riskAnalysisFromItem);
    risks.add(riskItems, riskFromItem);
    actions.add(actionItems, riskActionFromItem);
    return {
      input: {
        orgUnits: units.values,
        classifications: classifications.values,
        plans: plansFromEntries(plans.values),
        handovers: handovers.values,
        analyses: analyses.values,
        risks: risks.values,
        actions: actions.values,
      },
      skipped: units.skipped + classifications.skipped + plans.skipped + handovers.skipped + analyses.skipped + risks.skipped + actions.skipped,
    };
  }

  /** Current handlingsplan rows (retired rows are not work and are left out); broken rows are counted. */
  private addPlanRows(target: Collected<PlanRow>, items: readonly unknown[]): void {
    for (const item of items) {
      const row = actionPlanFromItem(item);
      if (!isParsedRow(row.parsed)) target.skipped++;
      else if ('current' in row.parsed && !target.byId.has(row.identity.id)) {
        target.byId.set(row.identity.id, { id: row.identity.id, objectId: row.parsed.objectId, entry: row.parsed.current });
      }
    }
  }

  /** `column eq …` or-filters over `ids`, each short enough that the whole request url stays under the limit. */
  private chunkedFilters(base: Omit<ListQuery, 'filter'>, list: ListDefinition, column: string, ids: number[]): string[] {
    if (ids.length === 0) return [];
    const baseUrl = base.access.list().items.select(...base.access.readSelect(base.select)).expand(...base.expand).top(TASK_QUERY_TOP).toRequestUrl();
    const parameter = (filter: string): number => new URLSearchParams({ $filter: filter }).toString().length;
    const budget = TASK_QUERY_MAX_URL - baseUrl.length - parameter('') - 1;
    return indexedAnyOf(list, column, ids, budget, (text) => new URLSearchParams({ x: text }).toString().length - 2);
  }

  /** Runs the queries in `$batch` requests (none when there are none); a full page is read again, paged. */
  private async runRound(queries: ReadonlyArray<{ query: ListQuery; read: (items: unknown[]) => void }>): Promise<void> {
    if (queries.length === 0) return;
    const operations: BatchOperation<unknown>[] = queries.map(({ query }) => (web: IWeb) => {
      // Unit-scoped lists also select FSObjType: their folder rows are dropped below, never filtered on the server.
      let request = query.access.list(web).items.select(...query.access.readSelect(query.select)).expand(...query.expand).top(TASK_QUERY_TOP);
      if (query.filter) request = request.filter(query.filter);
      return request();
    });
    let results: PromiseSettledResult<unknown>[];
    try {
      results = await runBatched(this.lists.orgUnits.web, operations, this.batchOptions);
    } catch (error) {
      throw this.lists.orgUnits.collectionError(error, ENTITY, 'batch');
    }
    for (let index = 0; index < queries.length; index++) {
      const { query, read } = queries[index];
      const result = results[index];
      if (result.status === 'rejected') throw query.access.collectionError(result.reason, ENTITY, 'batch');
      const page = Array.isArray(result.value) ? (result.value as unknown[]) : [];
      let items = query.access.itemsOnly(page);
      if (page.length >= TASK_QUERY_TOP) {
        try {
          items = await query.access.readAll(query.select, query.expand, query.filter);
        } catch (error) {
          throw query.access.collectionError(error, ENTITY, 'paged');
        }
      }
      read(items);
    }
  }
}
