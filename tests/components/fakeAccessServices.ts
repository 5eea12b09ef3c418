import type { Services } from '../../src/app/Services';
import { COORDINATOR_ACCESS, type UserAccess } from '../../src/domain/access';
import type { OrgUnit } from '../../src/domain/organisation/OrgUnit';
import type { AccessReader } from '../../src/data/ports/AccessReader';
import type { AuditedEntity, HistoryEntry, ItemHistory } from '../../src/data/ports/ItemHistory';
import type { FixResult, HealthFinding, HealthReport, PermissionAdmin } from '../../src/data/ports/PermissionAdmin';

export class FakeAccessReader implements AccessReader {
  public failWith: Error | undefined;
  public constructor(public access: UserAccess = COORDINATOR_ACCESS) {}
  public async currentAccess(): Promise<UserAccess> {
    if (this.failWith) throw this.failWith;
    return this.access;
  }
}

/** A health check over a list of open findings; `fix` clears the fixable ones and reports what it did. */
export class FakePermissionAdmin implements PermissionAdmin {
  public calls: Array<'check' | 'fix'> = [];
  public failWith: Error | undefined;
  public constructor(public findings: HealthFinding[] = [], private readonly now: () => Date = () => new Date('2026-11-28T10:00:00Z')) {}
  private report(): HealthReport {
    return { checkedAt: this.now().toISOString(), findings: this.findings.slice(), checked: { lists: 12, groups: 3, folders: 0, items: 0 } };
  }
  public async check(_units: readonly OrgUnit[]): Promise<HealthReport> {
    this.calls.push('check');
    if (this.failWith) throw this.failWith;
    return this.report();
  }
  public async fix(_units: readonly OrgUnit[]): Promise<FixResult> {
    this.calls.push('fix');
    if (this.failWith) throw this.failWith;
    const fixed = this.findings.filter((f) => f.fixable);
    this.findings = this.findings.filter((f) => !f.fixable);
    return { repaired: fixed, report: this.report() };
  }
}

export class FakeItemHistory implements ItemHistory {
  public calls: Array<{ entity: AuditedEntity; id: string }> = [];
  public constructor(public entries: Record<string, HistoryEntry[]> = {}) {}
  public async history(entity: AuditedEntity, id: string): Promise<HistoryEntry[]> {
    this.calls.push({ entity, id });
    return (this.entries[`${entity}:${id}`] ?? []).slice();
  }
}

/** The issue-6 services with permissive defaults (a coordinator, a healthy site, no history). */
export function fakeAccessServices(
  overrides: Partial<Pick<Services, 'access' | 'permissionAdmin' | 'itemHistory'>> = {},
): Pick<Services, 'access' | 'permissionAdmin' | 'itemHistory'> {
  return { access: new FakeAccessReader(), permissionAdmin: new FakePermissionAdmin(), itemHistory: new FakeItemHistory(), ...overrides };
}
