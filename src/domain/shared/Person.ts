/** A person as LIS knows them: enough to show a name and to reach them by mail (UPN is usually the e-mail). */
export interface Person {
  displayName: string;
  email: string;
}

const EMAIL = /^[^\s@<>()",;:\\[\]]+@[^\s@<>()",;:\\[\]]+\.[^\s@<>()",;:\\[\]]{2,}$/;

/** True for a plausible e-mail address or UPN (local@domain.tld); deliberately strict on separators. */
export function isValidEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

/** Lower-cases and trims an e-mail so that comparisons and indexes agree. */
export function normaliseEmail(value: string): string {
  return value.trim().toLowerCase();
}
