import { LisWebPartBase, type LisWebPartProps } from '../shared/LisWebPartBase';

/** LIS Riskregister: the municipality-wide risk register and heat map, filtered by unit, level, owner and status. */
export default class RiskRegisterWebPart extends LisWebPartBase<LisWebPartProps> {
  protected readonly view = 'riskRegister' as const;
}
