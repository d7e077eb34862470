/** A moment as history entries write it: UTC, to the second ("2026-11-20T09:12:00Z"). The caller reads the clock. */
export function utcTimestamp(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/** A UTC date and time like 2026-11-20T09:12:00Z (fractions of a second allowed), as schema format date-time with Z. */
export function isUtcTimestamp(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(text) && isDate(text.slice(0, 10)) && !Number.isNaN(Date.parse(text));
}

/** A calendar date like 2026-11-22 that exists (no 2026-02-30). */
export function isDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) {
    return false;
  }
  const parsed = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(text);
}
