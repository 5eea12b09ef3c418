/** @jest-environment jsdom */
/**
 * Issue 6 item 5: a hand-edited item (a level of 7, a broken lookup) shows as an error on that item and never
 * crashes a view; the valid items are still listed; hostile text (`<img src=x onerror=alert(1)>`, also inside the
 * reasons the store gives) is rendered as text, never as markup. One test per list view: organisation,
 * classification, IT queue, catalogue, risk analyses, risk register and my tasks.
 */
import '../setup';
import * as React from 'react';
import { classificationFromItem, toClassificationItemValues } from '../../../src/data/sharepoint/classificationItem';
import { fromItem as orgUnitFromItem } from '../../../src/data/sharepoint/orgUnitItem';
import { ClassificationFields } from '../../../src/data/schema/classificationsList';
import { completeDraft } from '../../contract/classificationFixtures';
import { render, screen, within, type RenderResult } from '@testing-library/react';
import type { Services } from '../../../src/app/Services';
import { LisRoot } from '../../../src/ui/LisRoot';
import type { ViewKey } from '../../../src/ui';
import { FakeClassificationRepository } from '../fakeClassificationRepository';
import { FakeHandoverRepository } from '../fakeHandoverRepository';
import { FakeRequirementCatalogueRepository } from '../fakeRequirementCatalogueRepository';
import { FakeTaskInputReader } from '../fakeReminderServices';
import { demoRepository, services as baseServices } from '../renderView';
import { draftObject } from '../classificationFixtures';
import { SMALL_CATALOGUE } from '../requirementsRender';
import { analysisDraft, riskServices, storedRisk } from '../riskFixtures';
import { annasInput } from '../tasks/myTasksFixtures';
import { FakeOrgUnitRepository } from '../fakeOrgUnitRepository';

const XSS = '<img src=x onerror=alert(1)>';
const SCRIPT = '<script>window.__lisHacked = true</script>';

const SYSTEM_COLUMNS = { 'odata.etag': '"1"', Modified: '2026-02-03T10:00:00Z', Editor: { Title: 'Per Holm' } };

/** What the real SharePoint mappers report for two hand-edited items: a level of 7, and a broken lookup with markup. */
function brokenItems(): { id: string; reasons: string[] }[] {
  const values = toClassificationItemValues(completeDraft('12'));
  const content = (values[ClassificationFields.content] as string).replace(/"level":\s*\d/, '"level":7');
  const level7 = classificationFromItem({ Id: 901, ...SYSTEM_COLUMNS, ...values, [ClassificationFields.content]: content });
  const lookup = orgUnitFromItem({ Id: 902, ...SYSTEM_COLUMNS, Title: 'Nämnd', LisKind: 'namnd', LisParentUnitId: XSS, LisActive: true });
  if (level7.ok || lookup.ok) throw new Error('the hand-edited items should not map');
  return [level7, lookup].map(({ id, reasons }) => ({ id, reasons }));
}
const BROKEN = brokenItems();

function renderView(services: Services, view: ViewKey): RenderResult {
  return render(<LisRoot services={services} locale="sv-SE" view={view} />);
}

/** The broken items are listed with their ids and reasons as text, and no markup was created from any data. */
async function expectBrokenItemsShownAsText(container: HTMLElement): Promise<void> {
  const warning = (await screen.findByText(/2 poster i listan kunde inte läsas/)).closest('.ms-MessageBar') as HTMLElement;
  expect(warning).not.toBeNull();
  expect(within(warning).getByText((text) => text.includes('901') && /level/i.test(text) && text.includes('7'))).toBeInTheDocument();
  expect(within(warning).getByText((text) => text.includes('902') && text.includes(XSS))).toBeInTheDocument();
  expectNoMarkupFromData(container);
}

function expectNoMarkupFromData(container: HTMLElement): void {
  expect(container.querySelector('img')).toBeNull();
  expect(document.querySelector('img[src="x"]')).toBeNull();
  expect(container.querySelector('script')).toBeNull();
  expect((window as unknown as { __lisHacked?: boolean }).__lisHacked).toBeUndefined();
}

