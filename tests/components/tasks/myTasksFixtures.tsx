/** Shared setup for "Mina uppgifter": Anna's tasks on 2026-11-28 (Stockholm), one of each urgency and several kinds. */
import * as React from 'react';
import { render, type RenderResult } from '@testing-library/react';
import type { Services } from '../../../src/app/Services';
import type { Locale } from '../../../src/ui/strings';
import { LisRoot } from '../../../src/ui/LisRoot';
import type { TaskInput } from '../../../src/domain/tasks';
import { action, analysis, anna, approvedObject, entry, input, plan, risk, unit } from '../../unit/tasks/fixtures';
import { FakePeopleDirectory, FakeTaskInputReader } from '../fakeReminderServices';
import { demoRepository, services as baseServices } from '../renderView';

export const TODAY = '2026-11-28';

/**
 * Units: u1 Socialnämnden (nobody), u2 Kulturnämnden (Anna represents it).
 * - handlingsplan TEK-01 of o1 (u1), due 2026-11-20: försenad
 * - handlingsplan TEK-02 of o1 (u1), due 2026-12-05: snart
 * - riskUppfoljning of an1 (u2), due today 2026-11-28: snart
 * - klassningOmprovning of o2 (u2), due 2027-01-10: kommande
 * - riskatgard a1 of r1 in an1 (u2), due 2027-02-01: kommande
 */
export function annasInput(): TaskInput {
  return input({
    orgUnits: [
      { ...unit('u1', []), name: 'Socialnämnden' },
      { ...unit('u2', [anna]), name: 'Kulturnämnden' },
    ],
    classifications: [{ ...approvedObject('o1', 'u1', '2028-06-01'), name: 'Journalsystem' }, { ...approvedObject('o2', 'u2', '2027-01-10'), name: 'Bokningssystem' }],
    plans: [{ objectId: 'o1', plan: plan([entry('TEK-01', anna, '2026-11-20'), entry('TEK-02', anna, '2026-12-05')]) }],
    analyses: [{ ...analysis('an1', 'u2', '2026-11-28'), name: 'Bibliotekets e-tjänst' }],
    risks: [risk('r1', 'an1')],
    actions: [{ ...action('a1', 'r1', anna, '2027-02-01'), description: 'Inför tvåfaktorsinloggning' }],
  });
}

export function taskServices(reader: FakeTaskInputReader = new FakeTaskInputReader(annasInput())): Services {
  return {
    ...baseServices(demoRepository()),
    taskInputs: reader,
    people: new FakePeopleDirectory({ itStaff: [] }),
    currentUser: { displayName: anna.displayName, email: anna.email },
    now: () => new Date('2026-11-28T10:00:00Z'),
  };
}

export function renderMyTasks(services: Services, locale: Locale = 'sv-SE'): RenderResult {
  return render(<LisRoot services={services} locale={locale} view="myTasks" />);
}
