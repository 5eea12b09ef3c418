import * as React from 'react';
import { render, type RenderResult } from '@testing-library/react';
import type { Services } from '../../../src/app/Services';
import { COORDINATOR_ACCESS, NO_ACCESS, type UserAccess } from '../../../src/domain/access';
import { LisRoot } from '../../../src/ui/LisRoot';
import type { ViewKey } from '../../../src/ui/views';
import { FakeAccessReader } from '../fakeAccessServices';

/** The roles of the permission model as the UI sees them (unit 3 = Barn- och utbildningsnämnden). */
export const ROLES: Record<'coordinator' | 'unitEditor' | 'reader' | 'itStaff' | 'noRole', UserAccess> = {
  coordinator: COORDINATOR_ACCESS,
  unitEditor: { ...NO_ACCESS, unitIds: new Set(['3']) },
  reader: { ...NO_ACCESS, reader: true },
  itStaff: { ...NO_ACCESS, itStaff: true },
  noRole: NO_ACCESS,
};

export const NO_ROLE_TITLE = 'LIS uppgifter visas bara för dem som arbetar med informationssäkerhet';
export const DENIED = /Du saknar behörighet att se eller ändra detta i LIS\. Kontakta informationssäkerhetssamordnaren/;

/** Renders a view as a person with `access`. */
export function renderAs<S extends Services>(services: S, access: UserAccess, view: ViewKey): RenderResult {
  return render(<LisRoot services={{ ...services, access: new FakeAccessReader(access) }} locale="sv-SE" view={view} />);
}
