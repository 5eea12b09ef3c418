import { formatProfile, type Aspect, type Profile } from '../classification/levels';
import type { CsvColumn } from '../export/toCsv';
import type { ActionPlan } from './ActionPlan';
import { applicableRequirements, type ExclusionReason } from './applicability';
import { normaliseCode, type Requirement, type RequirementKind } from './Requirement';

/** One row of a kravlista for an upphandling. */
export interface ProcurementRow {
  code: string;
  title: string;
  /** The SKA-krav wording ("Leverantören ska …"). */
  skaText: string;
  kind: RequirementKind;
  /** e.g. "K, R" */
  aspects: string;
  reference: string;
}

/** A kravlista: the SKA-krav that follow from one classification object's profile. */
export interface ProcurementList {
  objectName: string;
  /** e.g. `K2-R3-T2-S2` */
  profile: string;
  rows: ProcurementRow[];
  /** Aspects at level 4: their requirements come from a separate analysis, not from this list. */
  excludedAspects: Aspect[];
  reason: ExclusionReason | null;
}

export interface ProcurementSource {
  catalogue: readonly Requirement[];
  /** When given, requirements the owner assessed as ej tillämpligt are left out. */
  plan?: ActionPlan;
  /** Only these kinds (e.g. only teknisk for a system purchase); all kinds when absent. */
  kinds?: readonly RequirementKind[];
}

/** Shapes the procurement requirements of one object for Excel/CSV and for printing, in catalogue order. */
export function procurementRequirementList(objectName: string, profile: Profile, source: ProcurementSource): ProcurementList {
  const applicability = applicableRequirements(source.catalogue, profile);
  const notApplicable = new Set(
    (source.plan?.entries ?? []).filter((e) => e.status === 'ejTillampligt').map((e) => normaliseCode(e.requirementCode))
  );
  const rows = applicability.requirements
    .filter((r) => !notApplicable.has(normaliseCode(r.code)))
    .filter((r) => !source.kinds || source.kinds.indexOf(r.kind) >= 0)
    .map((r) => ({ code: r.code, title: r.title, skaText: r.skaText, kind: r.kind, aspects: r.aspects.join(', '), reference: r.reference }));
  return {
    objectName: objectName.trim(),
    profile: formatProfile(profile),
    rows,
    excludedAspects: applicability.excludedAspects,
    reason: applicability.reason,
  };
}

/**
 * Columns of the kravlista export. Headers come from the caller (the UI's strings), so the domain stays free of
 * user-facing text; the kind is written through `kindLabel` for the same reason.
 */
export function procurementColumns(
  headers: Readonly<Record<keyof ProcurementRow, string>>,
  kindLabel: (kind: RequirementKind) => string
): CsvColumn<ProcurementRow>[] {
  return [
    { header: headers.code, value: (r) => r.code },
    { header: headers.title, value: (r) => r.title },
    { header: headers.skaText, value: (r) => r.skaText },
    { header: headers.kind, value: (r) => kindLabel(r.kind) },
    { header: headers.aspects, value: (r) => r.aspects },
    { header: headers.reference, value: (r) => r.reference },
  ];
}
