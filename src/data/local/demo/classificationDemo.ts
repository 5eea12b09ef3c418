import {
  approveClassification,
  setFromSharedType,
  startNewVersion,
  type AspectAssessment,
  type ClassificationObject,
  type ConsequenceLevels,
  type InformationSet,
  type Level,
  type PersonalData,
  type SharedInformationType,
} from '../../../domain/classification';
import type { Person } from '../../../domain/shared/Person';
import type { SharedInformationTypeDraft } from '../../ports/SharedInformationTypeRepository';
import { demoPerson } from './demoPerson';

/*
 * Demo informationsklassning for the local preview, on top of the demo register (norrkopingDemo.ts): three shared
 * information types, and klassningsobjekt owned by demo units, looked up by name. Approved objects are approved
 * through the domain's own approveClassification (so they meet every rule) at fixed times; one of them (the water
 * utility's SCADA) passed its review date in September 2026, e-arkivet has two approved versions and the
 * personalsystem a draft with a pending lowering request. Every person is invented.
 */

const grundskolechef = demoPerson('Tomas Bergkvist');
const amfDirektor = demoPerson('Johan Malmbrink');
const vaVd = demoPerson('Anders Lindegård');
const kommundirektor = demoPerson('Helena Strandberg');
const digitaliseringschef = demoPerson('Sara Nyborg');

function a(level: Level, motivering: string, consequences: ConsequenceLevels = {}): AspectAssessment {
  return { level, motivering, consequences };
}

interface AssessmentsSpec {
  K: AspectAssessment;
  R: AspectAssessment;
  T: AspectAssessment;
  S: AspectAssessment;
}

function set(id: string, name: string, description: string, assessments: AssessmentsSpec, personalData: PersonalData): InformationSet {
  return { id, name, description, assessments, personalData };
}

/** The shared types, in store order: the store gives them ids "1", "2", "3". */
export function sharedInformationTypeDemo(): SharedInformationTypeDraft[] {
  return [
    {
      name: 'Personalakt',
      description: 'Anställdas personalakter: anställningsavtal, lön, frånvaro, rehabilitering och omplacering.',
      assessments: {
        K: a(3, 'Innehåller uppgifter om hälsa och rehabilitering som skyddas av sekretess (OSL 39 kap.).', { individ: 3, lagkrav: 3 }),
        R: a(2, 'Felaktiga uppgifter ger fel lön och felaktiga beslut om anställda.', { ekonomi: 2, individ: 2 }),
        T: a(2, 'Behövs vid lönekörning och rehabiliteringsärenden; klarar några dagars avbrott.', { verksamhet: 2 }),
        S: a(2, 'Det ska gå att följa vem som läst och ändrat i akten.', { lagkrav: 2 }),
      },
      personalData: { kind: 'sensitive', note: 'Hälsouppgifter (sjukfrånvaro, rehabilitering), fackligt medlemskap.' },
      active: true,
    },
    {
      name: 'Skyddade personuppgifter',
      description: 'Uppgifter om personer med sekretessmarkering, skyddad folkbokföring eller fingerade personuppgifter.',
      assessments: {
        K: a(3, 'Ett röjande kan leda till att en hotad person hittas: fara för liv och hälsa.', { livOchHalsa: 3, individ: 3 }),
        R: a(3, 'En felaktig adress kan röja eller skicka post fel.', { livOchHalsa: 3 }),
        T: a(2, 'Uppgifterna behövs i handläggning men kan vänta några dagar.', { verksamhet: 2 }),
        S: a(3, 'Varje åtkomst måste kunna följas upp och utredas.', { lagkrav: 3 }),
      },
      personalData: { kind: 'sensitive', note: 'Skyddad identitet.' },
      active: true,
    },
    {
      name: 'Allmänna handlingar i diariet',
      description: 'Registrerade allmänna handlingar och ärenden i kommunens diarium.',
      assessments: {
        K: a(1, 'Huvudsakligen offentliga uppgifter; enstaka sekretessuppgifter maskeras i diariet.', { anseende: 1 }),
        R: a(2, 'Diariet är bevis för när en handling kom in och hur ärendet handlagts.', { lagkrav: 2 }),
        T: a(2, 'Allmänheten har rätt att ta del av handlingar skyndsamt.', { lagkrav: 2 }),
        S: a(2, 'Ändringar i diariet ska kunna spåras.', { lagkrav: 2 }),
      },
      personalData: { kind: 'personal', note: 'Namn på avsändare och motparter.' },
      active: true,
    },
  ];
}

