import type { Person } from '../shared/Person';
import type { InformationSet } from './InformationSet';
import type { Aspect, Level } from './levels';

export const CLASSIFICATION_OBJECT_KINDS = ['verksamhet', 'process', 'tjanst', 'it-system'] as const;
export type ClassificationObjectKind = (typeof CLASSIFICATION_OBJECT_KINDS)[number];

export const CLASSIFICATION_OBJECT_KIND_LABELS_SV: Readonly<Record<ClassificationObjectKind, string>> = {
  verksamhet: 'Verksamhet',
  process: 'Process',
  tjanst: 'Tjänst',
  'it-system': 'IT-system',
};

export function isClassificationObjectKind(value: unknown): value is ClassificationObjectKind {
  return typeof value === 'string' && (CLASSIFICATION_OBJECT_KINDS as readonly string[]).indexOf(value) >= 0;
}

export const CLASSIFICATION_STATUSES = ['draft', 'approved'] as const;
export type ClassificationStatus = (typeof CLASSIFICATION_STATUSES)[number];

export const CLASSIFICATION_STATUS_LABELS_SV: Readonly<Record<ClassificationStatus, string>> = {
  draft: 'Utkast',
  approved: 'Fastställd',
};

/** Raising an aspect above what the sets give, e.g. because of accumulation. Lowering is never allowed. */
export interface ManualRaise {
  level: Level;
  motivering: string;
}

/** Asked when the object is verksamhetskritisk (R or T ≥ 3): is it also samhällsviktig, and why? */
export interface CriticalityAnswer {
  /** null: not answered yet. */
  samhallsviktig: boolean | null;
  motivering: string;
}

/**
 * A klassningsobjekt (verksamhet, process, tjänst or it-system) in one version. Stores add their identity
 * (`Versioned`); every function here keeps fields it does not know about.
 */
export interface ClassificationObject {
  name: string;
  kind: ClassificationObjectKind;
  /** The owning org unit (informationsägare). */
  ownerUnitId: string;
  description: string;
  sets: readonly InformationSet[];
  status: ClassificationStatus;
  /** 1 for the first version; `startNewVersion` counts up. */
  version: number;
  approvedBy: Person | null;
  /** ISO date-time of the approval. */
  approvedAt: string | null;
  /** ISO date `YYYY-MM-DD` (Europe/Stockholm calendar); kept on a new draft until it is approved in turn. */
  nextReviewDate: string | null;
  manualRaises: Readonly<Partial<Record<Aspect, ManualRaise>>>;
  criticality: CriticalityAnswer;
}

export function emptyClassificationObject(ownerUnitId: string, kind: ClassificationObjectKind = 'it-system'): ClassificationObject {
  return {
    name: '',
    kind,
    ownerUnitId,
    description: '',
    sets: [],
    status: 'draft',
    version: 1,
    approvedBy: null,
    approvedAt: null,
    nextReviewDate: null,
    manualRaises: {},
    criticality: { samhallsviktig: null, motivering: '' },
  };
}
