import type { ClassificationRepository } from '../../ports/ClassificationRepository';
import { NotFoundError } from '../../ports/errors';
import type { RiskAnalysisRepository } from '../../ports/RiskAnalysisRepository';
import type { RiskRepository } from '../../ports/RiskRepository';

/**
 * Which unit an entity belongs to, read through the unrestricted repositories (the enforcement layer decides; it
 * must see the truth). Undefined when the referenced item does not exist.
 */
export class UnitLookup {
  private readonly _classifications: ClassificationRepository;
  private readonly _analyses: RiskAnalysisRepository;
  private readonly _risks: RiskRepository;

  public constructor(classifications: ClassificationRepository, analyses: RiskAnalysisRepository, risks: RiskRepository) {
    this._classifications = classifications;
    this._analyses = analyses;
    this._risks = risks;
  }

  public ofObject(objectId: string): Promise<string | undefined> {
    return orUndefined(this._classifications.get(objectId).then((o) => o.ownerUnitId));
  }

  public ofAnalysis(analysisId: string): Promise<string | undefined> {
    return orUndefined(this._analyses.get(analysisId).then((a) => a.ownerUnitId));
  }

  public ofRisk(riskId: string): Promise<string | undefined> {
    return orUndefined(this._risks.get(riskId).then((r) => r.ownerUnitId));
  }

  /** Owner unit per classification object id (the whole register: the preview's store is small). */
  public async objectUnits(): Promise<Map<string, string>> {
    return new Map((await this._classifications.list()).items.map((o) => [o.id, o.ownerUnitId] as const));
  }

  /** Owner unit per risk analysis id. */
  public async analysisUnits(): Promise<Map<string, string>> {
    return new Map((await this._analyses.list()).items.map((a) => [a.id, a.ownerUnitId] as const));
  }
}

async function orUndefined(value: Promise<string>): Promise<string | undefined> {
  try {
    return await value;
  } catch (error) {
    if (error instanceof NotFoundError) return undefined;
    throw error;
  }
}
