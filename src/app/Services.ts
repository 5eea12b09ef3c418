import type { Person } from '../domain/shared/Person';
import type { OrgUnitRepository } from '../data/ports/OrgUnitRepository';
import type { ClassificationRepository } from '../data/ports/ClassificationRepository';
import type { SharedInformationTypeRepository } from '../data/ports/SharedInformationTypeRepository';
import type { RequirementCatalogueRepository } from '../data/ports/RequirementCatalogueRepository';
import type { ActionPlanRepository } from '../data/ports/ActionPlanRepository';
import type { HandoverRepository } from '../data/ports/HandoverRepository';
import type { RiskMatrixRepository } from '../data/ports/RiskMatrixRepository';
import type { RiskAnalysisRepository } from '../data/ports/RiskAnalysisRepository';
import type { RiskRepository } from '../data/ports/RiskRepository';
import type { RiskActionRepository } from '../data/ports/RiskActionRepository';
import type { MailSender } from '../data/ports/MailSender';
import type { Outbox } from '../data/ports/Outbox';
import type { PeopleDirectory } from '../data/ports/PeopleDirectory';
import type { ReminderLog } from '../data/ports/ReminderLog';
import type { TaskInputReader } from '../data/ports/TaskInputReader';
import type { DigestLinks } from '../domain/reminders/buildDigest';
import type { AccessReader } from '../data/ports/AccessReader';
import type { ItemHistory } from '../data/ports/ItemHistory';
import type { PermissionAdmin } from '../data/ports/PermissionAdmin';
import type { LisSettings } from './settings';

/**
 * Everything the UI and the use cases need from the outside world, built by a host (web part, preview, job)
 * and handed to the UI through React context. The UI never imports an adapter.
 */
export interface Services {
  orgUnits: OrgUnitRepository;
  /** Klassningsobjekt (current versions) and their approved snapshots. */
  classifications: ClassificationRepository;
  /** Gemensamma informationstyper published by the coordinator. */
  sharedInformationTypes: SharedInformationTypeRepository;
  /** Kravkatalogen. */
  requirements: RequirementCatalogueRepository;
  /** Handlingsplaner: one row per classification object and requirement. */
  actionPlans: ActionPlanRepository;
  /** The IT unit's queue of handed-over technical requirements. */
  handovers: HandoverRepository;
  /** Versions of the municipality's risk matrix (write-once). */
  riskMatrices: RiskMatrixRepository;
  /** Riskanalyser. */
  riskAnalyses: RiskAnalysisRepository;
  /** Risks of the analyses (with the analysis' owner unit, for the municipality-wide register). */
  risks: RiskRepository;
  /** Åtgärder against the risks. */
  riskActions: RiskActionRepository;
  /** What task derivation reads ("Mina uppgifter" for one person; everything for the reminder run). */
  taskInputs: TaskInputReader;
  /** Coordinators and IT staff (SharePoint groups). */
  people: PeopleDirectory;
  /** Sent reminders (exactly-once). */
  reminderLog: ReminderLog;
  /**
   * The mail sender for the coordinator's "send now", created on first use (SharePoint: Graph `sendMail` with the
   * signed-in coordinator's delegated permission through MSGraphClientV3; preview: the local outbox).
   */
  mailSender: () => Promise<MailSender>;
  /** The preview's local outbox (what "send now" sent); absent in SharePoint. */
  outbox?: Outbox;
  /** Absolute deep links to views (task links in "Mina uppgifter" and in reminder mails). */
  links: DigestLinks;
  /** What the signed-in person may do (the UI shows only that; SharePoint enforces it). */
  access: AccessReader;
  /** Setup and health check of groups, permissions, folders and indexes (the coordinator's view). */
  permissionAdmin: PermissionAdmin;
  /** Readable change history per item (list versioning). */
  itemHistory: ItemHistory;
  /** The signed-in person (from the SPFx context, or the preview's chosen demo user). */
  currentUser: Person;
  /** Time is passed in, never read from Date.now() inside the domain. */
  now: () => Date;
  /** Organisation-wide settings (review interval …). */
  settings: LisSettings;
}
