/** @jest-environment jsdom */
import '../setup';
import * as React from 'react';
import { render, screen, within, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LisRoot } from '../../../src/ui/LisRoot';
import { AccessDeniedError } from '../../../src/data/ports/errors';
import type { HealthFinding } from '../../../src/data/ports/PermissionAdmin';
import { NO_ACCESS, type UserAccess } from '../../../src/domain/access';
import { demoRepository, services as baseServices } from '../renderView';
import { FakeAccessReader, FakePermissionAdmin } from '../fakeAccessServices';
import type { Locale } from '../../../src/ui/strings';

const grantMissing: HealthFinding = {
  key: 'grantMissing:classifications:LIS Läsare:read',
  kind: 'grantMissing',
  severity: 'error',
  listKey: 'classifications',
  subject: 'LIS Läsare',
  params: { expected: 'read' },
  fixable: true,
};
const notIndexed: HealthFinding = {
  key: 'fieldNotIndexed:classifications:LisOwnerUnit',
  kind: 'fieldNotIndexed',
  severity: 'warning',
  listKey: 'classifications',
  subject: 'LisOwnerUnit',
  fixable: true,
};
const listMissing: HealthFinding = { key: 'listMissing:risks', kind: 'listMissing', severity: 'error', listKey: 'risks', subject: 'risks', fixable: false };

function renderSetup(admin: FakePermissionAdmin, access?: UserAccess, locale: Locale = 'sv-SE'): ReturnType<typeof render> {
  const services = { ...baseServices(demoRepository()), permissionAdmin: admin, ...(access ? { access: new FakeAccessReader(access) } : {}) };
  return render(<LisRoot services={services} locale={locale} view="setup" />);
}

describe('Behörigheter och hälsokontroll', () => {
  it('checks on open and explains each finding by kind, with the list title and severity as text', async () => {
    const admin = new FakePermissionAdmin([grantMissing, notIndexed, listMissing]);
    renderSetup(admin);
    const summary = await screen.findByRole('region', { name: 'Sammanfattning' });
    expect(summary).toHaveTextContent('Kontrollerade 12 listor, 3 grupper, 0 mappar och 0 poster.');
    expect(summary).toHaveTextContent('2 fel, 1 varning.');
    expect(admin.calls).toEqual(['check']);
    const findings = screen.getByRole('region', { name: 'Avvikelser' });
    expect(within(findings).getByRole('heading', { name: 'Behörigheter som saknas (1)' })).toBeInTheDocument();
    expect(findings).toHaveTextContent('Gruppen ”LIS Läsare” saknar behörigheten Läsa i LIS Klassningsobjekt.');
    expect(findings).toHaveTextContent('Kolumnen');
    expect(findings).toHaveTextContent('Kolumnen Informationsägare (LisOwnerUnit) i LIS Klassningsobjekt är inte indexerad');
    expect(findings).toHaveTextContent('Varning:');
    // Not fixable: what to do instead.
    expect(findings).toHaveTextContent('Lägg till LIS-appen på webbplatsen igen');
  });

  it('fixes after a confirmation, lists the actions and the new report; running again changes nothing', async () => {
    const admin = new FakePermissionAdmin([grantMissing, listMissing]);
    renderSetup(admin);
    await screen.findByRole('region', { name: 'Sammanfattning' });
    await userEvent.click(screen.getByRole('button', { name: 'Åtgärda' }));
    const dialog = await screen.findByRole('alertdialog', { name: 'Åtgärda avvikelserna?' });
    expect(dialog).toHaveTextContent('skapar grupperna som saknas');
    expect(dialog).toHaveTextContent('Det är säkert att köra igen');
    expect(admin.calls).toEqual(['check']);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Åtgärda' }));
    const result = await screen.findByRole('region', { name: 'Resultat av åtgärden' });
    expect(result).toHaveTextContent('1 problem åtgärdades:');
    expect(result).toHaveTextContent('Gruppen ”LIS Läsare” saknar behörigheten Läsa i LIS Klassningsobjekt.');
    expect(admin.calls).toEqual(['check', 'fix']);
    expect(screen.getByRole('region', { name: 'Sammanfattning' })).toHaveTextContent('1 fel, 0 varningar.');
    // Only the unfixable finding is left: the fix button is disabled and says why.
    expect(screen.getByRole('button', { name: 'Åtgärda' })).toBeDisabled();
    expect(screen.getByText('Det finns inget som knappen kan åtgärda.')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Kör kontrollen igen' }));
    await waitFor(() => expect(admin.calls).toEqual(['check', 'fix', 'check']));
    expect(await screen.findByRole('region', { name: 'Sammanfattning' })).toHaveTextContent('1 fel, 0 varningar.');
    expect(screen.queryByRole('region', { name: 'Resultat av åtgärden' })).not.toBeInTheDocument();
  });

  it('says so when everything is right, and disables the fix button', async () => {
    renderSetup(new FakePermissionAdmin([]));
    await screen.findByRole('region', { name: 'Sammanfattning' });
    expect(await screen.findByText('Allt stämmer med behörighetsmodellen och listornas schema.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Åtgärda' })).toBeDisabled();
  });

  it('lists the groups to fill: the fixed groups and one per active unit', async () => {
    renderSetup(new FakePermissionAdmin([]));
    const groups = await screen.findByRole('region', { name: 'Grupper att fylla' });
    expect(groups).toHaveTextContent('LIS Informationssäkerhetssamordnare');
    expect(groups).toHaveTextContent('LIS IT-enheten');
    expect(groups).toHaveTextContent('LIS Läsare');
    expect(groups).toHaveTextContent('LIS enhet 3: Barn- och utbildningsnämnden');
    expect(groups).not.toHaveTextContent('Gamla fritidsnämnden');
  });

  it('shows a clear message when the check is denied', async () => {
    const admin = new FakePermissionAdmin([grantMissing]);
    admin.failWith = new AccessDeniedError('403');
    renderSetup(admin);
    expect(await screen.findByText(/Du saknar behörighet att se eller ändra detta i LIS/)).toBeInTheDocument();
  });

  it('shows a clear message when the fix is denied, and keeps the report', async () => {
    const admin = new FakePermissionAdmin([grantMissing]);
    renderSetup(admin);
    await screen.findByRole('region', { name: 'Sammanfattning' });
    admin.failWith = new AccessDeniedError('403');
    await userEvent.click(screen.getByRole('button', { name: 'Åtgärda' }));
    await userEvent.click(within(await screen.findByRole('alertdialog', { name: 'Åtgärda avvikelserna?' })).getByRole('button', { name: 'Åtgärda' }));
    expect(await screen.findByText(/Du saknar behörighet att se eller ändra detta i LIS/)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Avvikelser' })).toHaveTextContent('LIS Läsare');
  });

  it('is only for the coordinator: anyone else gets a message and no check runs', async () => {
    const admin = new FakePermissionAdmin([grantMissing]);
    renderSetup(admin, { ...NO_ACCESS, reader: true, unitIds: new Set(['3']) });
    expect(await screen.findByText(/Du har inte behörighet att köra behörighetsinställningen/)).toBeInTheDocument();
    expect(admin.calls).toEqual([]);
    expect(screen.queryByRole('button', { name: 'Åtgärda' })).not.toBeInTheDocument();
  });

  it('speaks English', async () => {
    renderSetup(new FakePermissionAdmin([listMissing]), undefined, 'en-US');
    expect(await screen.findByText(/The list LIS Risker does not exist on the site\.|does not exist on the site/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Run the check again' })).toBeInTheDocument();
  });
});
