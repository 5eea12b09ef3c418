import type { StoredRisk } from '../../data/ports/RiskRepository';
import { ASPECTS } from '../../domain/classification';
import { validateRisk, type Assessment, type Risk, type RiskMatrix } from '../../domain/risk';
import { normaliseEmail } from '../../domain/shared/Person';
import { ValidationError } from '../../domain/shared/Validation';
import type { RiskServices } from './deps';

function assessment(value: Assessment | null): Assessment | null {
  return value ? { likelihood: value.likelihood, consequence: value.consequence, motivering: value.motivering.trim() } : null;
}

/**
 * Trims the texts, orders the aspects K-R-T-S, turns an empty risk owner into none. The acceptance is kept as it is:
 * whether a change voids it is read from its snapshot (see acceptanceState), so the record of who accepted what stays.
 */
export function normaliseRisk(risk: Risk): Risk {
  const owner = risk.riskOwner;
  const noOwner = !owner || (!owner.displayName.trim() && !owner.email.trim());
  return {
    analysisId: risk.analysisId,
    cause: risk.cause.trim(),
    event: risk.event.trim(),
    consequence: risk.consequence.trim(),
    aspects: ASPECTS.filter((a) => risk.aspects.indexOf(a) >= 0),
    riskOwner: noOwner ? null : { displayName: owner.displayName.trim().replace(/\s+/g, ' '), email: normaliseEmail(owner.email) },
    existingMeasures: risk.existingMeasures.trim(),
    inherent: assessment(risk.inherent),
    treatment: risk.treatment,
    treatmentNote: risk.treatmentNote.trim(),
    residual: assessment(risk.residual),
    acceptance: risk.acceptance,
  };
}

function checked(risk: Risk, matrix: RiskMatrix): Risk {
  const clean = normaliseRisk(risk);
  const issues = validateRisk(clean, matrix);
  if (issues.length > 0) throw new ValidationError(issues);
  return clean;
}

/** Adds a risk to an analysis, scored on the analysis' own matrix version (ValidationError with every issue). */
export async function createRisk(services: Pick<RiskServices, 'risks'>, risk: Risk, matrix: RiskMatrix): Promise<StoredRisk> {
  return services.risks.create(checked({ ...risk, acceptance: null }, matrix));
}

/** Saves an edited risk if nobody else saved it meanwhile (ConflictError otherwise). */
export async function updateRisk(
  services: Pick<RiskServices, 'risks'>,
  existing: Pick<StoredRisk, 'id' | 'etag'>,
  risk: Risk,
  matrix: RiskMatrix,
): Promise<StoredRisk> {
  return services.risks.update(existing.id, existing.etag, checked(risk, matrix));
}
