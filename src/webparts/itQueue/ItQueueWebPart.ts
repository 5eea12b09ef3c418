import { LisWebPartBase, type LisWebPartProps } from '../shared/LisWebPartBase';

/** LIS IT-överlämningar: the IT unit's queue of technical requirements handed over from classifications. */
export default class ItQueueWebPart extends LisWebPartBase<LisWebPartProps> {
  protected readonly view = 'itQueue' as const;
}
