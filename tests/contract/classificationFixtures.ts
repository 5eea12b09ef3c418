/**
 * Classification objects for the storage tests: an incomplete draft, a complete draft ready for approval (with a
 * set from a shared type, a decided lowering request, consequences, a manual raise and a criticality answer), and
 * its approved version (through the domain's own approveClassification).
 */
import {
  approveClassification,
  emptyClassificationObject,
  emptySharedInformationType,
  type AspectAssessment,
  type ClassificationObject,
  type InformationSet,
  type Level,
  type SharedInformationType,
} from '../../src/domain/classification';
import type { SharedInformationTypeDraft } from '../../src/data/ports';
import type { Person } from '../../src/domain/shared/Person';

export const APPROVER: Person = { displayName: 'Karin Ekwall', email: 'karin.ekwall@norrkoping.example' };
export const APPROVED_AT = new Date('2026-03-02T09:15:30.123Z');

function assessment(level: Level, motivering: string, consequences: AspectAssessment['consequences'] = {}): AspectAssessment {
  return { level, motivering, consequences };
}

/** A draft as the wizard saves it early on: a name, an owner, nothing else. */
export function incompleteDraft(ownerUnitId: string = '12', name: string = 'Elevregister (utkast)'): ClassificationObject {
  return { ...emptyClassificationObject(ownerUnitId, 'it-system'), name };
}

export function elevSet(): InformationSet {
  return {
    id: 'set-1',
    name: 'Elevuppgifter',
    description: 'Namn, personnummer, klass, vårdnadshavare.',
    assessments: {
      K: assessment(3, 'Skyddade personuppgifter kan förekomma.', { individ: 3, lagkrav: 2 }),
      R: assessment(2, 'Felaktiga uppgifter ger fel beslut om elever.', { verksamhet: 2 }),
      T: assessment(2, 'Behövs dagligen i skolan.'),
      S: assessment(2, 'Åtkomst måste kunna följas upp.'),
    },
    personalData: { kind: 'sensitive', note: 'Elevhälsa, skyddad identitet' },
  };
}

export function personalaktSet(): InformationSet {
  return {
    id: 'set-2',
    name: 'Personalakt',
    description: 'Lärarnas anställningsuppgifter.',
    assessments: {
      K: assessment(2, 'Personuppgifter om anställda.'),
      R: assessment(2, 'Lönegrundande uppgifter.'),
      T: assessment(1, 'Kan vänta några dagar.'),
      S: assessment(2, 'Ändringar ska kunna spåras.'),
    },
    personalData: { kind: 'personal', note: '' },
    sharedTypeId: '3',
    sharedBaseline: { K: 2, R: 2, T: 2, S: 2 },
    loweringRequests: [
      {
        id: 'lr-1',
        aspect: 'T',
        fromLevel: 2,
        toLevel: 1,
        motivering: 'Kopia finns hos HR.',
        requestedBy: { displayName: 'Tomas Bergkvist', email: 'tomas.bergkvist@norrkoping.example' },
        requestedAt: '2026-02-20T10:00:00.000Z',
        status: 'approved',
        decidedBy: { displayName: 'Jonas Åkerlind', email: 'jonas.akerlind@norrkoping.example' },
        decidedAt: '2026-02-21T08:00:00.000Z',
        decisionReason: 'Rimligt.',
      },
    ],
  };
}

/** A complete draft that passes approvalIssues. */
export function completeDraft(ownerUnitId: string = '12', name: string = 'Elevregister'): ClassificationObject {
  return {
    name,
    kind: 'it-system',
    ownerUnitId,
    description: 'Skoladministrativt system för grundskolan.',
    sets: [elevSet(), personalaktSet()],
    status: 'draft',
    version: 1,
    approvedBy: null,
    approvedAt: null,
    nextReviewDate: null,
    manualRaises: { R: { level: 3, motivering: 'Ackumulerade uppgifter: betyg och omdömen.' } },
    criticality: { samhallsviktig: false, motivering: 'Skolan kan arbeta manuellt en vecka.' },
  };
}

/** The complete draft, approved by APPROVER at APPROVED_AT (frozen, as the domain returns it). */
export function approvedObject(ownerUnitId: string = '12', name: string = 'Elevregister'): Readonly<ClassificationObject> {
  return approveClassification(completeDraft(ownerUnitId, name), APPROVER, APPROVED_AT);
}

export function sharedTypeDraft(name: string = 'Personalakt', active: boolean = true): SharedInformationTypeDraft {
  const type: SharedInformationType = emptySharedInformationType('ignored');
  return {
    name,
    description: 'Anställdas personalakter i HR-systemet.',
    assessments: {
      ...type.assessments,
      K: assessment(2, 'Personuppgifter om anställda.', { individ: 2 }),
      R: assessment(2, 'Lönegrundande.'),
      T: assessment(2, 'Lön ska betalas ut i tid.'),
      S: assessment(2, 'Spårbarhet krävs.'),
    },
    personalData: { kind: 'personal', note: 'Ingen känslig uppgift utom sjukfrånvaro' },
    active,
  };
}
