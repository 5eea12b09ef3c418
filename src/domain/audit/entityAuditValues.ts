/**
 * Which fields of each audited entity the history shows, and how: domain value -> AuditValues (display text).
 * Field keys (the part before `:`) are listed in AUDIT_FIELD_KEYS; the UI has a label per key in sv and en.
 * Display text is Swedish (the product's first language) and never HTML.
 */
import { CLASSIFICATION_OBJECT_KIND_LABELS_SV, CLASSIFICATION_STATUS_LABELS_SV, type ClassificationObject } from '../classification/ClassificationObject';
import { PERSONAL_DATA_LABELS_SV } from '../classification/InformationSet';
import { ASPECTS } from '../classification/levels';
import type { OrgUnitDraft } from '../organisation/OrgUnit';
import { materialChanges } from '../risk/acceptance';
import type { Assessment, Risk } from '../risk/Risk';
import { RISK_TREATMENT_LABELS_SV } from '../risk/Risk';
import { RISK_ACTION_KIND_LABELS_SV, RISK_ACTION_STATUS_LABELS_SV, type RiskAction } from '../risk/RiskAction';
import { RISK_ANALYSIS_STATUS_LABELS_SV, RISK_SUBJECT_KIND_LABELS_SV, type RiskAnalysis } from '../risk/RiskAnalysis';
import { ACCEPTANCE_ROLE_LABELS_SV } from '../risk/RiskMatrix';
import {
  AuditValuesBuilder,
  formatAspects,
  formatBoolean,
  formatDate,
  formatDateTime,
  formatLevel,
  formatList,
  formatPeople,
  formatPerson,
  labelOf,
  type AuditValues,
} from './auditValues';

/** The entities with an audit trail (the same keys as the ItemHistory port's AuditedEntity). */
export const AUDIT_ENTITIES = ['classification', 'riskAnalysis', 'risk', 'riskAction', 'orgUnit'] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/** Every field key an entity's history may show, in display order (the UI labels each). */
export const AUDIT_FIELD_KEYS = {
  classification: [
    'name', 'kind', 'ownerUnit', 'description', 'status', 'version', 'approvedBy', 'approvedAt', 'nextReviewDate',
    'set', 'level', 'motivering', 'personalData', 'lowering', 'manualRaise', 'samhallsviktig', 'criticalityMotivering',
  ],
  riskAnalysis: ['name', 'subjectKind', 'classificationObject', 'ownerUnit', 'purpose', 'scope', 'participants', 'date', 'status', 'nextFollowUpDate', 'matrixVersion'],
  risk: [
    'cause', 'event', 'consequence', 'aspects', 'riskOwner', 'existingMeasures',
    'inherentLikelihood', 'inherentConsequence', 'inherentMotivering', 'treatment', 'treatmentNote',
    'residualLikelihood', 'residualConsequence', 'residualMotivering',
    'acceptedBy', 'acceptedAt', 'acceptanceValidUntil', 'acceptanceStatus',
  ],
  riskAction: ['description', 'kind', 'securityKind', 'responsible', 'targetDate', 'status', 'requirementCodes'],
  orgUnit: ['name', 'kind', 'parent', 'representatives', 'securityContact', 'active'],
} as const satisfies Readonly<Record<AuditEntity, readonly string[]>>;

export type AuditFieldKey<E extends AuditEntity> = (typeof AUDIT_FIELD_KEYS)[E][number];

const ORG_UNIT_KIND_LABELS_SV: Readonly<Record<string, string>> = { namnd: 'Nämnd', styrelse: 'Styrelse', bolag: 'Bolag', forvaltning: 'Förvaltning' };
const SECURITY_KIND_LABELS_SV: Readonly<Record<string, string>> = { administrativ: 'Administrativ', teknisk: 'Teknisk', fysisk: 'Fysisk' };
const LOWERING_STATUS_LABELS_SV: Readonly<Record<string, string>> = { pending: 'väntar på beslut', approved: 'godkänd', rejected: 'avslagen' };
const MATERIAL_FIELD_LABELS_SV: Readonly<Record<string, string>> = {
  cause: 'orsak',
  event: 'händelse',
  consequence: 'konsekvens',
  inherent: 'inneboende risk',
  residual: 'kvarvarande risk',
  treatment: 'behandling',
};

const text = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

export function classificationAuditValues(object: ClassificationObject): AuditValues {
  const values = new AuditValuesBuilder()
    .put('name', text(object.name))
    .put('kind', labelOf(CLASSIFICATION_OBJECT_KIND_LABELS_SV, object.kind))
    .put('ownerUnit', text(object.ownerUnitId))
    .put('description', text(object.description))
    .put('status', labelOf(CLASSIFICATION_STATUS_LABELS_SV, object.status))
    .put('version', text(object.version))
    .put('approvedBy', formatPerson(object.approvedBy))
    .put('approvedAt', formatDateTime(object.approvedAt))
    .put('nextReviewDate', formatDate(object.nextReviewDate));
  for (const set of object.sets) {
    const name = text(set.name);
    values.put('set', name, `set:${set.id}`);
    for (const aspect of ASPECTS) {
      const assessment = set.assessments[aspect];
      values.put(`level:${name} ${aspect}`, formatLevel(assessment.level), `level:${set.id}:${aspect}`);
      values.put(`motivering:${name} ${aspect}`, text(assessment.motivering), `motivering:${set.id}:${aspect}`);
    }
    const personal = set.personalData;
    values.put(`personalData:${name}`, `${labelOf(PERSONAL_DATA_LABELS_SV, personal.kind)}${personal.note ? `: ${personal.note}` : ''}`, `personalData:${set.id}`);
    for (const request of set.loweringRequests ?? []) {
      const decided = request.decidedBy ? ` av ${formatPerson(request.decidedBy)}` : '';
      values.put(
        `lowering:${name} ${request.aspect}`,
        `${request.fromLevel} → ${request.toLevel}, ${labelOf(LOWERING_STATUS_LABELS_SV, request.status)}${decided}`,
        `lowering:${set.id}:${request.id}`,
      );
    }
  }
  for (const aspect of ASPECTS) {
    const raise = object.manualRaises[aspect];
    if (raise) values.put(`manualRaise:${aspect}`, `${formatLevel(raise.level)}${raise.motivering ? `: ${raise.motivering}` : ''}`, `manualRaise:${aspect}`);
  }
  values.put('samhallsviktig', formatBoolean(object.criticality.samhallsviktig));
  values.put('criticalityMotivering', text(object.criticality.motivering));
  return values.build();
}

