const counts = new Map<string, number>();

/**
 * Records how long something took as a performance measure named `reqdesk:<what>`, which the bench reads
 * (scripts/vscodeTest/benchTable.js). Only the latest thousand of each name are kept.
 */
export function recordTiming(what: string, started: number): void {
  const name = `reqdesk:${what}`;
  performance.measure(name, { start: started, end: performance.now() });
  const count = (counts.get(name) ?? 0) + 1;
  if (count >= 1_000) {
    performance.clearMeasures(name);
  }
  counts.set(name, count % 1_000);
}
