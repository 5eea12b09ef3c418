/** Shared setup for the risk overview component tests: three analyses in the demo units with scored risks and actions. */
import type { Services } from '../../src/app/Services';
import type { StoredRisk, StoredRiskAction, StoredRiskAnalysis } from '../../src/data/ports';
import { DEFAULT_MATRIX, acceptRisk, emptyRisk, emptyRiskAction, type Assessment, type RiskAnalysis, type RiskMatrix } from '../../src/domain/risk';
import type { Person } from '../../src/domain/shared/Person';
import { demoRepository, services as baseServices } from './renderView';
import { fakeRiskRepositories, type FakeRiskRepositories } from './fakeRiskRepositories';

export type RiskTestServices = Services & FakeRiskRepositories;

export const LENA: Person = { displayName: 'Lena Ek', email: 'lena.ek@kommun.se' };
export const OMAR: Person = { displayName: 'Omar Said', email: 'omar.said@kommun.se' };

export const MATRIX: RiskMatrix = DEFAULT_MATRIX;

function assess(likelihood: number, consequence: number, motivering: string = 'Bedömt i workshop'): Assessment {
  return { likelihood, consequence, motivering };
}

export function analysis(name: string, ownerUnitId: string, status: RiskAnalysis['status']): RiskAnalysis {
  return {
    name,
    subjectKind: 'system',
    classificationObjectId: null,
    ownerUnitId,
    purpose: `Syftet med ${name}`,
    scope: 'Hela verksamheten',
    participants: [LENA, OMAR],
    date: '2026-11-01',
    status,
    nextFollowUpDate: '2027-11-01',
    matrixVersion: 1,
  };
}

export interface RiskWorld {
  services: RiskTestServices;
  analyses: { ransomware: StoredRiskAnalysis; laptop: StoredRiskAnalysis; scada: StoredRiskAnalysis };
  risks: { encrypted: StoredRisk; leak: StoredRisk; lostLaptop: StoredRisk; pumpStop: StoredRisk; unassessed: StoredRisk };
  actions: StoredRiskAction[];
}

/**
 * Demo units (renderView): 3 Barn- och utbildningsnämnden with 4 Utbildningskontoret under it, 6 Norrköping Vatten och
 * Avfall AB. Today is 2026-11-28.
 *
 * - Ransomware (unit 3, pågår): "Krypterade journaler" inherent 3×4 = 12 Hög, residual 2×4 = 8 Hög, owner Lena, an
 *   overdue action and a done one; "Läckt säkerhetskopia" inherent 4×4 = 16 Extremt hög, residual 1×2 = 2 Låg, owner
 *   Omar, accepted and then changed (void).
 * - Laptop (unit 4, klar): "Borttappad dator" inherent 3×4 = 12 Hög, no residual, owner Lena.
 * - SCADA (unit 6, planerad): "Pumpstopp" inherent 1×1 = 1 Låg, no owner, accepted until 2027-06-30, an action due
 *   2026-12-31; "Obedömd risk" without assessments.
 */
export async function riskWorld(): Promise<RiskWorld> {
  const services: RiskTestServices = { ...baseServices(demoRepository()), ...fakeRiskRepositories() };
  const ransomware = await services.riskAnalyses.create(analysis('Ransomware i journalsystemet', '3', 'pagar'));
  const laptop = await services.riskAnalyses.create(analysis('Förlorad bärbar dator', '4', 'klar'));
  const scada = await services.riskAnalyses.create(analysis('Styrsystem vattenverket', '6', 'planerad'));

  const encrypted = await services.risks.create({
    ...emptyRisk(ransomware.id),
    cause: 'en phishinglänk',
    event: 'Krypterade journaler',
    consequence: 'att vården inte når journalerna',
    riskOwner: LENA,
    inherent: assess(3, 4),
    treatment: 'reducera',
    residual: assess(2, 4, 'Efter återläsningsövning'),
  });
  const leakAccepted = acceptRisk(
    { ...emptyRisk(ransomware.id), cause: 'felkonfiguration', event: 'Läckt säkerhetskopia', consequence: 'röjda uppgifter', riskOwner: OMAR, inherent: assess(4, 4), treatment: 'reducera', residual: assess(1, 2) },
    MATRIX,
    OMAR,
    'riskOwner',
    new Date('2026-11-20T10:00:00Z'),
    '2027-06-30'
  );
  const leak = await services.risks.create({ ...leakAccepted, consequence: 'röjda personuppgifter' });
  const lostLaptop = await services.risks.create({
    ...emptyRisk(laptop.id),
    cause: 'slarv på tåget',
    event: 'Borttappad dator',
    consequence: 'röjda ärendeakter',
    riskOwner: LENA,
    inherent: assess(3, 4),
  });
  const pumpStop = await services.risks.create(
    acceptRisk(
      { ...emptyRisk(scada.id), cause: 'ett strömavbrott', event: 'Pumpstopp', consequence: 'kort avbrott', inherent: assess(1, 1), treatment: 'acceptera' },
      MATRIX,
      LENA,
      'riskOwner',
      new Date('2026-11-20T10:00:00Z'),
      '2027-06-30'
    )
  );
  const unassessed = await services.risks.create({ ...emptyRisk(scada.id), cause: 'okänt', event: 'Obedömd risk', consequence: 'okänt' });

  const actions = [
    await services.riskActions.create({ ...emptyRiskAction(encrypted.id), description: 'Öva återläsning', kind: 'hanterande', securityKind: 'teknisk', responsible: LENA, targetDate: '2026-10-01', status: 'pagar', requirementCodes: ['TEK-16'] }),
    await services.riskActions.create({ ...emptyRiskAction(encrypted.id), description: 'Utbilda i phishing', targetDate: '2026-09-01', status: 'klar' }),
    await services.riskActions.create({ ...emptyRiskAction(pumpStop.id), description: 'Reservkraft', securityKind: 'fysisk', targetDate: '2026-12-31', status: 'ejPaborjad' }),
  ];
  return { services, analyses: { ransomware, laptop, scada }, risks: { encrypted, leak, lostLaptop, pumpStop, unassessed }, actions };
}