export function riskAnalysisAuditValues(analysis: RiskAnalysis): AuditValues {
  return new AuditValuesBuilder()
    .put('name', text(analysis.name))
    .put('subjectKind', labelOf(RISK_SUBJECT_KIND_LABELS_SV, analysis.subjectKind))
    .put('classificationObject', text(analysis.classificationObjectId))
    .put('ownerUnit', text(analysis.ownerUnitId))
    .put('purpose', text(analysis.purpose))
    .put('scope', text(analysis.scope))
    .put('participants', formatPeople(analysis.participants))
    .put('date', formatDate(analysis.date))
    .put('status', labelOf(RISK_ANALYSIS_STATUS_LABELS_SV, analysis.status))
    .put('nextFollowUpDate', formatDate(analysis.nextFollowUpDate))
    .put('matrixVersion', text(analysis.matrixVersion))
    .build();
}

function putAssessment(values: AuditValuesBuilder, prefix: 'inherent' | 'residual', assessment: Assessment | null): void {
  values.put(`${prefix}Likelihood`, assessment ? text(assessment.likelihood) : '');
  values.put(`${prefix}Consequence`, assessment ? text(assessment.consequence) : '');
  values.put(`${prefix}Motivering`, assessment ? text(assessment.motivering) : '');
}

/** `Gäller` while the risk is as accepted; `Upphävd (ändrat: orsak, kvarvarande risk)` after a material change. */
function acceptanceStatus(risk: Risk): string {
  if (!risk.acceptance) return '';
  const changed = materialChanges(risk.acceptance.snapshot, risk);
  return changed.length === 0 ? 'Gäller' : `Upphävd (ändrat: ${changed.map((field) => MATERIAL_FIELD_LABELS_SV[field]).join(', ')})`;
}

export function riskAuditValues(risk: Risk): AuditValues {
  const values = new AuditValuesBuilder()
    .put('cause', text(risk.cause))
    .put('event', text(risk.event))
    .put('consequence', text(risk.consequence))
    .put('aspects', formatAspects(risk.aspects))
    .put('riskOwner', formatPerson(risk.riskOwner))
    .put('existingMeasures', text(risk.existingMeasures));
  putAssessment(values, 'inherent', risk.inherent);
  values.put('treatment', labelOf(RISK_TREATMENT_LABELS_SV, risk.treatment)).put('treatmentNote', text(risk.treatmentNote));
  putAssessment(values, 'residual', risk.residual);
  const acceptance = risk.acceptance;
  values
    .put('acceptedBy', acceptance ? `${formatPerson(acceptance.acceptedBy)} (${labelOf(ACCEPTANCE_ROLE_LABELS_SV, acceptance.role)})` : '')
    .put('acceptedAt', acceptance ? formatDateTime(acceptance.acceptedAt) : '')
    .put('acceptanceValidUntil', acceptance ? formatDate(acceptance.validUntil) : '')
    .put('acceptanceStatus', acceptanceStatus(risk));
  return values.build();
}

export function riskActionAuditValues(action: RiskAction): AuditValues {
  return new AuditValuesBuilder()
    .put('description', text(action.description))
    .put('kind', labelOf(RISK_ACTION_KIND_LABELS_SV, action.kind))
    .put('securityKind', labelOf(SECURITY_KIND_LABELS_SV, action.securityKind))
    .put('responsible', formatPerson(action.responsible))
    .put('targetDate', formatDate(action.targetDate))
    .put('status', labelOf(RISK_ACTION_STATUS_LABELS_SV, action.status))
    .put('requirementCodes', formatList(action.requirementCodes))
    .build();
}

export function orgUnitAuditValues(unit: OrgUnitDraft): AuditValues {
  return new AuditValuesBuilder()
    .put('name', text(unit.name))
    .put('kind', labelOf(ORG_UNIT_KIND_LABELS_SV, unit.kind))
    .put('parent', text(unit.parentId))
    .put('representatives', formatPeople(unit.representatives))
    .put('securityContact', formatPerson(unit.securityContact))
    .put('active', formatBoolean(unit.active, 'Aktiv', 'Inaktiv'))
    .build();
}

/** The audited values of `value` as a version of `entity`; null when it is not a readable one (never throws). */
export function auditValuesOf(entity: AuditEntity, value: unknown): AuditValues | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  try {
    switch (entity) {
      case 'classification':
        return classificationAuditValues(value as ClassificationObject);
      case 'riskAnalysis':
        return riskAnalysisAuditValues(value as RiskAnalysis);
      case 'risk':
        return riskAuditValues(value as Risk);
      case 'riskAction':
        return riskActionAuditValues(value as RiskAction);
      case 'orgUnit':
        return orgUnitAuditValues(value as OrgUnitDraft);
      default:
        return null;
    }
  } catch {
    return null;
  }
}
