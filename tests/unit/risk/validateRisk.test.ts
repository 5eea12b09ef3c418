import { validateRisk, validateRiskAction, validateRiskAnalysis, type Risk, type RiskAction, type RiskAnalysis } from '../../../src/domain/risk';
import { anna, assess, defaultMatrix, makeAction, makeAnalysis, makeRisk } from './fixtures';

const matrix = defaultMatrix();
const codesOf = (issues: { field: string; code: string }[]): string[] => issues.map((i) => `${i.field}:${i.code}`);

describe('validateRisk', () => {
  it('accepts a complete risk and a bare one with only the wording', () => {
    expect(validateRisk(makeRisk({ treatment: 'reducera', residual: assess(1, 2) }), matrix)).toEqual([]);
    expect(validateRisk(makeRisk({ inherent: null, riskOwner: null, aspects: [] }), matrix)).toEqual([]);
  });

  it('requires the three parts of the wording', () => {
    expect(codesOf(validateRisk(makeRisk({ cause: ' ', event: '', consequence: '\n' }), matrix))).toEqual([
      'cause:required',
      'event:required',
      'consequence:required',
    ]);
  });

  it('limits lengths', () => {
    const long = 'x'.repeat(4001);
    const risk = makeRisk({ cause: long, event: 'x'.repeat(256), consequence: long, existingMeasures: long, treatmentNote: long, inherent: assess(1, 1, long) });
    expect(codesOf(validateRisk(risk, matrix))).toEqual([
      'cause:tooLong',
      'event:tooLong',
      'consequence:tooLong',
      'existingMeasures:tooLong',
      'inherent.motivering:tooLong',
      'treatmentNote:tooLong',
    ]);
  });

  it('checks aspects, owner and treatment', () => {
    const risk = { ...makeRisk({ riskOwner: { displayName: '', email: 'fel' } }), aspects: ['K', 'X'], treatment: 'ignorera' } as unknown as Risk;
    expect(codesOf(validateRisk(risk, matrix))).toEqual(['aspects.1:invalidChoice', 'riskOwner.displayName:required', 'riskOwner.email:invalidEmail', 'treatment:invalidChoice']);
    expect(codesOf(validateRisk(makeRisk({ riskOwner: { displayName: 'A', email: '' } }), matrix))).toEqual(['riskOwner.email:required']);
  });

  it('requires assessments on the matrix scales', () => {
    const issues = validateRisk(makeRisk({ inherent: assess(0, 5), treatment: 'reducera', residual: assess(2.5, 4) }), matrix);
    expect(issues).toEqual([
      { field: 'inherent.likelihood', code: 'offScale', params: { max: 4 } },
      { field: 'inherent.consequence', code: 'offScale', params: { max: 4 } },
      { field: 'residual.likelihood', code: 'offScale', params: { max: 4 } },
    ]);
  });

  it('requires a treatment once a residual risk is given', () => {
    expect(codesOf(validateRisk(makeRisk({ residual: assess(1, 1) }), matrix))).toEqual(['treatment:required']);
  });
});

describe('validateRiskAnalysis', () => {
  it('accepts a complete analysis', () => {
    expect(validateRiskAnalysis(makeAnalysis({ participants: [anna], nextFollowUpDate: '2027-01-15' }))).toEqual([]);
  });

  it('requires a name, unit and a classification object for klassningsobjekt', () => {
    const analysis = makeAnalysis({ name: ' ', ownerUnitId: '', subjectKind: 'klassningsobjekt', classificationObjectId: null });
    expect(codesOf(validateRiskAnalysis(analysis))).toEqual(['name:required', 'classificationObjectId:required', 'ownerUnitId:required']);
    expect(validateRiskAnalysis(makeAnalysis({ subjectKind: 'klassningsobjekt', classificationObjectId: 'c1' }))).toEqual([]);
  });

  it('checks choices, dates, participants and the matrix version', () => {
    const analysis = {
      ...makeAnalysis(),
      subjectKind: 'annat',
      status: 'avslutad',
      date: '2026-02-29',
      nextFollowUpDate: '15/1',
      matrixVersion: 0,
      participants: [anna, { displayName: 'Anna A', email: 'ANNA.andersson@kommun.se' }, { displayName: '', email: 'x' }],
      purpose: 'x'.repeat(4001),
    } as unknown as RiskAnalysis;
    expect(codesOf(validateRiskAnalysis(analysis))).toEqual([
      'subjectKind:invalidChoice',
      'purpose:tooLong',
      'participants.1.email:duplicatePerson',
      'participants.2.displayName:required',
      'participants.2.email:invalidEmail',
      'date:invalidDate',
      'status:invalidChoice',
      'nextFollowUpDate:invalidDate',
      'matrixVersion:invalidChoice',
    ]);
  });
});

describe('validateRiskAction', () => {
  it('accepts a complete action', () => {
    expect(validateRiskAction(makeAction({ responsible: anna, targetDate: '2026-09-30', requirementCodes: ['TEK-12', 'adm-01'] }))).toEqual([]);
  });

  it('reports every problem', () => {
    const action = {
      ...makeAction(),
      description: '',
      kind: 'x',
      securityKind: 'juridisk',
      status: 'klart',
      responsible: { displayName: 'B', email: 'b@' },
      targetDate: '2026-9-30',
      requirementCodes: ['TEK 12', 'OK-1'],
    } as unknown as RiskAction;
    expect(codesOf(validateRiskAction(action))).toEqual([
      'description:required',
      'kind:invalidChoice',
      'securityKind:invalidChoice',
      'status:invalidChoice',
      'responsible.email:invalidEmail',
      'targetDate:invalidDate',
      'requirementCodes.0:invalidRequirementCode',
    ]);
  });
});
