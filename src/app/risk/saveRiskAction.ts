import type { StoredRiskAction } from '../../data/ports/RiskActionRepository';
import { normaliseCode } from '../../domain/requirements';
import { validateRiskAction, type RiskAction } from '../../domain/risk';
import { normaliseEmail } from '../../domain/shared/Person';
import { ValidationError } from '../../domain/shared/Validation';
import type { RiskServices } from './deps';

/** Requirement codes typed as "TEK-04, adm-01" (commas, semicolons or spaces) as a clean list without repeats. */
export function parseRequirementCodes(text: string): string[] {
  const codes = text
    .split(/[\s,;]+/)
    .map((c) => c.trim())
    .filter((c) => c.length > 0);
  const seen = new Set<string>();
  return codes.filter((c) => {
    const key = normaliseCode(c);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Trims texts, turns an empty responsible person or date into none, and cleans the requirement codes. */
export function normaliseRiskAction(action: RiskAction): RiskAction {
  const person = action.responsible;
  const noPerson = !person || (!person.displayName.trim() && !person.email.trim());
  return {
    riskId: action.riskId,
    description: action.description.trim(),
    kind: action.kind,
    securityKind: action.securityKind,
    responsible: noPerson ? null : { displayName: person.displayName.trim().replace(/\s+/g, ' '), email: normaliseEmail(person.email) },
    targetDate: action.targetDate && action.targetDate.trim() ? action.targetDate.trim() : null,
    status: action.status,
    requirementCodes: parseRequirementCodes(action.requirementCodes.join(' ')),
  };
}

function checked(action: RiskAction): RiskAction {
  const clean = normaliseRiskAction(action);
  const issues = validateRiskAction(clean);
  if (issues.length > 0) throw new ValidationError(issues);
  return clean;
}

/** Plans a new action against a risk (ValidationError with every issue when it breaks the rules). */
export async function createRiskAction(services: Pick<RiskServices, 'riskActions'>, action: RiskAction): Promise<StoredRiskAction> {
  return services.riskActions.create(checked(action));
}

/** Saves an edited action if nobody else saved it meanwhile (ConflictError otherwise). */
export async function updateRiskAction(
  services: Pick<RiskServices, 'riskActions'>,
  existing: Pick<StoredRiskAction, 'id' | 'etag'>,
  action: RiskAction,
): Promise<StoredRiskAction> {
  return services.riskActions.update(existing.id, existing.etag, checked(action));
}