/** `sharedInformationTypeDemo()` with the ids the store gives them ("1", "2", "3"). */
export function sharedInformationTypesWithIds(): SharedInformationType[] {
  return sharedInformationTypeDemo().map((draft, index) => ({
    id: String(index + 1),
    name: draft.name,
    description: draft.description,
    assessments: draft.assessments,
    personalData: draft.personalData,
  }));
}

/** One demo object: its owner by unit name, its current version, and its approved snapshots (oldest first). */
export interface DemoClassification {
  ownerUnitName: string;
  object: ClassificationObject;
  approvedVersions: ClassificationObject[];
}

function approve(object: ClassificationObject, approver: Person, at: string): ClassificationObject {
  return approveClassification(object, approver, new Date(at)) as ClassificationObject;
}

function base(name: string, kind: ClassificationObject['kind'], description: string): Omit<ClassificationObject, 'ownerUnitId' | 'sets'> {
  return {
    name,
    kind,
    description,
    status: 'draft',
    version: 1,
    approvedBy: null,
    approvedAt: null,
    nextReviewDate: null,
    manualRaises: {},
    criticality: { samhallsviktig: null, motivering: '' },
  };
}

/**
 * The demo objects. `unitId(name)` resolves an owner unit's name to its id; objects whose owner is not in the
 * register are left out (e.g. when the preview is seeded with a generated register).
 */
