/** Shared setup for the risk view's component tests: services with the risk fakes, a small world, rendering. */
import * as React from 'react';
import { render, screen, within, type RenderResult } from '@testing-library/react';
import type userEvent from '@testing-library/user-event';
import type { Services } from '../../src/app/Services';
import type { StoredRisk, StoredRiskAnalysis } from '../../src/data/ports';
import { DEFAULT_MATRIX, emptyRisk, type Assessment, type Risk, type RiskAnalysis, type RiskMatrix } from '../../src/domain/risk';
import type { Person } from '../../src/domain/shared/Person';
import { LisRoot } from '../../src/ui/LisRoot';
import { fakeRiskRepositories, type FakeRiskRepositories } from './fakeRiskRepositories';
import { demoRepository, services as baseServices } from './renderView';

export type User = ReturnType<typeof userEvent.setup>;
export type RiskViewServices = Services & FakeRiskRepositories;

export const LENA: Person = { displayName: 'Lena Ek', email: 'lena.ek@kommun.se' };

/** Services with the demo organisation (3 = Barn- och utbildningsnämnden) and the risk fakes; today 2026-11-28. */
export function riskServices(matrices: readonly RiskMatrix[] = [DEFAULT_MATRIX]): RiskViewServices {
  return { ...baseServices(demoRepository()), ...fakeRiskRepositories(matrices) };
}

export function assess(likelihood: number, consequence: number, motivering: string = 'Bedömt i workshop'): Assessment {
  return { likelihood, consequence, motivering };
}

export function analysisDraft(name: string, overrides: Partial<RiskAnalysis> = {}): RiskAnalysis {
  return {
    name,
    subjectKind: 'system',
    classificationObjectId: null,
    ownerUnitId: '3',
    purpose: 'Bedöma riskerna i elevregistret',
    scope: 'Systemet och dess drift',
    participants: [LENA],
    date: '2026-11-01',
    status: 'pagar',
    nextFollowUpDate: '2027-11-01',
    matrixVersion: 1,
    ...overrides,
  };
}

export async function storedAnalysis(services: RiskViewServices, name: string, overrides: Partial<RiskAnalysis> = {}): Promise<StoredRiskAnalysis> {
  return services.riskAnalyses.create(analysisDraft(name, overrides));
}

export async function storedRisk(services: RiskViewServices, analysisId: string, overrides: Partial<Risk> = {}): Promise<StoredRisk> {
  return services.risks.create({
    ...emptyRisk(analysisId),
    cause: 'en phishinglänk',
    event: 'skadlig kod krypterar servern',
    consequence: 'att elevuppgifterna inte går att nå',
    riskOwner: LENA,
    inherent: assess(3, 4),
    ...overrides,
  });
}

export function renderRisk(services: Services): RenderResult {
  return render(<LisRoot services={services} locale="sv-SE" view="risk" />);
}

/** Opens an analysis from the list (double-click on its row header) and returns its detail. */
export async function openAnalysis(user: User, name: string): Promise<HTMLElement> {
  // The view is loaded on demand: the first render of a test file may take a moment.
  const grid = await screen.findByRole('grid', { name: 'Riskanalyser' }, { timeout: 10000 });
  await user.dblClick(await within(grid).findByRole('rowheader', { name }));
  return screen.findByRole('article', { name });
}

/** Opens risk `n` of the open analysis in its panel. */
export async function openRisk(user: User, detail: HTMLElement, n: number): Promise<HTMLElement> {
  await user.click(await within(detail).findByRole('button', { name: `Öppna risk ${n}` }));
  return screen.findByRole('dialog', { name: `Risk ${n}` });
}

/** Picks a Dropdown option; inside a panel, pass its name: a just-closed dropdown hides the panel for a moment. */
export async function choose(user: User, combo: HTMLElement, option: string, dialog?: string): Promise<void> {
  await user.click(combo);
  await user.click(await screen.findByRole('option', { name: option }));
  if (dialog) await screen.findByRole('dialog', { name: dialog });
}

export async function typeInto(user: User, field: HTMLElement, text: string): Promise<void> {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
}
