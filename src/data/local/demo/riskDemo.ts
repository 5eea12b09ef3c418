/**
 * Demo data for risk analysis in the local preview:
 *
 * - the default risk matrix (DEFAULT_MATRIX, MSB 4 × 4) as version 1, created by the coordinator;
 * - three analyses of demo units: ransomware against the care system (Vård- och omsorgskontoret, in progress), a lost
 *   laptop with case files (Socialkontoret, done) and a failing control system at the waterworks (Norrköpings Vatten
 *   och Avfall AB, linked to the SCADA classification object, followed up);
 * - realistic risks ("På grund av … inträffar … vilket leder till …") with inherent and residual scores from low to
 *   high, actions in every status (some past their target date) and one risk accepted by its owner.
 *
 * An analysis whose unit is not in the register (another seed) is left out; the matrix is always written.
 * Deterministic: the same register, objects and clock give the same data. Written through the repositories, so it is
 * stored exactly as the preview's own writes are.
 */
import type { ClassificationObject } from '../../../domain/classification';
import type { OrgUnit } from '../../../domain/organisation';
import { acceptRisk, DEFAULT_MATRIX, type Assessment, type Risk, type RiskAction, type RiskAnalysis, type RiskMatrix } from '../../../domain/risk';
import type { Person } from '../../../domain/shared/Person';
import type { Versioned } from '../../../domain/shared/Versioned';
import type { RiskActionRepository } from '../../ports/RiskActionRepository';
import type { RiskAnalysisRepository } from '../../ports/RiskAnalysisRepository';
import type { RiskMatrixRepository } from '../../ports/RiskMatrixRepository';
import type { RiskRepository } from '../../ports/RiskRepository';
import type { LocalWriteContext } from '../LocalWriteContext';
import { demoPerson } from './demoPerson';

export interface RiskDemoRepositories {
  riskMatrices: RiskMatrixRepository;
  riskAnalyses: RiskAnalysisRepository;
  risks: RiskRepository;
  riskActions: RiskActionRepository;
}

/** The coordinator who owns the matrix in the demo. */
export const DEMO_RISK_COORDINATOR: Person = demoPerson('Sara Nyborg');

/** Demo unit names the analyses belong to. */
export const RISK_DEMO_UNITS = {
  care: 'Vård- och omsorgskontoret',
  social: 'Socialkontoret',
  water: 'Norrköpings Vatten och Avfall AB',
} as const;

/** The name the SCADA classification object starts with (classificationDemo.ts). */
const SCADA_PREFIX = 'SCADA';

interface ActionSpec {
  description: string;
  kind: RiskAction['kind'];
  securityKind: RiskAction['securityKind'];
  status: RiskAction['status'];
  /** Days from now (negative: in the past). */
  targetInDays: number | null;
  requirementCodes?: string[];
}

interface RiskSpec {
  cause: string;
  event: string;
  consequence: string;
  aspects: Risk['aspects'];
  existingMeasures: string;
  inherent: [number, number, string];
  treatment: Risk['treatment'];
  treatmentNote: string;
  residual: [number, number, string] | null;
  actions: ActionSpec[];
  /** Accept the risk (as its owner, role riskägaren) valid this many days. */
  acceptForDays?: number;
}

interface AnalysisSpec {
  unitName: string;
  name: string;
  subjectKind: RiskAnalysis['subjectKind'];
  withScada: boolean;
  purpose: string;
  scope: string;
  status: RiskAnalysis['status'];
  dateInDays: number;
  followUpInDays: number | null;
  risks: RiskSpec[];
}

