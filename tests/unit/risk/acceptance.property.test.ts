import fc from 'fast-check';
import { acceptanceState, acceptRisk, DEFAULT_MATRIX, MATERIAL_FIELDS, mayAccept, scoreRisk, type Risk } from '../../../src/domain/risk';
import { ValidationError } from '../../../src/domain/shared/Validation';
import { matrixAndCellArb } from './arbitraries';
import { anna, assess, makeRisk } from './fixtures';

const roleArb = fc.constantFrom('riskOwner' as const, 'forvaltning' as const, 'namnd' as const, 'kommunstyrelsen' as const);
const at = new Date('2026-05-04T09:00:00Z');

describe('acceptance (properties)', () => {
  it('succeeds exactly when the role may accept the level, on every matrix size', () => {
    fc.assert(
      fc.property(matrixAndCellArb, roleArb, ({ matrix, likelihood, consequence }, role) => {
        const risk = makeRisk({ inherent: assess(likelihood, consequence) });
        const level = scoreRisk(matrix, risk.inherent!).level;
        let accepted: Risk | null = null;
        try {
          accepted = acceptRisk(risk, matrix, anna, role, at, '2026-12-31');
        } catch (error) {
          expect(error).toBeInstanceOf(ValidationError);
          expect((error as ValidationError).issues.map((i) => i.code)).toEqual(['mayNotAccept']);
        }
        expect(accepted !== null).toBe(mayAccept(role, level));
      })
    );
  });

  it('any material change voids the acceptance and names exactly the changed fields; expiry never hides a void', () => {
    const textArb = fc.string({ minLength: 1, maxLength: 8 }).filter((s) => s.trim() !== '');
    const changeArb = fc.record(
      {
        cause: textArb,
        event: textArb,
        consequence: textArb,
        inherent: fc.option(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))),
        residual: fc.option(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))),
        treatment: fc.constantFrom(null, 'acceptera' as const, 'undvika' as const, 'overfora' as const, 'reducera' as const),
      },
      { requiredKeys: [] }
    );
    fc.assert(
      fc.property(changeArb, fc.constantFrom('2026-06-01', '2027-06-01'), (change, today) => {
        const base = makeRisk({ inherent: assess(2, 2), treatment: 'reducera', residual: assess(1, 2) });
        const accepted = acceptRisk(base, DEFAULT_MATRIX, anna, 'kommunstyrelsen', at, '2026-12-31');
        const edited: Risk = { ...accepted };
        if (change.cause !== undefined) edited.cause = change.cause;
        if (change.event !== undefined) edited.event = change.event;
        if (change.consequence !== undefined) edited.consequence = change.consequence;
        if (change.inherent !== undefined) edited.inherent = change.inherent ? assess(change.inherent[0], change.inherent[1], 'annan') : null;
        if (change.residual !== undefined) edited.residual = change.residual ? assess(change.residual[0], change.residual[1], 'annan') : null;
        if (change.treatment !== undefined) edited.treatment = change.treatment;
        const snapshot = accepted.acceptance!.snapshot;
        const expected = MATERIAL_FIELDS.filter((field) => {
          const a = snapshot[field];
          const b = edited[field];
          if (typeof a === 'string' && typeof b === 'string') return a.trim() !== b.trim();
          if (a && b && typeof a === 'object' && typeof b === 'object') return a.likelihood !== b.likelihood || a.consequence !== b.consequence;
          return a !== b;
        });
        const state = acceptanceState(edited, today);
        if (expected.length > 0) expect(state).toEqual({ state: 'void', changed: expected, validUntil: '2026-12-31' });
        else expect(state.state).toBe(today > '2026-12-31' ? 'expired' : 'valid');
      })
    );
  });
});
