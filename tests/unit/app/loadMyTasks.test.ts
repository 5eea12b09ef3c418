import { loadMyTasks } from '../../../src/app/tasks';
import type { HandoverItem } from '../../../src/domain/requirements/handover';
import { FakePeopleDirectory, FakeTaskInputReader } from '../../components/fakeReminderServices';
import { approvedObject, input, unit } from '../tasks/fixtures';

const anna = { displayName: 'Anna Berg', email: 'anna.berg@kommun.se' };
const ivar = { displayName: 'Ivar IT', email: 'ivar.it@kommun.se' };

function handover(): HandoverItem {
  return { objectId: 'c1', requirementCode: 'TEK-01', status: 'overlamnad', reason: '', history: [{ status: 'overlamnad', at: '2026-11-20T08:00:00Z', by: anna, reason: '' }] };
}

describe('loadMyTasks', () => {
  const data = input({ orgUnits: [unit('u1', [anna])], classifications: [approvedObject('c1', 'u1', '2026-12-10')], handovers: [handover()] });

  it('loads only the signed-in person’s data and derives their tasks on the Stockholm date', async () => {
    const reader = new FakeTaskInputReader(data, 1);
    const result = await loadMyTasks({ taskInputs: reader, people: new FakePeopleDirectory({ itStaff: [ivar] }), now: () => new Date('2026-11-27T23:30:00Z') }, anna);
    expect(reader.calls).toEqual([{ method: 'forPerson', person: { ...anna, isItStaff: false } }]);
    expect(result.tasks.map((t) => [t.key, t.state])).toEqual([['klassningOmprovning:c1:1', 'snart']]);
    expect(result.skipped).toBe(1);
    expect(result.orgUnits.map((u) => u.id)).toEqual(['u1']);
  });

  it('recognises IT staff by e-mail, case-insensitively, and gives them the handover queue', async () => {
    const reader = new FakeTaskInputReader(data);
    const result = await loadMyTasks(
      { taskInputs: reader, people: new FakePeopleDirectory({ itStaff: [{ ...ivar, email: 'IVAR.IT@kommun.se' }] }), now: () => new Date('2026-11-28T10:00:00Z') },
      ivar,
    );
    expect(reader.calls[0].person?.isItStaff).toBe(true);
    expect(result.tasks.map((t) => t.key)).toEqual(['itOverlamning:c1:TEK-01:overlamnad']);
  });
});
