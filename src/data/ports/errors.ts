/**
 * Typed failures every adapter reports the same way, so the UI can say something precise in Swedish.
 */

/** Someone else saved the item since it was read (HTTP 412 / version mismatch). Reload and try again. */
export class ConflictError extends Error {
  public readonly entity: string;
  public readonly id: string;
  public constructor(entity: string, id: string) {
    super(`${entity} ${id} was changed by someone else`);
    this.name = 'ConflictError';
    this.entity = entity;
    this.id = id;
    Object.setPrototypeOf(this, ConflictError.prototype);
  }
}

/** The item does not exist (any more), or the user may not see it. */
export class NotFoundError extends Error {
  public readonly entity: string;
  public readonly id: string;
  public constructor(entity: string, id: string) {
    super(`${entity} ${id} was not found`);
    this.name = 'NotFoundError';
    this.entity = entity;
    this.id = id;
    Object.setPrototypeOf(this, NotFoundError.prototype);
  }
}

/** The store refused the operation for lack of permission (HTTP 401/403). */
export class AccessDeniedError extends Error {
  public constructor(message: string = 'Access denied') {
    super(message);
    this.name = 'AccessDeniedError';
    Object.setPrototypeOf(this, AccessDeniedError.prototype);
  }
}

/** The store could not be reached or kept failing (network, 5xx, throttling past the retry budget). */
export class StoreUnavailableError extends Error {
  public readonly status?: number;
  public constructor(message: string, status?: number) {
    super(message);
    this.name = 'StoreUnavailableError';
    this.status = status;
    Object.setPrototypeOf(this, StoreUnavailableError.prototype);
  }
}

/** An item read back from the store does not satisfy the domain rules (e.g. hand-edited in the list). */
export class InvalidStoredItemError extends Error {
  public readonly entity: string;
  public readonly id: string;
  public readonly reasons: string[];
  public constructor(entity: string, id: string, reasons: string[]) {
    super(`${entity} ${id} is invalid: ${reasons.join('; ')}`);
    this.name = 'InvalidStoredItemError';
    this.entity = entity;
    this.id = id;
    this.reasons = reasons;
    Object.setPrototypeOf(this, InvalidStoredItemError.prototype);
  }
}

/**
 * A Microsoft Graph permission (scope) the operation needs has not been granted: in SharePoint, an administrator has
 * not approved the solution's API access request (SharePoint admin center → API access); for the job, the app
 * registration lacks the application permission or admin consent.
 */
export class PermissionNotGrantedError extends Error {
  public readonly scope: string;
  public constructor(scope: string, message: string = `Permission not granted: ${scope}`) {
    super(message);
    this.name = 'PermissionNotGrantedError';
    this.scope = scope;
    Object.setPrototypeOf(this, PermissionNotGrantedError.prototype);
  }
}

/**
 * The data site is not set up for this operation: e.g. a unit's folder (`enhet-<id>`) is missing in a unit-scoped
 * list, so the item cannot be placed where the unit's permissions apply. The coordinator runs the health check
 * (setup) to create it. The UI shows: "Enhetens mapp saknas – be samordnaren köra hälsokontrollen".
 */
export class SetupRequiredError extends Error {
  /** What is missing, e.g. 'unitFolder'. */
  public readonly missing: 'unitFolder';
  /** Server-relative url of the missing folder. */
  public readonly path: string;
  public readonly unitId: string;
  public constructor(unitId: string, path: string) {
    super(`The folder ${path} of unit ${unitId} is missing: run the health check (setup)`);
    this.name = 'SetupRequiredError';
    this.missing = 'unitFolder';
    this.path = path;
    this.unitId = unitId;
    Object.setPrototypeOf(this, SetupRequiredError.prototype);
  }
}
