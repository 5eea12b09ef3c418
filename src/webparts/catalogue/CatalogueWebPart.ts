import { LisWebPartBase, type LisWebPartProps } from '../shared/LisWebPartBase';

/** LIS Kravkatalog: the security requirement catalogue (the coordinator imports, exports and maintains it). */
export default class CatalogueWebPart extends LisWebPartBase<LisWebPartProps> {
  protected readonly view = 'catalogue' as const;
}
