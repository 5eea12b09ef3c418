import type { ClassificationObject } from '../classification/ClassificationObject';
import type { OrgUnit } from '../organisation/OrgUnit';
import type { ActionPlan } from '../requirements/ActionPlan';
import type { HandoverItem } from '../requirements/handover';
import type { Risk } from '../risk/Risk';
import type { RiskAction } from '../risk/RiskAction';
import type { RiskAnalysis } from '../risk/RiskAnalysis';
import type { Person } from '../shared/Person';

/** An entity with its stored id (the rest of `Versioned` does not matter for tasks). */
export type WithId<T> = T & { id: string };

/** The handlingsplan of one classification object. */
export interface ObjectActionPlan {
  objectId: string;
  plan: ActionPlan;
}

/** Everything task sources read: plain data, loaded by the app layer. */
export interface TaskInput {
  orgUnits: readonly OrgUnit[];
  classifications: readonly WithId<ClassificationObject>[];
  plans: readonly ObjectActionPlan[];
  handovers: readonly HandoverItem[];
  analyses: readonly WithId<RiskAnalysis>[];
  risks: readonly WithId<Risk>[];
  actions: readonly WithId<RiskAction>[];
}

/** The person whose tasks are derived; matched by e-mail, case-insensitively. */
export interface TaskPerson extends Person {
  /** Works in the IT unit (gets the handover queue). */
  isItStaff: boolean;
}

export function emptyTaskInput(): TaskInput {
  return { orgUnits: [], classifications: [], plans: [], handovers: [], analyses: [], risks: [], actions: [] };
}
