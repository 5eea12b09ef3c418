/** @jest-environment node */
import { DEMO_MAIL_DOMAIN, mailLocalPart, norrkopingDemoRegister } from '../../../src/data/local';
import { nameKey, validateOrgUnit, wouldCreateCycle, type OrgUnit } from '../../../src/domain/organisation';
import { isValidEmail } from '../../../src/domain/shared';
import { asUnits } from './seedRegister';

describe('norrkopingDemoRegister', () => {
  const register = norrkopingDemoRegister();
  const units = asUnits(register);
  const active = units.filter((u) => u.active);

  it('passes every domain rule for every unit, checked against the whole register', () => {
    const problems = units.flatMap((u) => validateOrgUnit(u, units, u.id).map((issue) => `${u.name}: ${issue.field} ${issue.code}`));
    expect(problems).toEqual([]);
  });

  it('is shaped like a kommunkoncern: Kommunstyrelsen, 11+ nämnder, förvaltningar, a few bolag with boards', () => {
    expect(units.length).toBeGreaterThanOrEqual(25);
    const names = units.map((u) => u.name);
    expect(names).toContain('Kommunstyrelsen');
    expect(names.some((n) => /fullmäktige/i.test(n))).toBe(false);
    const count = (kind: OrgUnit['kind']): number => active.filter((u) => u.kind === kind).length;
    expect(count('namnd')).toBeGreaterThanOrEqual(11);
    expect(count('forvaltning')).toBeGreaterThanOrEqual(9);
    expect(count('bolag')).toBeGreaterThanOrEqual(3);
    expect(active.filter((u) => u.kind === 'styrelse' && u.parentId !== null).length).toBeGreaterThanOrEqual(2);
    expect(units.filter((u) => !u.active).length).toBeGreaterThanOrEqual(1);
  });

  it('gives every verksamhetsnämnd a förvaltning below it', () => {
    const withOwnOffice = active.filter((n) => n.kind === 'namnd' && units.some((c) => c.parentId === n.id && c.kind === 'forvaltning'));
    expect(withOwnOffice.length).toBeGreaterThanOrEqual(9);
  });

  it('has unique names among active units, unique keys, and parents that exist and come first', () => {
    expect(new Set(active.map((u) => nameKey(u.name))).size).toBe(active.length);
    expect(new Set(units.map((u) => u.id)).size).toBe(units.length);
    units.forEach((unit, index) => {
      if (unit.parentId === null) return;
      const parentIndex = units.findIndex((p) => p.id === unit.parentId);
      expect(parentIndex).toBeGreaterThanOrEqual(0);
      expect(parentIndex).toBeLessThan(index);
    });
  });

  it('has no cycles in any parent chain', () => {
    for (const unit of units) expect(wouldCreateCycle(unit.id, unit.parentId, units)).toBe(false);
  });

  it('has 1–2 representatives per unit and a security contact for most, all with valid .example addresses', () => {
    for (const unit of units) {
      expect(unit.representatives.length).toBeGreaterThanOrEqual(1);
      expect(unit.representatives.length).toBeLessThanOrEqual(2);
    }
    expect(units.filter((u) => u.securityContact !== null).length / units.length).toBeGreaterThan(0.75);
    const people = units.flatMap((u) => [...u.representatives, ...(u.securityContact ? [u.securityContact] : [])]);
    for (const person of people) {
      expect(isValidEmail(person.email)).toBe(true);
      expect(person.email).toBe(`${mailLocalPart(person.displayName)}@${DEMO_MAIL_DOMAIN}`);
      expect(person.email).toMatch(/^[a-z-]+\.[a-z-]+@norrkoping\.example$/);
    }
  });

  it('gives each invented person one address (no two people share one)', () => {
    const people = units.flatMap((u) => [...u.representatives, ...(u.securityContact ? [u.securityContact] : [])]);
    const nameByEmail = new Map<string, string>();
    for (const p of people) {
      expect(nameByEmail.get(p.email) ?? p.displayName).toBe(p.displayName);
      nameByEmail.set(p.email, p.displayName);
    }
  });

  it('returns a fresh copy each call, so a caller cannot change the demo data', () => {
    const a = norrkopingDemoRegister();
    a[0].representatives.push({ displayName: 'X', email: 'x@y.se' });
    a[0].name = 'Ändrad';
    a[1].representatives[0].displayName = 'Ändrad person';
    expect(norrkopingDemoRegister()[0].name).toBe('Kommunstyrelsen');
    expect(norrkopingDemoRegister()[0].representatives).toHaveLength(1);
    expect(norrkopingDemoRegister()[0].representatives[0].displayName).not.toBe('Ändrad person');
    expect(a[0].representatives[0].displayName).not.toBe('Ändrad person');
  });
});

describe('mailLocalPart', () => {
  it('folds Swedish letters and joins names with dots', () => {
    expect(mailLocalPart('Åsa Öberg-Lind')).toBe('asa.oberg-lind');
    expect(mailLocalPart('  Oskar  Nordéus ')).toBe('oskar.nordeus');
  });
});
