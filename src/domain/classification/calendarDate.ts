/**
 * Date-only values (review dates) as ISO `YYYY-MM-DD` strings on the Europe/Stockholm calendar.
 * Pure arithmetic on year/month/day: no time zone or daylight saving time can move a date.
 */
export type IsoDate = string;

export const CALENDAR_TIME_ZONE = 'Europe/Stockholm';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface YearMonthDay {
  year: number;
  month: number;
  day: number;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function parse(date: IsoDate): YearMonthDay {
  const match = ISO_DATE.exec(date);
  if (!match) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${date}`);
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) throw new RangeError(`No such date: ${date}`);
  return { year, month, day };
}

function pad(value: number, width: number): string {
  let text = String(value);
  while (text.length < width) text = `0${text}`;
  return text;
}

function format({ year, month, day }: YearMonthDay): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  try {
    parse(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Calendar months later (or earlier, for negative `months`). A day that does not exist in the target month is clamped
 * to its last day: 2027-01-31 + 1 month = 2027-02-28, 2028-02-29 + 12 months = 2029-02-28.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`Months must be a whole number: ${months}`);
  const { year, month, day } = parse(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return format({ year: targetYear, month: targetMonth, day: Math.min(day, daysInMonth(targetYear, targetMonth)) });
}

/** Days since 1970-01-01 in the proleptic Gregorian calendar (H. Hinnant's days_from_civil), for any year. */
function dayNumber(date: IsoDate): number {
  const { year, month, day } = parse(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** The calendar date in Stockholm at instant `at` (23:30 UTC on 31 Dec is already 1 Jan in Stockholm). */
export function stockholmDate(at: Date): IsoDate {
  if (isNaN(at.getTime())) throw new RangeError('Invalid date');
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: CALENDAR_TIME_ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(at);
  const part = (type: string): number => Number(parts.filter((p) => p.type === type)[0]?.value);
  return format({ year: part('year'), month: part('month'), day: part('day') });
}
