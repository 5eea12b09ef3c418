/** Shared setup for the requirements component tests: a small catalogue, objects with given profiles, services. */
import * as React from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import type { Services } from '../../src/app/Services';
import { DEFAULT_SETTINGS } from '../../src/app/settings';
import { plainEntry, type RequirementServices } from '../../src/app/requirements';
import type { StoredClassification, StoredHandover } from '../../src/data/ports';
import { emptyClassificationObject, emptyInformationSet, type Level, type Profile } from '../../src/domain/classification';
import type { ActionPlanEntry, Requirement } from '../../src/domain/requirements';
import { ServicesProvider } from '../../src/ui/ServicesContext';
import { StringsProvider } from '../../src/ui/strings';
import { ActionPlanSection } from '../../src/ui/requirements/ActionPlanSection';
import { FakeClassificationRepository } from './fakeClassificationRepository';
import { FakeSharedInformationTypeRepository } from './fakeSharedInformationTypeRepository';
import { demoRepository } from './renderView';
import { FakeActionPlanRepository } from './fakeActionPlanRepository';
import { FakeHandoverRepository } from './fakeHandoverRepository';
import { fakeRiskRepositories } from './fakeRiskRepositories';
import { fakeReminderServices } from './fakeReminderServices';
import { fakeAccessServices } from './fakeAccessServices';
import { FakeRequirementCatalogueRepository } from './fakeRequirementCatalogueRepository';

function req(code: string, kind: Requirement['kind'], aspects: Requirement['aspects'], minLevel: 1 | 2 | 3, baseline: boolean, title: string): Requirement {
  return {
    code,
    title,
    isText: `${title} är på plats.`,
    skaText: `Leverantören ska se till att ${title.toLowerCase()}.`,
    kind,
    aspects,
    minLevel,
    baseline,
    reference: 'MSBFS 2020:7',
  };
}

/** K2-R1-T1-S1 gets ADM-01, TEK-01, TEK-04, FYS-01; K1-R1-T3-S1 gets ADM-01, TEK-01, TEK-16, FYS-01. */
export const SMALL_CATALOGUE: Requirement[] = [
  req('ADM-01', 'administrativ', ['K'], 1, true, 'Ansvar för informationen'),
  req('TEK-01', 'teknisk', ['K', 'R'], 1, true, 'Personliga användaridentiteter'),
  req('TEK-04', 'teknisk', ['K', 'R', 'S'], 2, false, 'Flerfaktorsautentisering'),
  req('TEK-16', 'teknisk', ['T'], 3, false, 'Fastställd återställningstid'),
  req('FYS-01', 'fysisk', ['T'], 1, true, 'Skalskydd'),
];

export interface TestServices extends Services, RequirementServices {
  requirements: FakeRequirementCatalogueRepository;
  actionPlans: FakeActionPlanRepository;
  handovers: FakeHandoverRepository;
  classifications: FakeClassificationRepository;
}

export function requirementServices(catalogue: readonly Requirement[] = SMALL_CATALOGUE): TestServices {
  return {
    orgUnits: demoRepository(),
    classifications: new FakeClassificationRepository(),
    sharedInformationTypes: new FakeSharedInformationTypeRepository(),
    requirements: new FakeRequirementCatalogueRepository(catalogue),
    actionPlans: new FakeActionPlanRepository(),
    handovers: new FakeHandoverRepository(),
    ...fakeRiskRepositories(),
    ...fakeReminderServices(),
    ...fakeAccessServices(),
    currentUser: { displayName: 'Ivar IT', email: 'ivar.it@kommun.se' },
    now: () => new Date('2026-11-28T10:00:00Z'),
    settings: DEFAULT_SETTINGS,
  };
}

/** A stored classification object whose only information set has `profile`. */
export function objectWithProfile(profile: Profile, overrides: Partial<StoredClassification> = {}): StoredClassification {
  const set = emptyInformationSet('s1', 'Elevuppgifter');
  const assessments = { ...set.assessments };
  for (const aspect of ['K', 'R', 'T', 'S'] as const) {
    assessments[aspect] = { level: profile[aspect] as Level, motivering: 'Bedömt i workshop', consequences: {} };
  }
  return {
    ...emptyClassificationObject('3', 'it-system'),
    name: 'Elevregister',
    status: 'approved',
    sets: [{ ...set, assessments }],
    id: '42',
    etag: '1',
    modified: '2026-11-28T09:00:00Z',
    modifiedBy: 'lena.ek@kommun.se',
    ...overrides,
  };
}

/** The stored entry of one requirement in the object's current plan (without the store's fields). */
export async function storedEntry(services: TestServices, objectId: string, code: string): Promise<ActionPlanEntry | undefined> {
  const plan = await services.actionPlans.getPlan(objectId);
  const found = plan.entries.find((e) => e.requirementCode === code);
  return found ? plainEntry(found) : undefined;
}

export async function storedHandovers(services: TestServices): Promise<StoredHandover[]> {
  return (await services.handovers.list()).items;
}

export function renderSection(services: TestServices, object: StoredClassification): RenderResult {
  return render(
    <ThemeProvider>
      <StringsProvider locale="sv-SE">
        <ServicesProvider services={services}>
          <ActionPlanSection object={object} canEdit={true} />
        </ServicesProvider>
      </StringsProvider>
    </ThemeProvider>
  );
}

/** Re-renders the section with a changed object (as the object detail does after a save). */
export function sectionElement(services: TestServices, object: StoredClassification): JSX.Element {
  return (
    <ThemeProvider>
      <StringsProvider locale="sv-SE">
        <ServicesProvider services={services}>
          <ActionPlanSection object={object} canEdit={true} />
        </ServicesProvider>
      </StringsProvider>
    </ThemeProvider>
  );
}
