/**
 * Benchmark: the risk domain at municipality scale, in Node (pure functions, no store, no browser).
 *
 * Generates 50 000 risks in 1 000 analyses across 40 units, and 150 000 actions, deterministically (a seeded PRNG,
 * fixed dates), then measures with performance.now():
 *   - scoring every risk's inherent and residual assessment on its analysis' matrix version,
 *   - the inherent and the residual heat map over all risks,
 *   - the municipality-wide register: grouping actions per risk, building rows, scoring, filtering (a few units,
 *     levels Hög/Extremt hög, overdue actions) and sorting.
 * Each figure is the median of RUNS runs. `bench/run.ts` may call benchRiskRegister(); alone:
 *   npx tsx bench/riskRegister.ts
 */
import { performance } from 'node:perf_hooks';
import {
  actionsByRisk,
  DEFAULT_MATRIX,
  heatMap,
  newMatrixVersion,
  riskRegister,
  tryScore,
  type Risk,
  type RiskAction,
  type RiskActionStatus,
  type RiskAnalysis,
  type RiskMatrix,
  type RiskRegisterRow,
} from '../src/domain/risk';
import { seededRandom } from '../src/data/local/demo/seededRandom';

export interface RiskBenchFigure {
  label: string;
  value: number;
  unit: string;
}

export interface RiskBenchOptions {
  risks?: number;
  actions?: number;
  runs?: number;
}

const UNITS = 40;
const ANALYSES = 1000;
const TODAY = '2026-05-04';

type StoredRisk = Risk & { id: string };
type StoredAnalysis = RiskAnalysis & { id: string };

interface Generated {
  matrices: RiskMatrix[];
  analyses: StoredAnalysis[];
  risks: StoredRisk[];
  actions: RiskAction[];
}

function pad(value: number): string {
  return value < 10 ? `0${value}` : String(value);
}

