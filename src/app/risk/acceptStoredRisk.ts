import type { StoredRisk } from '../../data/ports/RiskRepository';
import { acceptRisk, type AcceptanceRole, type RiskMatrix } from '../../domain/risk';
import type { RiskServices } from './deps';
import { withoutRiskStoreFields } from './storeFields';

/**
 * The signed-in user, acting in `role`, accepts the stored risk until `validUntil`. The domain decides whether the
 * role may accept the risk's level (residual if assessed, else inherent) and records a snapshot; ValidationError with
 * every issue otherwise. ConflictError when someone else saved the risk since it was read.
 */
export async function acceptStoredRisk(
  services: Pick<RiskServices, 'risks' | 'currentUser' | 'now'>,
  stored: StoredRisk,
  matrix: RiskMatrix,
  role: AcceptanceRole,
  validUntil: string,
): Promise<StoredRisk> {
  const accepted = acceptRisk(withoutRiskStoreFields(stored), matrix, services.currentUser, role, services.now(), validUntil.trim());
  return services.risks.update(stored.id, stored.etag, accepted);
}