const ANALYSES: readonly AnalysisSpec[] = [
  {
    unitName: RISK_DEMO_UNITS.care,
    name: 'Ransomware mot verksamhetssystemet för vård och omsorg',
    subjectKind: 'system',
    withScada: false,
    purpose: 'Bedöma vad en ransomware-attack mot verksamhetssystemet skulle innebära för brukarna och hur verksamheten klarar sig utan systemet.',
    scope: 'Verksamhetssystemet för vård och omsorg med journal, genomförandeplaner och läkemedelslistor; hemtjänst och särskilda boenden.',
    status: 'pagar',
    dateInDays: -21,
    followUpInDays: 150,
    risks: [
      {
        cause: 'bristande uppdateringar och ett platt nätverk utan segmentering',
        event: 'ransomware krypterar verksamhetssystemet och dess filytor',
        consequence: 'personalen saknar genomförandeplaner och läkemedelslistor i flera dagar och brukare kan komma till skada',
        aspects: ['T', 'R'],
        existingMeasures: 'Nattlig säkerhetskopiering till samma nätverk; antivirus på klienterna.',
        inherent: [3, 4, 'Angrepp mot kommuner är vanliga och systemet är kritiskt dygnet runt.'],
        treatment: 'reducera',
        treatmentNote: 'Frånkopplade säkerhetskopior, segmentering och reservrutiner på papper.',
        residual: [2, 3, 'Med frånkopplade kopior och pappersrutiner är avbrottet kortare och hanterbart.'],
        actions: [
          { description: 'Inför frånkopplade (offline) säkerhetskopior med återläsningstest varje kvartal', kind: 'forebyggande', securityKind: 'teknisk', status: 'pagar', targetInDays: -14, requirementCodes: ['TEK-16'] },
          { description: 'Ta fram reservrutin på papper för läkemedelsutdelning och besöksplanering', kind: 'hanterande', securityKind: 'administrativ', status: 'klar', targetInDays: -30 },
          { description: 'Segmentera nätet så att vårdens klienter inte når servrarna direkt', kind: 'forebyggande', securityKind: 'teknisk', status: 'ejPaborjad', targetInDays: 120 },
        ],
      },
      {
        cause: 'nätfiske mot personal i hemtjänsten',
        event: 'en obehörig loggar in i journalen med stulna inloggningsuppgifter',
        consequence: 'känsliga personuppgifter om brukare röjs och förtroendet för kommunen skadas',
        aspects: ['K', 'S'],
        existingMeasures: 'Lösenord och årlig utbildning i informationssäkerhet.',
        inherent: [3, 3, 'Nätfiskeförsök når personalen varje vecka.'],
        treatment: 'reducera',
        treatmentNote: 'Flerfaktorsautentisering och loggranskning.',
        residual: [2, 3, 'Stulna lösenord räcker inte längre för att logga in.'],
        actions: [
          { description: 'Inför flerfaktorsautentisering för journalen', kind: 'forebyggande', securityKind: 'teknisk', status: 'ejPaborjad', targetInDays: -7, requirementCodes: ['TEK-04'] },
        ],
      },
    ],
  },
  {
    unitName: RISK_DEMO_UNITS.social,
    name: 'Förlorad bärbar dator med akter',
    subjectKind: 'forandring',
    withScada: false,
    purpose: 'Bedöma riskerna när socialsekreterare tar med bärbara datorer med utredningar till hembesök och möten.',
    scope: 'Bärbara datorer i barn- och familjeenheten; utredningar och akter som sparas lokalt.',
    status: 'klar',
    dateInDays: -90,
    followUpInDays: 275,
    risks: [
      {
        cause: 'bärbara datorer tas med till hembesök, möten och i bilen',
        event: 'en bärbar dator med utredningar i barnavårdsärenden tappas bort eller stjäls',
        consequence: 'sekretessbelagda uppgifter om barn och familjer kan röjas',
        aspects: ['K'],
        existingMeasures: 'Inloggning med lösenord; rutin att inte lämna datorn i bilen.',
        inherent: [3, 4, 'Datorer försvinner några gånger per år i kommunen.'],
        treatment: 'reducera',
        treatmentNote: 'Diskkryptering och snabb spärr av förlorad utrustning.',
        residual: [1, 4, 'Krypterad disk: en förlorad dator röjer inte uppgifterna.'],
        actions: [
          { description: 'Kryptera hårddisken på alla bärbara datorer', kind: 'forebyggande', securityKind: 'teknisk', status: 'klar', targetInDays: -60 },
          { description: 'Rutin för att anmäla och spärra förlorad utrustning samma dag', kind: 'hanterande', securityKind: 'administrativ', status: 'pagar', targetInDays: -10 },
        ],
      },
      {
        cause: 'utredningar sparas lokalt på datorn i väntan på att de förs in i verksamhetssystemet',
        event: 'den senaste versionen av en utredning finns bara på den förlorade datorn',
        consequence: 'delar av utredningen måste göras om och beslutet försenas några dagar',
        aspects: ['T', 'R'],
        existingMeasures: 'Utredningar förs in i verksamhetssystemet varje vecka.',
        inherent: [2, 1, 'Händer sällan och går att göra om.'],
        treatment: 'acceptera',
        treatmentNote: 'Låg risk; accepteras av riskägaren och följs upp vid nästa analys.',
        residual: null,
        actions: [],
        acceptForDays: 365,
      },
    ],
  },
  {
    unitName: RISK_DEMO_UNITS.water,
    name: 'Fel i styrsystemet för vattenverket',
    subjectKind: 'klassningsobjekt',
    withScada: true,
    purpose: 'Bedöma risker för dricksvattenproduktionen om styr- och övervakningssystemet (SCADA) slutar fungera eller manipuleras.',
    scope: 'SCADA för vattenverk, reservoarer och pumpstationer; leverantörens fjärråtkomst; reservkraft.',
    status: 'uppfoljd',
    dateInDays: -200,
    followUpInDays: 30,
    risks: [
      {
        cause: 'leverantörens fjärråtkomst till styrsystemet alltid är öppen',
        event: 'en angripare tar sig in i styrsystemet för vattenverket',
        consequence: 'doseringen av kemikalier ändras och dricksvattnet blir otjänligt',
        aspects: ['R', 'T'],
        existingMeasures: 'Brandvägg mot kontorsnätet; leverantören loggar in med eget konto.',
        inherent: [2, 4, 'Angrepp mot vattenverk förekommer; konsekvensen är allvarlig för liv och hälsa.'],
        treatment: 'reducera',
        treatmentNote: 'Fjärråtkomst bara via hoppserver med flerfaktorsautentisering, öppnas på begäran.',
        residual: [1, 4, 'Med stängd fjärråtkomst krävs intrång i flera led.'],
        actions: [
          { description: 'Fjärråtkomst bara via hoppserver med flerfaktorsautentisering, öppnas per ärende', kind: 'forebyggande', securityKind: 'teknisk', status: 'pagar', targetInDays: -45, requirementCodes: ['TEK-04'] },
          { description: 'Öva incident i styrsystemet med driftpersonal och leverantör', kind: 'hanterande', securityKind: 'administrativ', status: 'ejPaborjad', targetInDays: 60 },
        ],
      },
      {
        cause: 'styrsystemet körs på föråldrad hårdvara utan reservdelar',
        event: 'styrsystemets server havererar',
        consequence: 'vattenverket måste köras manuellt och leveransen kan avbrytas i delar av kommunen',
        aspects: ['T'],
        existingMeasures: 'Manuell drift är möjlig med bemanning dygnet runt.',
        inherent: [3, 3, 'Hårdvaran är tio år gammal och har haft två fel det senaste året.'],
        treatment: 'reducera',
        treatmentNote: 'Byte till redundant, virtualiserad plattform.',
        residual: [2, 3, 'Redundant plattform; manuell drift som reserv.'],
        actions: [
          { description: 'Byt till redundant plattform för styrsystemet', kind: 'forebyggande', securityKind: 'fysisk', status: 'avbruten', targetInDays: -120 },
          { description: 'Upphandla ny plattform med redundans och serviceavtal', kind: 'forebyggande', securityKind: 'administrativ', status: 'pagar', targetInDays: 90 },
        ],
      },
      {
        cause: 'ett längre strömavbrott i regionen',
        event: 'reservkraften vid huvudpumpstationen startar inte',
        consequence: 'pumpstationer stannar och avloppsvatten bräddar',
        aspects: ['T'],
        existingMeasures: 'Reservkraftverk provkörs en gång per år.',
        inherent: [2, 4, 'Provkörningen har visat startproblem.'],
        treatment: null,
        treatmentNote: '',
        residual: null,
        actions: [],
      },
    ],
  },
];

