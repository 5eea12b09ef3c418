/** @jest-environment jsdom */
import './setup';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  approvedObject,
  assessedSet,
  draftObject,
  fixture,
  LENA,
  renderClassification,
  SARA,
  versionOf,
  type Fixture,
} from './classificationFixtures';

type User = ReturnType<typeof userEvent.setup>;

async function openObject(user: User, name: string): Promise<HTMLElement> {
  const grid = await screen.findByRole('grid', { name: 'Klassningsobjekt' });
  await user.dblClick(await within(grid).findByRole('rowheader', { name }));
  return screen.findByRole('article', { name });
}

function section(detail: HTMLElement, heading: string): HTMLElement {
  return within(detail).getByRole('region', { name: heading });
}

async function choose(user: User, combo: HTMLElement, option: string): Promise<void> {
  await user.click(combo);
  await user.click(await screen.findByRole('option', { name: option }));
}

const complete = (): ReturnType<typeof draftObject> =>
  draftObject('Elevregister', [assessedSet('set-1', 'Elevuppgifter', { K: 2, R: 2, T: 2, S: 2 })]);

describe('classification detail', () => {
  it('shows the profile with the set that drives each level', async () => {
    const user = userEvent.setup({ delay: null });
    const f = fixture([
      draftObject('Elevregister', [
        assessedSet('set-1', 'Elevuppgifter', { K: 3, R: 2, T: 1, S: 2 }),
        assessedSet('set-2', 'Betyg', { K: 2, R: 2, T: 2, S: 1 }),
      ]),
    ]);
    renderClassification(f);
    const detail = await openObject(user, 'Elevregister');
    const profile = section(detail, 'Klassning');
    expect(within(profile).getByText('K3-R2-T2-S2')).toBeInTheDocument();
    const rows = within(profile).getAllByRole('row');
    const k = rows.filter((r) => within(r).queryByRole('rowheader', { name: 'K – Konfidentialitet' }))[0];
    expect(within(k).getByText('3 – Allvarlig skada')).toBeInTheDocument();
    expect(within(k).getByText('Elevuppgifter')).toBeInTheDocument();
    const r = rows.filter((row) => within(row).queryByRole('rowheader', { name: 'R – Riktighet' }))[0];
    expect(within(r).getByText('Elevuppgifter, Betyg')).toBeInTheDocument();
    const t = rows.filter((row) => within(row).queryByRole('rowheader', { name: 'T – Tillgänglighet' }))[0];
    expect(within(t).getByText('Betyg')).toBeInTheDocument();
    // The handlingsplan section (requirements area) sits in the detail.
    expect(await within(detail).findByRole('region', { name: 'Handlingsplan' })).toBeInTheDocument();
  });

  it('raises an aspect with a motivering, and refuses a lowering with a clear message', async () => {
    const user = userEvent.setup({ delay: null });
    const f = fixture([complete()]);
    renderClassification(f);
    const detail = await openObject(user, 'Elevregister');
    const raise = section(detail, 'Manuell höjning');

    // Lowering K below what the sets give (K2) is refused.
    await choose(user, within(raise).getByRole('combobox', { name: /^Ny nivå/ }), '1 – Måttlig skada');
    await user.click(await within(raise).findByRole('textbox', { name: /Motivering till höjningen/ }));
    await user.paste('Vill sänka');
    await user.click(within(raise).getByRole('button', { name: 'Höj nivån' }));
    expect(
      await within(raise).findByText('Informationsmängderna ger K2. En manuell justering får bara höja nivån, inte sänka den.'),
    ).toBeInTheDocument();
    expect(f.classifications.byName('Elevregister').manualRaises).toEqual({});

    // A raise without motivering is refused too.
    await choose(user, within(raise).getByRole('combobox', { name: /^Ny nivå/ }), '3 – Allvarlig skada');
    await user.clear(await within(raise).findByRole('textbox', { name: /Motivering till höjningen/ }));
    await user.click(within(raise).getByRole('button', { name: 'Höj nivån' }));
    expect(await within(raise).findByText('Fältet måste fyllas i.')).toBeInTheDocument();
    expect(f.classifications.byName('Elevregister').manualRaises).toEqual({});

    await user.click(await within(raise).findByRole('textbox', { name: /Motivering till höjningen/ }));
    await user.paste('Ackumulering av elevuppgifter från alla skolor');
    await user.click(within(raise).getByRole('button', { name: 'Höj nivån' }));
    expect(await within(detail).findByText('K är höjd till nivå 3.')).toBeInTheDocument();
    expect(within(section(detail, 'Klassning')).getByText('K3-R2-T2-S2')).toBeInTheDocument();
    expect(within(section(detail, 'Klassning')).getByText('Manuellt höjd till nivå 3: Ackumulering av elevuppgifter från alla skolor')).toBeInTheDocument();
    expect(f.classifications.byName('Elevregister').manualRaises).toEqual({
      K: { level: 3, motivering: 'Ackumulering av elevuppgifter från alla skolor' },
    });
  });

  it('asks whether a verksamhetskritisk object (R or T ≥ 3) is samhällsviktig, answer and motivering required', async () => {
    const user = userEvent.setup({ delay: null });
    const f = fixture([
      complete(),
      draftObject('Driftövervakning', [assessedSet('set-1', 'Larm', { K: 1, R: 3, T: 3, S: 1 })]),
    ]);
    renderClassification(f);
    let detail = await openObject(user, 'Elevregister');
    expect(within(detail).queryByRole('region', { name: 'Verksamhetskritiskt' })).not.toBeInTheDocument();
    await user.click(within(detail).getByRole('button', { name: 'Tillbaka till listan' }));

    detail = await openObject(user, 'Driftövervakning');
    const critical = section(detail, 'Verksamhetskritiskt');
    await user.click(within(critical).getByRole('button', { name: 'Spara svaret' }));
    expect(within(critical).getByRole('radiogroup', { name: /Är objektet samhällsviktigt\?/ })).toBeInTheDocument();
    expect(await within(critical).findByRole('radio', { name: 'Ja, samhällsviktigt' })).toHaveAccessibleDescription('Fältet måste fyllas i.');
    expect(within(critical).getByRole('textbox', { name: /Motivering/ })).toHaveAccessibleDescription('Fältet måste fyllas i.');

    await user.click(within(critical).getByRole('radio', { name: 'Ja, samhällsviktigt' }));
    await user.click(within(critical).getByRole('textbox', { name: /Motivering/ }));
    await user.paste('Dricksvattenförsörjning');
    await user.click(within(critical).getByRole('button', { name: 'Spara svaret' }));
    expect(await within(detail).findByText('Svaret har sparats.')).toBeInTheDocument();
    expect(f.classifications.byName('Driftövervakning').criticality).toEqual({ samhallsviktig: true, motivering: 'Dricksvattenförsörjning' });
  });

  it('says that level 4 needs a separate analysis and generates no catalogue requirements', async () => {
    const user = userEvent.setup({ delay: null });
    const f = fixture([complete(), draftObject('Skyddsobjekt', [assessedSet('set-1', 'Ritningar', { K: 4, R: 2, T: 2, S: 2 })])]);
    renderClassification(f);
    let detail = await openObject(user, 'Elevregister');
    expect(within(detail).queryByText('Nivå 4: särskild analys krävs')).not.toBeInTheDocument();
    await user.click(within(detail).getByRole('button', { name: 'Tillbaka till listan' }));
    detail = await openObject(user, 'Skyddsobjekt');
    expect(within(detail).getByText('Nivå 4: särskild analys krävs')).toBeInTheDocument();
    expect(within(detail).getByText(/K \(Konfidentialitet\) är på nivå 4.*kontakta säkerhetsskyddschefen\. Inga katalogkrav genereras för nivå 4\./)).toBeInTheDocument();
  });

  it('lists what blocks the approval and keeps the draft', async () => {
    const user = userEvent.setup({ delay: null });
    const incomplete = complete();
    const set = incomplete.sets[0];
    const f = fixture([{ ...incomplete, sets: [{ ...set, assessments: { ...set.assessments, T: { ...set.assessments.T, motivering: '' } } }] }]);
    renderClassification(f);
    const detail = await openObject(user, 'Elevregister');
    const approval = section(detail, 'Fastställande');
    await user.click(within(approval).getByRole('button', { name: 'Fastställ klassningen' }));
    expect(await within(approval).findByText('Klassningen kan inte fastställas ännu:')).toBeInTheDocument();
    expect(within(approval).getByText('Fältet måste fyllas i.')).toBeInTheDocument();
    expect(f.classifications.byName('Elevregister').status).toBe('draft');
    expect(f.classifications.calls.addVersion).toBe(0);
  });

  it('approves a draft (who, when), makes the version read-only, records it in the history, and starts a new version', async () => {
    const user = userEvent.setup({ delay: null });
    const f = fixture([complete()]);
    renderClassification(f);
    const detail = await openObject(user, 'Elevregister');
    expect(within(detail).queryByText(/Du är inte angiven som företrädare/)).not.toBeInTheDocument();
    expect(within(section(detail, 'Historik')).getByText('Ingen version är fastställd ännu.')).toBeInTheDocument();

    await user.click(within(section(detail, 'Fastställande')).getByRole('button', { name: 'Fastställ klassningen' }));
    expect(await within(detail).findByText('”Elevregister” är fastställd.')).toBeInTheDocument();
    const approval = section(detail, 'Fastställande');
    expect(within(approval).getByText(/^Fastställd av Lena Ek 28 nov\. 2026/)).toBeInTheDocument();
    expect(within(approval).getByText('Nästa omprövning: 2027-11-28 (Aktuell).')).toBeInTheDocument();
    expect(within(detail).getByText('Version 1 är fastställd och kan inte ändras. Välj ”Ny version” för att göra ändringar.')).toBeInTheDocument();
    expect(within(detail).queryByRole('button', { name: 'Redigera i guiden' })).not.toBeInTheDocument();
    expect(within(detail).queryByRole('region', { name: 'Manuell höjning' })).not.toBeInTheDocument();

    const stored = f.classifications.byName('Elevregister');
    expect(stored).toMatchObject({ status: 'approved', approvedBy: LENA, approvedAt: '2026-11-28T10:00:00.000Z', nextReviewDate: '2027-11-28' });
    const versions = await f.classifications.listVersions(stored.id);
    expect(versions).toHaveLength(1);
    expect(versions[0]).toMatchObject({ version: 1, approvedBy: LENA, snapshot: { status: 'approved', name: 'Elevregister' } });
    expect(await within(section(detail, 'Historik')).findByText(/^Version 1, fastställd av Lena Ek/)).toBeInTheDocument();

    await user.click(within(approval).getByRole('button', { name: 'Ny version' }));
    expect(await within(detail).findByText('Version 2 är påbörjad som utkast.')).toBeInTheDocument();
    expect(within(detail).getByText('Utkast, version 2')).toBeInTheDocument();
    expect(within(detail).getByRole('button', { name: 'Redigera i guiden' })).toBeInTheDocument();
    expect(f.classifications.byName('Elevregister')).toMatchObject({ status: 'draft', version: 2, approvedBy: null });
    // The approved version stays in the history, unchanged.
    expect((await f.classifications.listVersions(stored.id))[0].snapshot.status).toBe('approved');
  });

  it('warns a user who is not a representative of the owner unit before approving', async () => {
    const user = userEvent.setup({ delay: null });
    const f = fixture([complete()], [], [], SARA);
    renderClassification(f);
    const detail = await openObject(user, 'Elevregister');
    expect(
      within(section(detail, 'Fastställande')).getByText(
        'Du är inte angiven som företrädare för Barn- och utbildningsnämnden. Fastställ bara om du företräder informationsägaren.',
      ),
    ).toBeInTheDocument();
  });

  it('shows the history of approved versions with what changed, who and when', async () => {
    const user = userEvent.setup({ delay: null });
    const v1 = approvedObject('Elevregister', [assessedSet('set-1', 'Elevuppgifter', { K: 2, R: 2, T: 2, S: 2 })], SARA, '2025-03-01T09:00:00.000Z');
    const v2 = approvedObject(
      'Elevregister',
      [
        assessedSet('set-1', 'Elevuppgifter', { K: 3, R: 2, T: 2, S: 2 }),
        assessedSet('set-2', 'Betyg', { K: 2, R: 2, T: 2, S: 2 }),
      ],
      LENA,
      '2026-02-10T09:00:00.000Z',
      { version: 2 },
    );
    const f = fixture([v2], [versionOf('1', v1), versionOf('1', v2)]);
    renderClassification(f);
    const detail = await openObject(user, 'Elevregister');
    const history = section(detail, 'Historik');
    expect(await within(history).findByText(/^Version 2, fastställd av Lena Ek 10 feb\. 2026/)).toBeInTheDocument();
    expect(within(history).getByText(/^Version 1, fastställd av Sara Samordnare 1 mars 2025/)).toBeInTheDocument();
    expect(within(history).getByText('Första fastställda versionen.')).toBeInTheDocument();

    const table = within(history).getByRole('table', { name: 'Ändringar i version 2' });
    const levelRow = within(table).getByRole('rowheader', { name: 'Elevuppgifter: K (Konfidentialitet), nivå' }).closest('tr') as HTMLElement;
    expect(within(levelRow).getByText('2 – Betydande skada')).toBeInTheDocument();
    expect(within(levelRow).getByText('3 – Allvarlig skada')).toBeInTheDocument();
    expect(within(levelRow).getByText('Lena Ek')).toBeInTheDocument();
    const added = within(table).getByRole('rowheader', { name: 'Informationsmängd' }).closest('tr') as HTMLElement;
    expect(within(added).getByText('(tomt)')).toBeInTheDocument();
    expect(within(added).getByText('Betyg')).toBeInTheDocument();
    // Approval bookkeeping is not listed as a change.
    expect(within(table).queryByRole('rowheader', { name: 'Fastställd av' })).not.toBeInTheDocument();
  });
});

export type { Fixture };