function generate(riskCount: number, actionCount: number): Generated {
  const random = seededRandom(20260504);
  const pick = (n: number): number => 1 + Math.floor(random() * n);
  const v2 = newMatrixVersion(DEFAULT_MATRIX, { name: 'Riskmatris 2026' }, { displayName: 'Samordnare', email: 'samordnare@kommun.se' }, new Date('2026-02-01T08:00:00Z'));
  const matrices = [DEFAULT_MATRIX, v2];
  const statuses = ['planerad', 'pagar', 'klar', 'uppfoljd'] as const;
  const analyses: StoredAnalysis[] = [];
  for (let i = 0; i < ANALYSES; i++) {
    analyses.push({
      id: `a${i}`,
      name: `Riskanalys ${i}`,
      subjectKind: 'system',
      classificationObjectId: null,
      ownerUnitId: `u${i % UNITS}`,
      purpose: '',
      scope: '',
      participants: [],
      date: `2026-${pad(1 + (i % 4))}-${pad(1 + (i % 28))}`,
      status: statuses[i % statuses.length],
      nextFollowUpDate: null,
      matrixVersion: i % 3 === 0 ? 1 : 2,
    });
  }
  const risks: StoredRisk[] = [];
  for (let i = 0; i < riskCount; i++) {
    const inherent = random() < 0.95 ? { likelihood: pick(4), consequence: pick(4), motivering: 'Workshop' } : null;
    const residual = inherent && random() < 0.6 ? { likelihood: pick(inherent.likelihood), consequence: pick(inherent.consequence), motivering: '' } : null;
    risks.push({
      id: `r${i}`,
      analysisId: `a${i % ANALYSES}`,
      cause: `Orsak ${i}`,
      event: `Händelse ${pick(100000)}`,
      consequence: `Konsekvens ${i}`,
      aspects: ['K', 'T'],
      riskOwner: { displayName: `Ägare ${i % 300}`, email: `agare${i % 300}@kommun.se` },
      existingMeasures: '',
      inherent,
      treatment: residual ? 'reducera' : null,
      treatmentNote: '',
      residual,
      acceptance: null,
    });
  }
  const actionStatuses: RiskActionStatus[] = ['ejPaborjad', 'pagar', 'klar', 'avbruten'];
  const actions: RiskAction[] = [];
  for (let i = 0; i < actionCount; i++) {
    actions.push({
      riskId: `r${Math.floor(random() * riskCount)}`,
      description: `Åtgärd ${i}`,
      kind: i % 2 ? 'forebyggande' : 'hanterande',
      securityKind: 'teknisk',
      responsible: null,
      targetDate: random() < 0.8 ? `2026-${pad(pick(12))}-${pad(pick(28))}` : null,
      status: actionStatuses[Math.floor(random() * actionStatuses.length)],
      requirementCodes: [],
    });
  }
  return { matrices, analyses, risks, actions };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function timed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

export async function benchRiskRegister(options: RiskBenchOptions = {}): Promise<RiskBenchFigure[]> {
  const riskCount = options.risks ?? 50_000;
  const actionCount = options.actions ?? 150_000;
  const runs = options.runs ?? 3;
  const data = generate(riskCount, actionCount);
  const byVersion = new Map(data.matrices.map((m) => [m.version, m] as const));
  const analysisById = new Map(data.analyses.map((a) => [a.id, a] as const));
  const latest = data.matrices[data.matrices.length - 1];
  const filterUnits = ['u1', 'u2', 'u3', 'u4', 'u5'];

  const scoring: number[] = [];
  const heatMaps: number[] = [];
  const registers: number[] = [];
  let scored = 0;
  let matched = 0;
  let cellTotal = 0;
  for (let run = 0; run < runs; run++) {
    scoring.push(
      timed(() => {
        scored = 0;
        for (const risk of data.risks) {
          const matrix = byVersion.get((analysisById.get(risk.analysisId) as StoredAnalysis).matrixVersion) as RiskMatrix;
          if (tryScore(matrix, risk.inherent)) scored++;
          if (tryScore(matrix, risk.residual)) scored++;
        }
      })
    );
    heatMaps.push(
      timed(() => {
        const inherent = heatMap(data.risks, latest, 'inherent');
        const residual = heatMap(data.risks, latest, 'residual');
        cellTotal = inherent.scored + residual.scored;
      })
    );
    registers.push(
      timed(() => {
        const grouped = actionsByRisk(data.actions);
        const rows: RiskRegisterRow<StoredRisk, StoredAnalysis>[] = data.risks.map((risk) => ({
          risk,
          analysis: analysisById.get(risk.analysisId) as StoredAnalysis,
          actions: grouped.get(risk.id) ?? [],
        }));
        matched = riskRegister(rows, data.matrices, { ownerUnitIds: filterUnits, levelKeys: ['hog', 'extremtHog'], overdueActionsOnly: true }, TODAY).length;
      })
    );
  }
  if (scored === 0 || cellTotal === 0 || matched === 0) throw new Error('The generated data scored nothing; the benchmark is not measuring anything');
  const size = `${riskCount.toLocaleString('sv-SE')} risks, ${actionCount.toLocaleString('sv-SE')} actions`;
  return [
    { label: `${size}: scoring inherent + residual (${scored} scores, median of ${runs})`, value: Math.round(median(scoring) * 10) / 10, unit: 'ms' },
    { label: `${size}: heat maps inherent + residual (median of ${runs})`, value: Math.round(median(heatMaps) * 10) / 10, unit: 'ms' },
    {
      label: `${size}: municipality-wide register, 5 units + Hög/Extremt hög + overdue actions (${matched} rows, median of ${runs})`,
      value: Math.round(median(registers) * 10) / 10,
      unit: 'ms',
    },
  ];
}

if (require.main === module) {
  benchRiskRegister()
    .then((figures) => {
      for (const f of figures) console.log(`${f.label}: ${f.value} ${f.unit}`);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
