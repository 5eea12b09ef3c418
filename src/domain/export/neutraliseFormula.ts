/**
 * CSV/formula injection (OWASP "CSV Injection"): a spreadsheet runs a cell that starts with `=`, `+`, `-`, `@`,
 * a tab or a carriage return as a formula. Such cells get a leading apostrophe so they are shown as text.
 *
 * A value that already starts with apostrophes before such a character gets one more, so that
 * restoreFormula(neutraliseFormula(x)) === x for every x and an exported file imports back unchanged.
 */
const TRIGGER = /^'*[=+\-@\t\r]/;

export function neutraliseFormula(cell: string): string {
  return TRIGGER.test(cell) ? `'${cell}` : cell;
}

/** The inverse of neutraliseFormula, for importing a file LIS (or a careful spreadsheet) wrote. */
export function restoreFormula(cell: string): string {
  return cell.charAt(0) === "'" && TRIGGER.test(cell) ? cell.slice(1) : cell;
}
