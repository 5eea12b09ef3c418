/** @jest-environment jsdom */
import '../setup';
import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LisRoot } from '../../../src/ui/LisRoot';
import { ViewParamsProvider, useViewParams } from '../../../src/ui/viewParams';
import type { HandoverItem } from '../../../src/domain/requirements';
import { FakeClassificationRepository } from '../fakeClassificationRepository';
import { LENA, approvedObject, assessedSet, fixture } from '../classificationFixtures';
import { riskServices, storedAnalysis, storedRisk } from '../riskFixtures';
import { objectWithProfile, requirementServices } from '../requirementsRender';

const OPTS = { timeout: 10000 };

function item(objectId: string, code: string): HandoverItem {
  return { objectId, requirementCode: code, status: 'overlamnad', reason: '', history: [{ status: 'overlamnad', by: LENA, at: '2026-11-20T08:00:00Z', reason: '' }] };
}

describe('view parameters', () => {
  it('gives a view the parameters passed to LisRoot, and an empty object without them', () => {
    const seen: Array<Readonly<Record<string, string>>> = [];
    function Probe(): JSX.Element {
      const params = useViewParams();
      seen.push(params);
      return <p>{JSON.stringify(params)}</p>;
    }
    const { rerender } = render(<Probe />);
    expect(seen[0]).toEqual({});
    rerender(
      <ViewParamsProvider params={{ objectId: '7' }}>
        <Probe />
      </ViewParamsProvider>,
    );
    expect(screen.getByText('{"objectId":"7"}')).toBeInTheDocument();
  });

  it('reaches a view mounted through LisRoot (the classification view opens the object)', async () => {
    const f = fixture([
      approvedObject('Elevregister', [assessedSet('s1', 'Elevuppgifter', { K: 2, R: 2, T: 2, S: 1 })], LENA, '2026-02-01T10:00:00Z'),
      approvedObject('Lönesystem', [assessedSet('s1', 'Löner', { K: 3, R: 2, T: 2, S: 1 })], LENA, '2026-03-01T10:00:00Z'),
    ]);
    const { rerender } = render(<LisRoot services={f.services} locale="sv-SE" view="classification" params={{ objectId: '2' }} />);
    expect(await screen.findByRole('article', { name: 'Lönesystem' }, OPTS)).toBeInTheDocument();
    expect(screen.queryByRole('article', { name: 'Elevregister' })).not.toBeInTheDocument();
    // A new link to the same view (e.g. the preview's hash changing) remounts it and opens the new object.
    rerender(<LisRoot services={f.services} locale="sv-SE" view="classification" params={{ objectId: '1' }} />);
    expect(await screen.findByRole('article', { name: 'Elevregister' }, OPTS)).toBeInTheDocument();
  });
});

