import type { StoredRiskAnalysis } from '../../data/ports/RiskAnalysisRepository';
import { ConflictError } from '../../data/ports/errors';
import { DEFAULT_MATRIX, validateRiskAnalysis, type RiskAnalysis } from '../../domain/risk';
import { normaliseEmail } from '../../domain/shared/Person';
import { ValidationError } from '../../domain/shared/Validation';
import type { RiskServices } from './deps';

function oneLine(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/** Trims texts, drops empty participant rows, lower-cases e-mails and turns an empty follow-up date into none. */
export function normaliseAnalysis(analysis: RiskAnalysis): RiskAnalysis {
  return {
    name: oneLine(analysis.name),
    subjectKind: analysis.subjectKind,
    classificationObjectId: analysis.classificationObjectId && analysis.classificationObjectId.trim() ? analysis.classificationObjectId : null,
    ownerUnitId: analysis.ownerUnitId.trim(),
    purpose: analysis.purpose.trim(),
    scope: analysis.scope.trim(),
    participants: analysis.participants
      .filter((p) => p.displayName.trim() || p.email.trim())
      .map((p) => ({ displayName: oneLine(p.displayName), email: normaliseEmail(p.email) })),
    date: analysis.date.trim(),
    status: analysis.status,
    nextFollowUpDate: analysis.nextFollowUpDate && analysis.nextFollowUpDate.trim() ? analysis.nextFollowUpDate.trim() : null,
    matrixVersion: analysis.matrixVersion,
  };
}

function checked(analysis: RiskAnalysis): RiskAnalysis {
  const clean = normaliseAnalysis(analysis);
  const issues = validateRiskAnalysis(clean);
  if (issues.length > 0) throw new ValidationError(issues);
  return clean;
}

/**
 * Stores a new riskanalys (ValidationError with every issue when it breaks the rules). On a site where no matrix has
 * been saved yet, the default matrix is stored as version 1 first, so the analysis' matrix version always exists.
 */
export async function createAnalysis(
  services: Pick<RiskServices, 'riskAnalyses' | 'riskMatrices' | 'currentUser' | 'now'>,
  analysis: RiskAnalysis,
): Promise<StoredRiskAnalysis> {
  const clean = checked(analysis);
  if (clean.matrixVersion === DEFAULT_MATRIX.version && (await services.riskMatrices.latest()) === null) {
    try {
      await services.riskMatrices.addVersion({ ...DEFAULT_MATRIX, createdBy: services.currentUser, createdAt: services.now().toISOString() });
    } catch (error) {
      // Someone else stored version 1 at the same moment: that version serves as well.
      if (!(error instanceof ConflictError)) throw error;
    }
  }
  return services.riskAnalyses.create(clean);
}

/**
 * Saves an edited analysis if nobody else saved it meanwhile (ConflictError otherwise). The matrix version never
 * changes here: re-scoring under a newer matrix is the explicit `rescoreAnalysis` use case.
 */
export async function updateAnalysis(
  services: Pick<RiskServices, 'riskAnalyses'>,
  existing: StoredRiskAnalysis,
  analysis: RiskAnalysis,
): Promise<StoredRiskAnalysis> {
  return services.riskAnalyses.update(existing.id, existing.etag, checked({ ...analysis, matrixVersion: existing.matrixVersion }));
}
