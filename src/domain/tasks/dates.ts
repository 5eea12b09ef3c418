import { daysBetween, isIsoDate, stockholmDate, type IsoDate } from '../classification/calendarDate';

function pad(value: number, width: number): string {
  let text = String(value);
  while (text.length < width) text = `0${text}`;
  return text;
}

/** The date `dayNumber` days after 1970-01-01 (H. Hinnant's civil_from_days), proleptic Gregorian. */
function fromDayNumber(dayNumber: number): IsoDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** `date` plus `days` calendar days (negative: earlier). Pure date arithmetic: no time zone or DST can move it. */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`Days must be a whole number: ${days}`);
  if (!isIsoDate(date)) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${date}`);
  return fromDayNumber(daysBetween('1970-01-01', date) + days);
}

/** The Stockholm calendar date of an ISO timestamp, or null when it cannot be read. */
export function stockholmDateOf(timestamp: string): IsoDate | null {
  const at = new Date(timestamp);
  return isNaN(at.getTime()) ? null : stockholmDate(at);
}
