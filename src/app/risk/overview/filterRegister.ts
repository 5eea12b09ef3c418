import type { StoredRisk } from '../../../data/ports/RiskRepository';
import type { StoredRiskAction } from '../../../data/ports/RiskActionRepository';
import type { StoredRiskAnalysis } from '../../../data/ports/RiskAnalysisRepository';
import type { OrgUnit } from '../../../domain/organisation';
import {
  isInCell,
  riskRegister,
  type HeatMapBasis,
  type RiskAnalysisStatus,
  type RiskMatrix,
  type RiskRegisterEntry,
  type RiskRegisterRow,
} from '../../../domain/risk';

/** A register row as loaded from the stores. */
export type RegisterRow = RiskRegisterRow<StoredRisk, StoredRiskAnalysis, StoredRiskAction>;
/** A register row scored on its analysis' matrix version, with overdue actions and acceptance state. */
export type RegisterEntry = RiskRegisterEntry<StoredRisk, StoredRiskAnalysis, StoredRiskAction>;

/** A chosen heat map cell: which map (inherent or residual) and where. */
export interface HeatMapSelection {
  basis: HeatMapBasis;
  likelihood: number;
  consequence: number;
}

/** The register view's filters; an absent criterion matches every row. */
export interface RegisterFilters {
  /** Key of the current level (residual if assessed, else inherent), e.g. `hog`. */
  levelKey?: string;
  /** The risk owner's e-mail (case-insensitive); '' for risks without an owner. */
  ownerEmail?: string;
  /** The status of the risk's analysis. */
  status?: RiskAnalysisStatus;
  /** Only risks with at least one overdue action. */
  overdueOnly?: boolean;
  /** The unit owning the analysis, including the units under it (a nämnd's register includes its förvaltning). */
  unitId?: string;
  analysisId?: string;
  /** A heat map cell. */
  cell?: HeatMapSelection | null;
}

/** The ids of `unitId` and every unit below it. */
export function unitAndDescendants(unitId: string, units: readonly Pick<OrgUnit, 'id' | 'parentId'>[]): string[] {
  const ids = new Set<string>([unitId]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of units) {
      if (unit.parentId !== null && ids.has(unit.parentId) && !ids.has(unit.id)) {
        ids.add(unit.id);
        grew = true;
      }
    }
  }
  return Array.from(ids);
}

/**
 * The register's entries for the view's filters: the domain's riskRegister (each risk scored on its analysis' own
 * matrix version, highest current value first) narrowed further by analysis, "no owner" and a heat map cell.
 * `today` is `YYYY-MM-DD`.
 */
export function filterRegister(
  rows: readonly RegisterRow[],
  matrices: readonly RiskMatrix[],
  filters: RegisterFilters,
  units: readonly Pick<OrgUnit, 'id' | 'parentId'>[],
  today: string,
): RegisterEntry[] {
  const withoutOwner = filters.ownerEmail === '';
  const entries = riskRegister(
    filters.analysisId ? rows.filter((r) => r.risk.analysisId === filters.analysisId) : rows,
    matrices,
    {
      levelKeys: filters.levelKey ? [filters.levelKey] : undefined,
      ownerEmail: withoutOwner ? undefined : filters.ownerEmail,
      statuses: filters.status ? [filters.status] : undefined,
      ownerUnitIds: filters.unitId ? unitAndDescendants(filters.unitId, units) : undefined,
      overdueActionsOnly: !!filters.overdueOnly,
    },
    today
  );
  const cell = filters.cell;
  return entries.filter(
    (e) => (!withoutOwner || e.risk.riskOwner === null) && (!cell || isInCell(e.risk, cell.basis, cell.likelihood, cell.consequence))
  );
}
