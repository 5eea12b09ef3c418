import * as React from 'react';
import { render, type RenderResult } from '@testing-library/react';
import { LisRoot } from '../../src/ui/LisRoot';
import type { Locale } from '../../src/ui/strings';
import type { Services } from '../../src/app/Services';
import { DEFAULT_SETTINGS } from '../../src/app/settings';
import type { OrgUnitDraft } from '../../src/domain/organisation';
import { FakeOrgUnitRepository } from './fakeOrgUnitRepository';
import { FakeClassificationRepository } from './fakeClassificationRepository';
import { FakeSharedInformationTypeRepository } from './fakeSharedInformationTypeRepository';
import { FakeRequirementCatalogueRepository } from './fakeRequirementCatalogueRepository';
import { FakeActionPlanRepository } from './fakeActionPlanRepository';
import { FakeHandoverRepository } from './fakeHandoverRepository';
import { fakeRiskRepositories } from './fakeRiskRepositories';
import { fakeReminderServices } from './fakeReminderServices';
import { fakeAccessServices } from './fakeAccessServices';

export function services(repo: FakeOrgUnitRepository): Services {
  return {
    orgUnits: repo,
    classifications: new FakeClassificationRepository(),
    sharedInformationTypes: new FakeSharedInformationTypeRepository(),
    requirements: new FakeRequirementCatalogueRepository(),
    actionPlans: new FakeActionPlanRepository(),
    handovers: new FakeHandoverRepository(),
    ...fakeRiskRepositories(),
    ...fakeReminderServices(),
    ...fakeAccessServices(),
    currentUser: { displayName: 'Sara Samordnare', email: 'sara.samordnare@kommun.se' },
    now: () => new Date('2026-11-28T10:00:00Z'),
    settings: DEFAULT_SETTINGS,
  };
}

export function renderOrganisation(repo: FakeOrgUnitRepository, locale: Locale = 'sv-SE'): RenderResult {
  return render(<LisRoot services={services(repo)} locale={locale} view="organisation" />);
}

function unit(name: string, kind: OrgUnitDraft['kind'], overrides: Partial<OrgUnitDraft> = {}): OrgUnitDraft {
  return { name, kind, parentId: null, representatives: [], securityContact: null, active: true, ...overrides };
}

/**
 * A small kommunkoncern. Ids follow creation order: 1 Kommunstyrelsen, 2 Kommunledningskontoret (under 1),
 * 3 Barn- och utbildningsnämnden, 4 Utbildningskontoret (under 3), 5 Kultur- och fritidsnämnden,
 * 6 Norrköping Vatten och Avfall AB, 7 Äldrenämnden, 8 Gamla fritidsnämnden (inactive).
 */
export function demoRepository(): FakeOrgUnitRepository {
  return new FakeOrgUnitRepository([
    unit('Kommunstyrelsen', 'styrelse', {
      representatives: [{ displayName: 'Anna Berg', email: 'anna.berg@kommun.se' }],
      securityContact: { displayName: 'Per Holm', email: 'per.holm@kommun.se' },
    }),
    unit('Kommunledningskontoret', 'forvaltning', { parentId: '1' }),
    unit('Barn- och utbildningsnämnden', 'namnd', {
      representatives: [{ displayName: 'Lena Ek', email: 'lena.ek@kommun.se' }],
    }),
    unit('Utbildningskontoret', 'forvaltning', { parentId: '3' }),
    unit('Kultur- och fritidsnämnden', 'namnd', {
      representatives: [{ displayName: 'Omar Said', email: 'omar.said@kommun.se' }],
    }),
    unit('Norrköping Vatten och Avfall AB', 'bolag', {
      representatives: [{ displayName: 'Eva Lund', email: 'eva.lund@nova.se' }],
    }),
    unit('Äldrenämnden', 'namnd'),
    unit('Gamla fritidsnämnden', 'namnd', { active: false }),
  ]);
}
