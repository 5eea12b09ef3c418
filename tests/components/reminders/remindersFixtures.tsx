import * as React from 'react';
import { render, type RenderResult } from '@testing-library/react';
import type { Services } from '../../../src/app/Services';
import type { Person } from '../../../src/domain/shared/Person';
import { LisRoot } from '../../../src/ui/LisRoot';
import type { Locale } from '../../../src/ui/strings';
import { action, analysis, anna, approvedObject, input, other, risk, unit } from '../../unit/tasks/fixtures';
import { FakeOutbox, FakePeopleDirectory, FakeReminderLog, FakeTaskInputReader } from '../fakeReminderServices';
import { demoRepository, services as baseServices } from '../renderView';

export const NOW = new Date('2026-11-28T10:00:00Z');
export const sara: Person = { displayName: 'Sara Samordnare', email: 'sara.samordnare@kommun.se' };

/**
 * On 2026-11-28: Anna Berg represents unit u1 whose object c1 is due for review on 2026-12-05 (7 days: "fore-7");
 * Olle Annan's risk action x1 was due 2026-10-15 (44 days overdue), so it is escalated to Anna (the unit's
 * representative) and to Sara (the coordinator). Three recipients, four reminders.
 */
export function reminderInput(): ReturnType<typeof input> {
  return input({
    orgUnits: [unit('u1', [anna])],
    classifications: [approvedObject('c1', 'u1', '2026-12-05')],
    analyses: [analysis('a1', 'u1', null)],
    risks: [risk('r1', 'a1')],
    actions: [action('x1', 'r1', other, '2026-10-15')],
  });
}

export interface ReminderTestServices extends Services {
  taskInputs: FakeTaskInputReader;
  reminderLog: FakeReminderLog;
  outbox: FakeOutbox;
}

export function reminderServices(taskInput = reminderInput(), skipped = 0): ReminderTestServices {
  const outbox = new FakeOutbox(() => NOW);
  return {
    ...baseServices(demoRepository()),
    taskInputs: new FakeTaskInputReader(taskInput, skipped),
    people: new FakePeopleDirectory({ coordinator: [sara], itStaff: [] }),
    reminderLog: new FakeReminderLog(),
    mailSender: async () => outbox,
    outbox,
    now: () => NOW,
  };
}

export function renderReminders(services: Services, locale: Locale = 'sv-SE'): RenderResult {
  return render(<LisRoot services={services} locale={locale} view="reminders" />);
}
