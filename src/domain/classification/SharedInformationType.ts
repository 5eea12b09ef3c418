import type { ValidationIssue } from '../shared/Validation';
import { emptyAssessment, setProfile, type AspectAssessment, type InformationSet, type PersonalData } from './InformationSet';
import { deepCopy } from './immutable';
import type { Aspect } from './levels';
import { validateInformationSet } from './validateClassification';

/**
 * An organisation-wide classification of a common information type (e.g. personalakt, skyddade personuppgifter),
 * published by the coordinator for units to reuse. A unit may raise its levels with a motivering; going lower needs
 * the coordinator's approval (see loweringRequests.ts).
 */
export interface SharedInformationType {
  id: string;
  name: string;
  description: string;
  assessments: Readonly<Record<Aspect, AspectAssessment>>;
  personalData: PersonalData;
}

export function emptySharedInformationType(id: string): SharedInformationType {
  return {
    id,
    name: '',
    description: '',
    assessments: { K: emptyAssessment(), R: emptyAssessment(), T: emptyAssessment(), S: emptyAssessment() },
    personalData: { kind: 'none', note: '' },
  };
}

/** The same rules as for an information set: name, levels and a motivering per aspect (`K.motivering` …). */
export function validateSharedInformationType(type: SharedInformationType): ValidationIssue[] {
  const asSet: InformationSet = { ...type };
  return validateInformationSet(asSet, '').map((issue) => ({ ...issue, field: issue.field.replace(/^\./, '') }));
}

/**
 * A new information set based on a shared type: it starts from the type's levels, motiveringar, consequences and
 * personal data, and remembers the levels as its baseline (below which a level needs an approved lowering).
 */
export function setFromSharedType(type: SharedInformationType, setId: string): InformationSet {
  const copy = deepCopy(type);
  return {
    id: setId,
    name: copy.name,
    description: copy.description,
    assessments: copy.assessments,
    personalData: copy.personalData,
    sharedTypeId: type.id,
    sharedBaseline: setProfile(copy),
    loweringRequests: [],
  };
}
