import type { Finding, Position } from './finding';
import type { Requirement } from './model';

export interface ProblemCount {
  readonly errors: number;
  readonly warnings: number;
}

/**
 * Attributes a file's problems to the requirements they sit in (by where each problem starts). Information
 * findings are not counted: they are hints, not something to fix. Requirements without problems are absent.
 */
export function problemsByRequirement(requirements: readonly Requirement[], findings: readonly Finding[]): Map<Requirement, ProblemCount> {
  const counts = new Map<Requirement, { errors: number; warnings: number }>();
  if (requirements.length === 0) {
    return counts;
  }
  // Items of one sequence never overlap, so a binary search over their starts finds the one containing a position.
  const ordered = [...requirements].sort((a, b) => comparePositions(a.range.start, b.range.start));
  for (const finding of findings) {
    if (finding.severity === 'info') {
      continue;
    }
    const requirement = containing(ordered, finding.range.start);
    if (!requirement) {
      continue;
    }
    let count = counts.get(requirement);
    if (!count) {
      count = { errors: 0, warnings: 0 };
      counts.set(requirement, count);
    }
    if (finding.severity === 'error') {
      count.errors++;
    } else {
      count.warnings++;
    }
  }
  return counts;
}

function containing(ordered: readonly Requirement[], position: Position): Requirement | undefined {
  let low = 0;
  let high = ordered.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (comparePositions(ordered[mid].range.start, position) <= 0) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  const candidate = found === -1 ? undefined : ordered[found];
  return candidate && comparePositions(position, candidate.range.end) <= 0 ? candidate : undefined;
}

function comparePositions(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}