describe('opening the item a task links to', () => {
  it('classification: opens the object and points to the requirement in its handlingsplan', async () => {
    const f = fixture([approvedObject('Elevregister', [assessedSet('s1', 'Elevuppgifter', { K: 2, R: 2, T: 2, S: 1 })], LENA, '2026-02-01T10:00:00Z')]);
    render(<LisRoot services={f.services} locale="sv-SE" view="classification" params={{ objectId: '1', requirementCode: 'TEK-01' }} />);
    const detail = await screen.findByRole('article', { name: 'Elevregister' }, OPTS);
    const note = within(detail).getByText('Uppgiften gäller krav TEK-01 i handlingsplanen nedan.');
    // The note takes focus so keyboard and screen reader users land at the handlingsplan.
    await waitFor(() => expect(note.closest('[tabindex="-1"]')).toHaveFocus());

    // Back to the list and in again: the object opens without the note (it was pointed out once).
    const user = userEvent.setup({ delay: null });
    await user.click(within(detail).getByRole('button', { name: 'Tillbaka till listan' }));
    await user.dblClick(await screen.findByRole('rowheader', { name: 'Elevregister' }));
    expect(await screen.findByRole('article', { name: 'Elevregister' })).toBeInTheDocument();
    expect(screen.queryByText('Uppgiften gäller krav TEK-01 i handlingsplanen nedan.')).not.toBeInTheDocument();
  });

  it('classification: says so in Swedish when the object does not exist, and keeps the list usable', async () => {
    const f = fixture([approvedObject('Elevregister', [assessedSet('s1', 'Elevuppgifter', { K: 2, R: 2, T: 2, S: 1 })], LENA, '2026-02-01T10:00:00Z')]);
    render(<LisRoot services={f.services} locale="sv-SE" view="classification" params={{ objectId: '99' }} />);
    expect(await screen.findByText(/^Klassningsobjektet som länken pekar på \(id 99\) finns inte/, undefined, OPTS)).toBeInTheDocument();
    expect(await screen.findByRole('rowheader', { name: 'Elevregister' })).toBeInTheDocument();
    expect(screen.queryByRole('article')).not.toBeInTheDocument();
  });

  it('risk: opens the analysis and the risk\'s panel', async () => {
    const services = riskServices();
    await storedAnalysis(services, 'Ransomware mot elevregistret');
    const target = await storedAnalysis(services, 'Intrång i e-tjänsten');
    await storedRisk(services, target.id, { event: 'första risken' });
    const second = await storedRisk(services, target.id, { event: 'andra risken' });
    render(<LisRoot services={services} locale="sv-SE" view="risk" params={{ analysisId: target.id, riskId: second.id, actionId: 'x' }} />);
    expect(await screen.findByRole('article', { name: 'Intrång i e-tjänsten' }, OPTS)).toBeInTheDocument();
    expect(await screen.findByRole('dialog', { name: 'Risk 2' }, OPTS)).toBeInTheDocument();
  });

  it('risk: says so when the analysis or the risk no longer exists', async () => {
    const services = riskServices();
    const analysis = await storedAnalysis(services, 'Intrång i e-tjänsten');
    const { unmount } = render(<LisRoot services={services} locale="sv-SE" view="risk" params={{ analysisId: 'nope' }} />);
    expect(await screen.findByText(/^Riskanalysen som länken pekar på \(id nope\) finns inte/, undefined, OPTS)).toBeInTheDocument();
    unmount();

    render(<LisRoot services={services} locale="sv-SE" view="risk" params={{ analysisId: analysis.id, riskId: 'r-gone' }} />);
    const detail = await screen.findByRole('article', { name: 'Intrång i e-tjänsten' }, OPTS);
    expect(await within(detail).findByText('Risken som länken pekar på (id r-gone) finns inte längre i analysen.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('IT queue: marks the linked row (text, not colour only) and tells which requirement it is', async () => {
    const services = requirementServices();
    services.classifications = new FakeClassificationRepository([
      objectWithProfile({ K: 2, R: 2, T: 2, S: 1 }, { name: 'Elevregister', ownerUnitId: '3' }),
      objectWithProfile({ K: 1, R: 3, T: 3, S: 2 }, { name: 'Driftövervakning SCADA', ownerUnitId: '6' }),
    ]);
    await services.handovers.create(item('1', 'TEK-01'));
    await services.handovers.create(item('2', 'TEK-01'));
    await services.handovers.create(item('2', 'TEK-16'));
    render(<LisRoot services={services} locale="sv-SE" view="itQueue" params={{ objectId: '2', requirementCode: 'tek-01' }} />);
    expect(await screen.findByText('Uppgiften gäller krav TEK-01 för Driftövervakning SCADA. Raden är markerad i tabellen.', undefined, OPTS)).toBeInTheDocument();
    const marked = screen.getAllByText('Öppnad från uppgift');
    expect(marked).toHaveLength(1);
    const row = marked[0].closest('tr') as HTMLElement;
    expect(row).toHaveTextContent('Driftövervakning SCADA');
    expect(row).toHaveTextContent('TEK-01');
  });

  it('IT queue: says so when the linked requirement is not in the queue', async () => {
    const user = userEvent.setup({ delay: null });
    const services = requirementServices();
    services.classifications = new FakeClassificationRepository([objectWithProfile({ K: 2, R: 2, T: 2, S: 1 }, { name: 'Elevregister', ownerUnitId: '3' })]);
    await services.handovers.create(item('1', 'TEK-01'));
    render(<LisRoot services={services} locale="sv-SE" view="itQueue" params={{ objectId: '1', requirementCode: 'TEK-99' }} />);
    const message = await screen.findByText('Kravet TEK-99 för klassningsobjekt 1 finns inte i IT-kön, eller så är det redan avgjort.', undefined, OPTS);
    expect(screen.queryByText('Öppnad från uppgift')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Stäng' }));
    await waitFor(() => expect(message).not.toBeInTheDocument());
  });
});