export function classificationDemo(unitId: (unitName: string) => string | undefined): DemoClassification[] {
  const [personalakt, skyddade, diariet] = sharedInformationTypesWithIds();
  const demos: DemoClassification[] = [];
  const add = (ownerUnitName: string, build: (ownerUnitId: string) => { object: ClassificationObject; approvedVersions: ClassificationObject[] }): void => {
    const ownerUnitId = unitId(ownerUnitName);
    if (ownerUnitId === undefined) return;
    demos.push({ ownerUnitName, ...build(ownerUnitId) });
  };

  // 1. The school's pupil register: approved, with a set based on the shared "skyddade personuppgifter".
  add('Grundskoleavdelningen', (ownerUnitId) => {
    const draft: ClassificationObject = {
      ...base('Elevregister (skoladministrativt system)', 'it-system', 'Elevuppgifter, klasser, frånvaro, betyg och kontakt med vårdnadshavare i grundskolan.'),
      ownerUnitId,
      sets: [
        set(
          'set-1',
          'Elevuppgifter och vårdnadshavare',
          'Namn, personnummer, adress, klass och vårdnadshavares kontaktuppgifter.',
          {
            K: a(2, 'Personuppgifter om barn; ett röjande skadar förtroendet.', { individ: 2, anseende: 2 }),
            R: a(2, 'Fel vårdnadshavare kan få information om eleven.', { individ: 2 }),
            T: a(2, 'Behövs varje skoldag för närvaro och kontakt med hemmet.', { verksamhet: 2 }),
            S: a(2, 'Åtkomst till elevuppgifter ska kunna följas upp.', { lagkrav: 2 }),
          },
          { kind: 'personal', note: 'Barn och vårdnadshavare.' },
        ),
        set(
          'set-2',
          'Betyg och omdömen',
          'Terminsbetyg, slutbetyg och skriftliga omdömen.',
          {
            K: a(2, 'Betyg före beslut är inte offentliga; omdömen kan vara känsliga.', { individ: 2 }),
            R: a(3, 'Felaktiga betyg påverkar elevens antagning till gymnasiet.', { individ: 3, lagkrav: 3 }),
            T: a(2, 'Betygssättning sker vid terminsslut; kortare avbrott går att hantera.', { verksamhet: 2 }),
            S: a(3, 'Varje betygsändring måste kunna härledas till behörig lärare.', { lagkrav: 3 }),
          },
          { kind: 'personal', note: '' },
        ),
        setFromSharedType(skyddade, 'set-3'),
      ],
      criticality: { samhallsviktig: false, motivering: 'Skolan kan under kortare avbrott arbeta med utskrivna listor; ingen samhällsviktig funktion.' },
    };
    const approved = approve(draft, grundskolechef, '2026-06-10T13:20:00.000Z');
    return { object: approved, approvedVersions: [approved] };
  });

  // 2. Ekonomiskt bistånd (försörjningsstöd) case files: approved, samhällsviktig.
  add('Arbetsmarknads- och försörjningskontoret', (ownerUnitId) => {
    const draft: ClassificationObject = {
      ...base('Försörjningsstöd – akter och utbetalningar', 'verksamhet', 'Handläggning av ekonomiskt bistånd enligt socialtjänstlagen: ansökningar, utredningar, beslut och utbetalningar.'),
      ownerUnitId,
      sets: [
        set(
          'set-1',
          'Personakter försörjningsstöd',
          'Ansökningar, utredningar, journalanteckningar och beslut.',
          {
            K: a(3, 'Socialtjänstsekretess (OSL 26 kap.); uppgifter om ekonomi, hälsa och familj.', { individ: 3, lagkrav: 3 }),
            R: a(3, 'Felaktiga underlag ger felaktiga beslut om bistånd.', { individ: 3, ekonomi: 2 }),
            T: a(3, 'Utbetalningar måste ske i tid; personer kan stå utan pengar till mat och hyra.', { individ: 3, livOchHalsa: 3 }),
            S: a(3, 'Varje åtkomst till akter ska loggas och kunna följas upp.', { lagkrav: 3 }),
          },
          { kind: 'sensitive', note: 'Hälsa, missbruk, ekonomiska förhållanden.' },
        ),
        set(
          'set-2',
          'Utbetalningsfiler',
          'Underlag som skickas till banken för utbetalning.',
          {
            K: a(2, 'Kontonummer och belopp per person.', { individ: 2 }),
            R: a(3, 'Ändrade belopp eller kontonummer innebär felaktiga utbetalningar.', { ekonomi: 3 }),
            T: a(3, 'Utbetalningsdagen får inte missas.', { individ: 3 }),
            S: a(3, 'Varje ändring av en utbetalningsfil ska kunna spåras.', { ekonomi: 3 }),
          },
          { kind: 'personal', note: '' },
        ),
        setFromSharedType(skyddade, 'set-3'),
      ],
      criticality: {
        samhallsviktig: true,
        motivering: 'Försörjningsstöd är det yttersta skyddsnätet; utebliven utbetalning hotar enskildas grundläggande behov.',
      },
    };
    const approved = approve(draft, amfDirektor, '2026-04-22T08:45:00.000Z');
    return { object: approved, approvedVersions: [approved] };
  });

  // 3. The water utility's SCADA: approved in September 2025, review date passed.
  add('Norrköpings Vatten och Avfall AB', (ownerUnitId) => {
    const draft: ClassificationObject = {
      ...base('SCADA och driftövervakning – vattenverk', 'it-system', 'Styr- och övervakningssystem för vattenverk, reservoarer och pumpstationer.'),
      ownerUnitId,
      sets: [
        set(
          'set-1',
          'Styrdata och börvärden',
          'Börvärden, larmgränser och styrsekvenser för beredning och distribution.',
          {
            K: a(2, 'Kunskap om anläggningen kan utnyttjas för sabotage.', { livOchHalsa: 2 }),
            R: a(3, 'Manipulerade börvärden kan ge otjänligt dricksvatten.', { livOchHalsa: 3, verksamhet: 3 }),
            T: a(3, 'Utan övervakning måste verken bemannas dygnet runt; vattenförsörjningen hotas.', { verksamhet: 3, livOchHalsa: 3 }),
            S: a(3, 'Alla ändringar i styrningen måste kunna härledas.', { lagkrav: 3 }),
          },
          { kind: 'none', note: '' },
        ),
        set(
          'set-2',
          'Larm- och händelselogg',
          'Larm, kvitteringar och driftshändelser.',
          {
            K: a(1, 'Begränsad skada om loggen röjs.', { anseende: 1 }),
            R: a(2, 'Felaktig logg försvårar felsökning och incidentutredning.', { verksamhet: 2 }),
            T: a(3, 'Larm måste nå driftpersonalen direkt.', { livOchHalsa: 3 }),
            S: a(3, 'Loggen är underlag vid incidentrapportering enligt cybersäkerhetslagen.', { lagkrav: 3 }),
          },
          { kind: 'personal', note: 'Användarnamn på driftpersonal.' },
        ),
      ],
      manualRaises: { K: { level: 3, motivering: 'Sammantaget ger styrdata och logg en fullständig bild av anläggningens sårbarheter.' } },
      criticality: { samhallsviktig: true, motivering: 'Dricksvattenförsörjning är en samhällsviktig verksamhet.' },
    };
    const approved = approve(draft, vaVd, '2025-09-15T10:00:00.000Z');
    return { object: approved, approvedVersions: [approved] };
  });

  // 4. E-arkiv: approved twice (the second version added the diarium's records); history with two snapshots.
  add('Kommunledningskontoret', (ownerUnitId) => {
    const first: ClassificationObject = {
      ...base('E-arkiv', 'tjanst', 'Kommungemensamt e-arkiv för bevarande av allmänna handlingar.'),
      ownerUnitId,
      sets: [
        set(
          'set-1',
          'Arkiverade handlingar',
          'Bevarade handlingar från verksamhetssystem, med metadata.',
          {
            K: a(2, 'Innehåller sekretessbelagda handlingar från flera nämnder.', { individ: 2, lagkrav: 2 }),
            R: a(3, 'Arkivet är kommunens bevis; handlingar får inte förvanskas (arkivlagen).', { lagkrav: 3 }),
            T: a(1, 'Utlämnande kan vänta några dagar.', { verksamhet: 1 }),
            S: a(3, 'Alla åtgärder i arkivet ska loggas.', { lagkrav: 3 }),
          },
          { kind: 'sensitive', note: 'Från socialtjänst, skola och HR.' },
        ),
      ],
      criticality: { samhallsviktig: false, motivering: 'Arkivet behövs för rättssäkerhet men inte för samhällsviktig verksamhet i stunden.' },
    };
    const v1 = approve(first, kommundirektor, '2025-02-03T09:00:00.000Z');
    const second: ClassificationObject = {
      ...startNewVersion(v1),
      description: 'Kommungemensamt e-arkiv för bevarande av allmänna handlingar, inklusive avslutade diarier.',
      sets: [...v1.sets, setFromSharedType(diariet, 'set-2')],
    };
    const v2 = approve(second, kommundirektor, '2026-01-20T14:30:00.000Z');
    return { object: v2, approvedVersions: [v1, v2] };
  });

  // 5. Personalsystem: a draft with the shared personalakt and a pending request to lower tillgänglighet.
  add('Kommunledningskontoret', (ownerUnitId) => {
    const personalSet = setFromSharedType(personalakt, 'set-1');
    const object: ClassificationObject = {
      ...base('Personalsystem (HR och lön)', 'it-system', 'Anställningar, lön, frånvaro och rehabilitering för alla förvaltningar.'),
      ownerUnitId,
      sets: [
        {
          ...personalSet,
          assessments: { ...personalSet.assessments, T: a(2, personalSet.assessments.T.motivering, personalSet.assessments.T.consequences) },
          loweringRequests: [
            {
              id: 'lr-1',
              aspect: 'T',
              fromLevel: 2,
              toLevel: 1,
              motivering: 'Lönekörningen kan flyttas en dag; manuell utbetalning finns som reserv.',
              requestedBy: digitaliseringschef,
              requestedAt: '2026-11-02T09:30:00.000Z',
              status: 'pending',
              decidedBy: null,
              decidedAt: null,
              decisionReason: '',
            },
          ],
        },
        set(
          'set-2',
          'Lönetransaktioner',
          'Underlag för lönekörning och utbetalning.',
          {
            K: a(2, 'Lön och kontonummer per anställd.', { individ: 2 }),
            R: a(3, 'Felaktiga lönetransaktioner ger fel lön till tusentals anställda.', { ekonomi: 3 }),
            T: a(2, '', {}),
            S: a(2, '', {}),
          },
          { kind: 'personal', note: '' },
        ),
      ],
    };
    return { object, approvedVersions: [] };
  });

  // 6. Hemtjänstens planering: an early draft.
  add('Hemtjänsten', (ownerUnitId) => ({
    object: {
      ...base('Planering av hemtjänstinsatser', 'process', 'Planering av besök, nycklar och larm hos brukare i hemtjänsten.'),
      ownerUnitId,
      sets: [
        set(
          'set-1',
          'Besöksplaner',
          'Vilka brukare som besöks när, av vem, med vilka insatser.',
          {
            K: a(3, 'Uppgifter om hälsa och om när brukare är ensamma hemma.', { individ: 3, livOchHalsa: 3 }),
            R: a(3, 'Missade besök kan innebära fara för brukare.', { livOchHalsa: 3 }),
            T: a(3, '', {}),
            S: a(0, '', {}),
          },
          { kind: 'sensitive', note: 'Hälsa och omsorgsbehov.' },
        ),
      ],
    },
    approvedVersions: [],
  }));

  // 7. Bygglov: a draft with a name and an owner only.
  add('Bygg- och miljökontoret', (ownerUnitId) => ({
    object: { ...base('Bygglovsärenden', 'process', ''), ownerUnitId, sets: [] },
    approvedVersions: [],
  }));

  return demos;
}
