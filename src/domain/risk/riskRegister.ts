import { normaliseEmail } from '../shared/Person';
import { acceptanceState, type AcceptanceStateName, type AcceptanceStatus } from './acceptance';
import { isIsoDate } from '../requirements/isoDate';
import { isActionOpen, isOverdueOn } from './overdue';
import type { Risk, RiskTreatment } from './Risk';
import type { RiskAction } from './RiskAction';
import type { RiskAnalysis, RiskAnalysisStatus } from './RiskAnalysis';
import type { RiskMatrix } from './RiskMatrix';
import { tryScore, type RiskScore } from './scoreRisk';

/** One risk with its analysis and actions, as the municipality-wide register reads them. */
export interface RiskRegisterRow<R extends Risk = Risk, A extends RiskAnalysis = RiskAnalysis, X extends RiskAction = RiskAction> {
  risk: R;
  analysis: A;
  actions: readonly X[];
}

/** All filters are optional and combine with AND; an empty list means "any". */
export interface RiskRegisterFilters {
  /** Level keys of the current score (residual if assessed, else inherent); unscored risks never match. */
  levelKeys?: readonly string[];
  /** The risk owner's e-mail (case-insensitive). */
  ownerEmail?: string;
  /** The analysis' status. */
  statuses?: readonly RiskAnalysisStatus[];
  /** Units (pass a unit and its descendants to include sub-units). */
  ownerUnitIds?: readonly string[];
  /** Only risks with at least one overdue action. */
  overdueActionsOnly?: boolean;
  treatments?: readonly RiskTreatment[];
  acceptance?: readonly AcceptanceStateName[];
}

export interface RiskRegisterEntry<R extends Risk = Risk, A extends RiskAnalysis = RiskAnalysis, X extends RiskAction = RiskAction>
  extends RiskRegisterRow<R, A, X> {
  /** null when not assessed or not on the analysis' matrix (or that matrix version is missing). */
  inherent: RiskScore | null;
  residual: RiskScore | null;
  /** residual if scored, else inherent. */
  current: RiskScore | null;
  openActions: number;
  overdueActions: number;
  acceptance: AcceptanceStatus;
}

const collator = new Intl.Collator('sv-SE', { sensitivity: 'base', numeric: true });

/**
 * The municipality-wide register: every row scored on its analysis' own matrix version, filtered, sorted by current
 * risk value (highest first, unscored last), then by event (sv-SE). `today` (`YYYY-MM-DD`) decides overdue actions
 * and expired acceptances.
 */
export function riskRegister<R extends Risk, A extends RiskAnalysis, X extends RiskAction>(
  rows: readonly RiskRegisterRow<R, A, X>[],
  matrices: readonly RiskMatrix[],
  filters: RiskRegisterFilters,
  today: string
): RiskRegisterEntry<R, A, X>[] {
  if (!isIsoDate(today)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${today}`);
  const byVersion = new Map<number, RiskMatrix>();
  for (const matrix of matrices) byVersion.set(matrix.version, matrix);
  const levelKeys = filters.levelKeys && filters.levelKeys.length > 0 ? new Set(filters.levelKeys) : null;
  const owner = filters.ownerEmail && filters.ownerEmail.trim() ? normaliseEmail(filters.ownerEmail) : null;
  const statuses = filters.statuses && filters.statuses.length > 0 ? new Set<string>(filters.statuses) : null;
  const units = filters.ownerUnitIds && filters.ownerUnitIds.length > 0 ? new Set(filters.ownerUnitIds) : null;
  const treatments = filters.treatments && filters.treatments.length > 0 ? new Set<string>(filters.treatments) : null;
  const acceptance = filters.acceptance && filters.acceptance.length > 0 ? new Set<string>(filters.acceptance) : null;

  const entries: RiskRegisterEntry<R, A, X>[] = [];
  for (const row of rows) {
    const { risk, analysis, actions } = row;
    if (units && !units.has(analysis.ownerUnitId)) continue;
    if (statuses && !statuses.has(analysis.status)) continue;
    if (owner && (!risk.riskOwner || normaliseEmail(risk.riskOwner.email) !== owner)) continue;
    if (treatments && (risk.treatment === null || !treatments.has(risk.treatment))) continue;
    const matrix = byVersion.get(analysis.matrixVersion);
    const inherent = matrix ? tryScore(matrix, risk.inherent) : null;
    const residual = matrix ? tryScore(matrix, risk.residual) : null;
    const current = residual ?? inherent;
    if (levelKeys && (!current || !levelKeys.has(current.level.key))) continue;
    let openActions = 0;
    let overdueActions = 0;
    for (const action of actions) {
      if (isActionOpen(action)) openActions++;
      if (isOverdueOn(action, today)) overdueActions++;
    }
    if (filters.overdueActionsOnly && overdueActions === 0) continue;
    const state = acceptanceState(risk, today);
    if (acceptance && !acceptance.has(state.state)) continue;
    entries.push({ risk, analysis, actions, inherent, residual, current, openActions, overdueActions, acceptance: state });
  }
  return entries.sort((a, b) => {
    const va = a.current ? a.current.value : -1;
    const vb = b.current ? b.current.value : -1;
    return vb - va || collator.compare(a.risk.event, b.risk.event);
  });
}

/** Groups actions by their risk id, for building register rows from flat lists. */
export function actionsByRisk<X extends RiskAction>(actions: readonly X[]): Map<string, X[]> {
  const map = new Map<string, X[]>();
  for (const action of actions) {
    const list = map.get(action.riskId);
    if (list) list.push(action);
    else map.set(action.riskId, [action]);
  }
  return map;
}
