import { emptyClassificationObject, type ClassificationObject } from '../../../src/domain/classification';
import type { OrgUnit } from '../../../src/domain/organisation';
import { emptyEntry, type ActionPlan } from '../../../src/domain/requirements';
import { emptyRisk, emptyRiskAction, emptyRiskAnalysis, type Risk, type RiskAction, type RiskAnalysis } from '../../../src/domain/risk';
import type { Person } from '../../../src/domain/shared';
import { emptyTaskInput, type TaskInput, type TaskPerson, type WithId } from '../../../src/domain/tasks';
import { makeSet, p } from '../classification/fixtures';

export const anna: TaskPerson = { displayName: 'Anna Berg', email: 'anna.berg@norrkoping.se', isItStaff: false };
export const ivar: TaskPerson = { displayName: 'Ivar IT', email: 'ivar.it@norrkoping.se', isItStaff: true };
export const other: Person = { displayName: 'Olle Annan', email: 'olle.annan@norrkoping.se' };

export function unit(id: string, representatives: Person[]): OrgUnit {
  return {
    id,
    etag: '1',
    modified: '2026-01-01T00:00:00Z',
    modifiedBy: 'x',
    name: `Enhet ${id}`,
    kind: 'forvaltning',
    parentId: null,
    representatives,
    securityContact: null,
    active: true,
  };
}

export function approvedObject(id: string, unitId: string, nextReviewDate: string): WithId<ClassificationObject> {
  return {
    ...emptyClassificationObject(unitId),
    id,
    name: `Objekt ${id}`,
    sets: [makeSet('s1', p(1, 1, 1, 1))],
    status: 'approved',
    approvedBy: anna,
    approvedAt: '2025-01-01T10:00:00Z',
    nextReviewDate,
  };
}

export function draftObject(id: string, unitId: string, overrides: Partial<ClassificationObject> = {}): WithId<ClassificationObject> {
  return { ...emptyClassificationObject(unitId), id, name: `Utkast ${id}`, sets: [makeSet('s1', p(1, 1, 1, 1))], ...overrides };
}

export function plan(entries: ActionPlan['entries']): ActionPlan {
  return { profile: p(1, 1, 1, 1), entries, retired: [], excludedAspects: [], reason: null };
}

export function entry(code: string, responsible: Person | null, targetDate: string | null, status: ActionPlan['entries'][number]['status'] = 'ejUppfyllt'): ActionPlan['entries'][number] {
  return { ...emptyEntry(code), status, responsible, targetDate };
}

export function analysis(id: string, unitId: string, nextFollowUpDate: string | null): WithId<RiskAnalysis> {
  return { ...emptyRiskAnalysis(unitId, '2026-01-10', 1), id, name: `Analys ${id}`, status: 'klar', nextFollowUpDate };
}

export function risk(id: string, analysisId: string): WithId<Risk> {
  return { ...emptyRisk(analysisId), id };
}

export function action(id: string, riskId: string, responsible: Person | null, targetDate: string | null, status: RiskAction['status'] = 'pagar'): WithId<RiskAction> {
  return { ...emptyRiskAction(riskId), id, description: `Åtgärd ${id}`, responsible, targetDate, status };
}

export function input(overrides: Partial<TaskInput>): TaskInput {
  return { ...emptyTaskInput(), ...overrides };
}
