import { LisWebPartBase, type LisWebPartProps } from '../shared/LisWebPartBase';

/** LIS Informationsklassning: classification objects, the wizard, approval, history and the handlingsplan. */
export default class ClassificationWebPart extends LisWebPartBase<LisWebPartProps> {
  protected readonly view = 'classification' as const;
}
