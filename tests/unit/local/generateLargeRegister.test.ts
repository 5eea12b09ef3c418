/** @jest-environment node */
import { generateLargeRegister } from '../../../src/data/local';
import { ancestry, nameKey, validateOrgUnit } from '../../../src/domain/organisation';
import { asUnits } from './seedRegister';

describe('generateLargeRegister', () => {
  it('is deterministic: the same seed gives the same register, another seed another', () => {
    expect(generateLargeRegister(300, 42)).toEqual(generateLargeRegister(300, 42));
    expect(generateLargeRegister(300, 42)).not.toEqual(generateLargeRegister(300, 43));
  });

  it.each([0, 1, 7, 21, 22, 23, 40, 81, 5000])('gives exactly %i units', (count) => {
    expect(generateLargeRegister(count, 1)).toHaveLength(count);
  });

  it('passes every domain rule for every unit, checked against the whole register', () => {
    const units = asUnits(generateLargeRegister(400, 3));
    const problems = units.flatMap((u) => validateOrgUnit(u, units, u.id).map((i) => `${u.name}: ${i.field} ${i.code}`));
    expect(problems).toEqual([]);
  });

  it('is a valid register at any length (every prefix), since parents come before children', () => {
    const full = generateLargeRegister(200, 5);
    for (const count of [1, 2, 12, 21, 50, 199]) {
      const units = asUnits(generateLargeRegister(count, 5));
      expect(units.map((u) => u.id)).toEqual(full.slice(0, count).map((u) => u.key));
      const keys = new Set(units.map((u) => u.id));
      for (const u of units) if (u.parentId !== null) expect(keys.has(u.parentId)).toBe(true);
    }
  });

  it('looks like a municipality at scale: 5 000 units, unique names, nested up to five levels, some inactive and some bolag', () => {
    const units = asUnits(generateLargeRegister(5000, 1));
    expect(new Set(units.map((u) => nameKey(u.name))).size).toBe(5000);
    const byId = new Map(units.map((u) => [u.id, u]));
    const depthOf = (id: string | null): number => (id === null ? 0 : 1 + depthOf(byId.get(id)?.parentId ?? null));
    const depths = units.map((u) => depthOf(u.id));
    expect(ancestry(units[units.length - 1], units)).toHaveLength(depths[depths.length - 1]);
    expect(Math.max(...depths)).toBe(5);
    const inactive = units.filter((u) => !u.active);
    expect(inactive.length).toBeGreaterThan(100);
    expect(inactive.length).toBeLessThan(400);
    const parents = new Set(units.map((u) => u.parentId));
    for (const u of inactive) expect(parents.has(u.id)).toBe(false);
    expect(units.filter((u) => u.kind === 'bolag').length).toBeGreaterThan(50);
    expect(units.filter((u) => u.kind === 'namnd').length).toBe(9);
    expect(units.every((u) => u.representatives.length >= 1 && u.representatives.length <= 2)).toBe(true);
    const withContact = units.filter((u) => u.securityContact !== null).length;
    expect(withContact / units.length).toBeGreaterThan(0.75);
  });
});
