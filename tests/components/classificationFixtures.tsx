import * as React from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { LisRoot } from '../../src/ui/LisRoot';
import type { Locale } from '../../src/ui/strings';
import type { Services } from '../../src/app/Services';
import {
  emptyClassificationObject,
  emptyInformationSet,
  type Aspect,
  type ClassificationObject,
  type InformationSet,
  type Level,
} from '../../src/domain/classification';
import type { Person } from '../../src/domain/shared/Person';
import type { ClassificationVersion } from '../../src/data/ports';
import type { SharedInformationTypeDraft } from '../../src/data/ports/SharedInformationTypeRepository';
import { FakeClassificationRepository } from './fakeClassificationRepository';
import { FakeSharedInformationTypeRepository } from './fakeSharedInformationTypeRepository';
import { demoRepository, services as baseServices } from './renderView';

/** Lena Ek represents Barn- och utbildningsnämnden (id 3) in demoRepository(). */
export const LENA: Person = { displayName: 'Lena Ek', email: 'lena.ek@kommun.se' };
export const SARA: Person = { displayName: 'Sara Samordnare', email: 'sara.samordnare@kommun.se' };
export const BUN = '3';
export const NOW = new Date('2026-11-28T10:00:00Z');

export type Levels = Record<Aspect, Level>;

/** A set with every aspect assessed and motivated. */
export function assessedSet(id: string, name: string, levels: Levels, overrides: Partial<InformationSet> = {}): InformationSet {
  const set = emptyInformationSet(id, name);
  return {
    ...set,
    assessments: {
      K: { level: levels.K, motivering: `K-motivering för ${name}`, consequences: { individ: levels.K } },
      R: { level: levels.R, motivering: `R-motivering för ${name}`, consequences: { verksamhet: levels.R } },
      T: { level: levels.T, motivering: `T-motivering för ${name}`, consequences: { verksamhet: levels.T } },
      S: { level: levels.S, motivering: `S-motivering för ${name}`, consequences: { lagkrav: levels.S } },
    },
    personalData: { kind: 'personal', note: 'Elevers namn och personnummer' },
    ...overrides,
  };
}

export function draftObject(name: string, sets: InformationSet[], overrides: Partial<ClassificationObject> = {}): ClassificationObject {
  return { ...emptyClassificationObject(BUN, 'it-system'), name, description: `${name} beskrivning`, sets, ...overrides };
}

export function approvedObject(
  name: string,
  sets: InformationSet[],
  approvedBy: Person,
  approvedAt: string,
  overrides: Partial<ClassificationObject> = {},
): ClassificationObject {
  return draftObject(name, sets, {
    status: 'approved',
    approvedBy,
    approvedAt,
    nextReviewDate: `${Number(approvedAt.slice(0, 4)) + 1}${approvedAt.slice(4, 10)}`,
    ...overrides,
  });
}

export function versionOf(objectId: string, object: ClassificationObject): ClassificationVersion {
  if (!object.approvedBy || !object.approvedAt) throw new Error('not approved');
  return { objectId, version: object.version, snapshot: object, approvedBy: object.approvedBy, approvedAt: object.approvedAt };
}

export interface Fixture {
  classifications: FakeClassificationRepository;
  sharedTypes: FakeSharedInformationTypeRepository;
  services: Services;
}

export function fixture(
  objects: ClassificationObject[] = [],
  versions: ClassificationVersion[] = [],
  sharedTypes: SharedInformationTypeDraft[] = [],
  currentUser: Person = LENA,
): Fixture {
  const classifications = new FakeClassificationRepository(objects, versions);
  const shared = new FakeSharedInformationTypeRepository(sharedTypes);
  const services: Services = {
    ...baseServices(demoRepository()),
    classifications,
    sharedInformationTypes: shared,
    currentUser,
    now: () => NOW,
  };
  return { classifications, sharedTypes: shared, services };
}

export function renderClassification(f: Fixture, locale: Locale = 'sv-SE'): RenderResult {
  return render(<LisRoot services={f.services} locale={locale} view="classification" />);
}