describe('list views with a hand-edited (broken) item and hostile text', () => {
  it('organisation: the warning lists the broken items; the valid units, one named with markup, are still shown as text', async () => {
    const repo = demoRepository();
    await repo.create({ name: XSS, kind: 'namnd', parentId: null, representatives: [{ displayName: SCRIPT, email: 'x@kommun.se' }], securityContact: null, active: true });
    repo.broken = BROKEN;
    const { container } = renderView(baseServices(repo), 'organisation');
    await expectBrokenItemsShownAsText(container);
    expect(screen.getByRole('rowheader', { name: 'Kommunstyrelsen' })).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: XSS })).toBeInTheDocument();
  });

  it('classification: broken objects are listed; the valid objects still are, a markup name as text', async () => {
    const classifications = new FakeClassificationRepository([draftObject('Elevregister', []), draftObject(XSS, [])]);
    classifications.broken = BROKEN;
    const { container } = renderView({ ...baseServices(demoRepository()), classifications }, 'classification');
    await expectBrokenItemsShownAsText(container);
    expect(screen.getAllByText('Elevregister').length).toBeGreaterThan(0);
    expect(screen.getAllByText(XSS).length).toBeGreaterThan(0);
  });

  it('IT queue: broken handovers are listed and the queue still renders', async () => {
    const handovers = new FakeHandoverRepository();
    handovers.broken = BROKEN;
    const services = { ...baseServices(demoRepository()), handovers, currentUser: { displayName: 'Ivar IT', email: 'ivar.it@kommun.se' } };
    const { container } = renderView(services, 'itQueue');
    await expectBrokenItemsShownAsText(container);
    expect(screen.getByRole('heading', { level: 2 })).toBeInTheDocument();
  });

  it('catalogue: broken requirements are listed; the valid ones still are, markup in a title as text', async () => {
    const requirements = new FakeRequirementCatalogueRepository([...SMALL_CATALOGUE, { ...SMALL_CATALOGUE[0], code: 'XSS-01', title: XSS, isText: SCRIPT }]);
    requirements.broken = BROKEN;
    const { container } = renderView({ ...baseServices(demoRepository()), requirements }, 'catalogue');
    await expectBrokenItemsShownAsText(container);
    expect(screen.getAllByText('Ansvar för informationen').length).toBeGreaterThan(0);
    expect(screen.getAllByText(XSS).length).toBeGreaterThan(0);
  });

  it('risk analyses: broken analyses are listed; the valid ones still are, a markup name as text', async () => {
    const services = riskServices();
    await services.riskAnalyses.create(analysisDraft('Elevregistret'));
    await services.riskAnalyses.create(analysisDraft(XSS, { purpose: SCRIPT }));
    services.riskAnalyses.broken = BROKEN;
    const { container } = renderView(services, 'risk');
    await expectBrokenItemsShownAsText(container);
    expect(screen.getAllByText('Elevregistret').length).toBeGreaterThan(0);
    expect(screen.getAllByText(XSS).length).toBeGreaterThan(0);
  });

  it('risk register: broken risks are listed; the valid risks still are, markup in a risk as text', async () => {
    const services = riskServices();
    const analysis = await services.riskAnalyses.create(analysisDraft('Elevregistret'));
    await storedRisk(services, analysis.id, { event: XSS, cause: SCRIPT });
    await storedRisk(services, analysis.id, { event: 'strömavbrott i serverhallen' });
    services.risks.broken = BROKEN;
    const { container } = renderView(services, 'riskRegister');
    await expectBrokenItemsShownAsText(container);
    expect(screen.getAllByText(/strömavbrott i serverhallen/).length).toBeGreaterThan(0);
    expect(screen.getAllByText((text) => text.includes(XSS)).length).toBeGreaterThan(0);
  });

  it('my tasks: skipped (unreadable) items give a notice and the readable tasks are still listed, markup names as text', async () => {
    const input = annasInput();
    input.classifications = input.classifications.map((c) => (c.name === 'Journalsystem' ? { ...c, name: XSS } : c));
    const reader = new FakeTaskInputReader(input, 2);
    const services = { ...baseServices(demoRepository()), taskInputs: reader, currentUser: { displayName: 'Anna Andersson', email: input.orgUnits[1].representatives[0].email } };
    const { container } = renderView(services, 'myTasks');
    expect(await screen.findByText(/2 poster kunde inte läsas och ingår inte i listan/)).toBeInTheDocument();
    expect(screen.getAllByText((text) => text.includes(XSS)).length).toBeGreaterThan(0);
    expect(screen.getAllByText((text) => text.includes('Bokningssystem')).length).toBeGreaterThan(0);
    expectNoMarkupFromData(container);
  });

  it('a view whose store reports nothing but broken items still renders its empty state, not a crash', async () => {
    const repo = new FakeOrgUnitRepository([]);
    repo.broken = BROKEN;
    const { container } = renderView(baseServices(repo), 'organisation');
    await expectBrokenItemsShownAsText(container);
  });
});
