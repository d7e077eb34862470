import { isDate } from './changeRequests/utcTimestamp';

/**
 * The one clock every date judgement and history timestamp reads. "Today" is the machine's local calendar date,
 * unless fixed (the CLI's --as-of, REQDESK_TODAY, the editor's reqdesk.today) so that CI, tests and demos judge
 * dates alike on any day.
 */
export interface Clock {
  /** The local calendar date, YYYY-MM-DD. */
  today(): string;
  /** This moment, for history timestamps; on a fixed clock, the fixed date at the current local time of day. */
  now(): Date;
  /** A fixed clock never passes midnight, so nothing needs re-judging. */
  readonly fixed: boolean;
}

/** A moment's calendar date in the machine's time zone (toISOString would give the UTC date). */
export function localDate(moment: Date): string {
  const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
  return `${pad(moment.getFullYear(), 4)}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

export const systemClock: Clock = {
  today: () => localDate(new Date()),
  now: () => new Date(),
  fixed: false,
};

/** Today fixed to `date` (YYYY-MM-DD, checked with isDate by the caller). */
export function fixedClock(date: string): Clock {
  const [year, month, day] = date.split('-').map(Number);
  return {
    today: () => date,
    now: () => {
      const real = new Date();
      return new Date(year, month - 1, day, real.getHours(), real.getMinutes(), real.getSeconds());
    },
    fixed: true,
  };
}

/**
 * The clock a front end asks for: fixed to the first of `fixedDates` that is set (a command-line option before an
 * environment variable, say), else the system's. A set value that is no date is refused with its source's name.
 */
export function chooseClock(fixedDates: readonly { readonly source: string; readonly value: string | undefined }[]): Clock | { readonly invalid: string } {
  const chosen = fixedDates.find((d) => d.value !== undefined && d.value.trim() !== '');
  if (!chosen?.value) {
    return systemClock;
  }
  const value = chosen.value.trim();
  return isDate(value) ? fixedClock(value) : { invalid: `${chosen.source} must be a date like 2026-12-07 (it is '${value}')` };
}

/** Whole days from one calendar date to a later one (negative when `to` is earlier); no time zone involved. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The calendar date `days` after `date` (before it when negative); no time zone involved. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Milliseconds until the next local midnight after `moment`: when a running editor re-judges dates. */
export function msUntilLocalMidnight(moment: Date): number {
  const midnight = new Date(moment.getFullYear(), moment.getMonth(), moment.getDate() + 1);
  return midnight.getTime() - moment.getTime();
}