/** `YYYY-MM-DD` `days` days after `now` (UTC). */
function daysFrom(now: Date, days: number): string {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + days)).toISOString().slice(0, 10);
}

function assessment([likelihood, consequence, motivering]: [number, number, string]): Assessment {
  return { likelihood, consequence, motivering };
}

/** The unit's first representative (the risk owner), its security contact, the coordinator: without duplicates. */
function peopleOf(unit: OrgUnit): { owner: Person; participants: Person[] } {
  const owner = unit.representatives[0] ?? DEMO_RISK_COORDINATOR;
  const participants: Person[] = [];
  for (const person of [owner, ...unit.representatives.slice(1), unit.securityContact, DEMO_RISK_COORDINATOR]) {
    if (person && !participants.some((p) => p.email.toLowerCase() === person.email.toLowerCase())) participants.push({ ...person });
  }
  return { owner, participants };
}

/** The default matrix as version 1, created by the coordinator at `now`. */
export function demoRiskMatrix(now: Date): RiskMatrix {
  return { ...DEFAULT_MATRIX, createdBy: { ...DEMO_RISK_COORDINATOR }, createdAt: now.toISOString() };
}

export async function writeRiskDemo(
  repos: RiskDemoRepositories,
  units: readonly OrgUnit[],
  objects: ReadonlyArray<ClassificationObject & Versioned>,
  context: LocalWriteContext,
): Promise<void> {
  const now = context.now();
  const matrix = demoRiskMatrix(now);
  await repos.riskMatrices.addVersion(matrix);
  const scada = objects.find((o) => o.name.startsWith(SCADA_PREFIX));
  for (const spec of ANALYSES) {
    const unit = units.find((u) => u.name === spec.unitName && u.active);
    if (!unit || (spec.withScada && !scada)) continue;
    const { owner, participants } = peopleOf(unit);
    const analysis = await repos.riskAnalyses.create({
      name: spec.name,
      subjectKind: spec.subjectKind,
      classificationObjectId: spec.withScada && scada ? scada.id : null,
      ownerUnitId: unit.id,
      purpose: spec.purpose,
      scope: spec.scope,
      participants,
      date: daysFrom(now, spec.dateInDays),
      status: spec.status,
      nextFollowUpDate: spec.followUpInDays === null ? null : daysFrom(now, spec.followUpInDays),
      matrixVersion: matrix.version,
    });
    for (const r of spec.risks) {
      let risk: Risk = {
        analysisId: analysis.id,
        cause: r.cause,
        event: r.event,
        consequence: r.consequence,
        aspects: [...r.aspects],
        riskOwner: { ...owner },
        existingMeasures: r.existingMeasures,
        inherent: assessment(r.inherent),
        treatment: r.treatment,
        treatmentNote: r.treatmentNote,
        residual: r.residual ? assessment(r.residual) : null,
        acceptance: null,
      };
      if (r.acceptForDays !== undefined) risk = acceptRisk(risk, matrix, owner, 'riskOwner', now, daysFrom(now, r.acceptForDays));
      const stored = await repos.risks.create(risk);
      for (const a of r.actions) {
        await repos.riskActions.create({
          riskId: stored.id,
          description: a.description,
          kind: a.kind,
          securityKind: a.securityKind,
          responsible: { ...(unit.securityContact ?? owner) },
          targetDate: a.targetInDays === null ? null : daysFrom(now, a.targetInDays),
          status: a.status,
          requirementCodes: a.requirementCodes ? [...a.requirementCodes] : [],
        });
      }
    }
  }
}
