import type { ConsequenceLevels } from './consequenceCategories';
import { ASPECTS, type Aspect, type Level, type Profile } from './levels';
import type { LoweringRequest } from './LoweringRequest';

/** One aspect's assessment: the chosen level, why, and (optionally) the level per consequence category. */
export interface AspectAssessment {
  level: Level;
  /** Required for every aspect, including level 0. */
  motivering: string;
  consequences: ConsequenceLevels;
}

export const PERSONAL_DATA_KINDS = ['none', 'personal', 'sensitive'] as const;
/** none: no personal data; personal: personuppgifter; sensitive: känsliga personuppgifter (GDPR art. 9/10). */
export type PersonalDataKind = (typeof PERSONAL_DATA_KINDS)[number];

export const PERSONAL_DATA_LABELS_SV: Readonly<Record<PersonalDataKind, string>> = {
  none: 'Inga personuppgifter',
  personal: 'Personuppgifter',
  sensitive: 'Känsliga personuppgifter',
};

export function isPersonalDataKind(value: unknown): value is PersonalDataKind {
  return typeof value === 'string' && (PERSONAL_DATA_KINDS as readonly string[]).indexOf(value) >= 0;
}

export interface PersonalData {
  kind: PersonalDataKind;
  note: string;
}

/** An informationsmängd: the smallest meaningful set of information a klassningsobjekt holds. */
export interface InformationSet {
  /** Unique within its object; `aggregateProfile` names driving sets by this id. */
  id: string;
  name: string;
  description: string;
  assessments: Readonly<Record<Aspect, AspectAssessment>>;
  personalData: PersonalData;
  /** Set when the set reuses an organisation-wide information type (see sharedInformationTypes.ts). */
  sharedTypeId?: string;
  /** The shared type's levels when the set was created from it: below these a level needs an approved lowering. */
  sharedBaseline?: Profile;
  /** Requests to go below the shared baseline, newest last; kept after decision as the record of who decided. */
  loweringRequests?: readonly LoweringRequest[];
}

export function emptyAssessment(): AspectAssessment {
  return { level: 0, motivering: '', consequences: {} };
}

export function emptyInformationSet(id: string, name: string = ''): InformationSet {
  return {
    id,
    name,
    description: '',
    assessments: { K: emptyAssessment(), R: emptyAssessment(), T: emptyAssessment(), S: emptyAssessment() },
    personalData: { kind: 'none', note: '' },
  };
}

/** The set's own levels as a profile, e.g. K3-R2-T1-S2. */
export function setProfile(set: InformationSet): Profile {
  const profile = {} as Record<Aspect, Level>;
  for (const aspect of ASPECTS) profile[aspect] = set.assessments[aspect].level;
  return profile;
}

/**
 * The lowest level a set based on a shared type may have on `aspect` without a (further) approved lowering: the
 * shared baseline, or the lowest level an approved lowering request allows. Undefined for a set of its own.
 */
export function sharedFloor(set: InformationSet, aspect: Aspect): Level | undefined {
  const baseline = set.sharedBaseline?.[aspect];
  if (baseline === undefined) return undefined;
  let floor: Level = baseline;
  for (const request of set.loweringRequests ?? []) {
    if (request.aspect === aspect && request.status === 'approved' && request.toLevel < floor) floor = request.toLevel;
  }
  return floor;
}
