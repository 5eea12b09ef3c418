import { LisWebPartBase, type LisWebPartProps } from '../shared/LisWebPartBase';

/** LIS Riskanalys: analyses, risks, scoring against the matrix, treatment actions, acceptance and the report. */
export default class RiskWebPart extends LisWebPartBase<LisWebPartProps> {
  protected readonly view = 'risk' as const;
}
