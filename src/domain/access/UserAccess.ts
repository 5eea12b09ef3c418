/**
 * What the signed-in person may do, from their group memberships (SharePoint) or demo role (preview). The UI shows
 * only what this allows; SharePoint's permissions (see permissionPlan.ts) enforce it whatever the client does.
 */
export interface UserAccess {
  coordinator: boolean;
  itStaff: boolean;
  reader: boolean;
  /** Units whose data the person reads and writes (owner representatives and contributors). */
  unitIds: ReadonlySet<string>;
}

export const NO_ACCESS: UserAccess = { coordinator: false, itStaff: false, reader: false, unitIds: new Set() };

export const COORDINATOR_ACCESS: UserAccess = { coordinator: true, itStaff: false, reader: false, unitIds: new Set() };

/** Any LIS role at all (else: policy and guidance only). */
export function hasAnyRole(a: UserAccess): boolean {
  return a.coordinator || a.itStaff || a.reader || a.unitIds.size > 0;
}

/** Read a unit's classifications, analyses, risks and actions. */
export function canReadUnit(a: UserAccess, unitId: string): boolean {
  return a.coordinator || a.reader || a.unitIds.has(unitId);
}

/**
 * Read a unit's classification objects (name, owner, profile). Besides the unit's own readers, the IT unit reads every
 * object: it implements the technical requirements derived from the profile and its queue names the objects. IT does
 * not read handlingsplaner, versions or risk analyses.
 */
export function canReadClassificationObject(a: UserAccess, unitId: string): boolean {
  return canReadUnit(a, unitId) || a.itStaff;
}

/** Create and change a unit's classifications, analyses, risks, actions and follow-ups. */
export function canEditUnit(a: UserAccess, unitId: string): boolean {
  return a.coordinator || a.unitIds.has(unitId);
}

/** Read every unit's data (registers, roll-ups). */
export function canReadAllUnits(a: UserAccess): boolean {
  return a.coordinator || a.reader;
}

/** The organisation register, the requirement catalogue, the risk matrix and shared information types. */
export function canManageOrganisation(a: UserAccess): boolean {
  return a.coordinator;
}
export function canManageCatalogue(a: UserAccess): boolean {
  return a.coordinator;
}
export function canManageRiskMatrix(a: UserAccess): boolean {
  return a.coordinator;
}
export function canManageSharedTypes(a: UserAccess): boolean {
  return a.coordinator;
}

/** Read the reference data (organisation, catalogue, matrix, shared types): every LIS role. */
export function canReadReferenceData(a: UserAccess): boolean {
  return hasAnyRole(a);
}

/** The IT queue: read it and accept, reject or complete handed-over requirements. */
export function canWorkItQueue(a: UserAccess): boolean {
  return a.coordinator || a.itStaff;
}

/** Hand a requirement over to IT (the unit's own editors or the coordinator). */
export function canHandOver(a: UserAccess, unitId: string): boolean {
  return canEditUnit(a, unitId);
}

/** Preview and send reminders; run the setup and health check. */
export function canSendReminders(a: UserAccess): boolean {
  return a.coordinator;
}
export function canRunSetup(a: UserAccess): boolean {
  return a.coordinator;
}
