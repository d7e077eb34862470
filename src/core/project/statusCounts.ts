import type { Requirement } from '../model';
import type { StatusCount } from './projectState';

/**
 * Requirements counted by status: the vocabulary's statuses in its order, then others as written (alphabetical),
 * then '' for requirements without a status; statuses with none left out.
 */
export function statusCounts(requirements: readonly Requirement[], vocabulary: readonly string[]): StatusCount[] {
  const counts = new Map<string, number>();
  for (const requirement of requirements) {
    const status = requirement.data.status?.trim() ?? '';
    counts.set(status, (counts.get(status) ?? 0) + 1);
  }
  return [...counts].sort(([a], [b]) => rank(a, vocabulary) - rank(b, vocabulary) || a.localeCompare(b)).map(([status, count]) => ({ status, count }));
}

/** A value's place in a vocabulary: known ones in order, then the unknown, then the empty one. */
export function rank(value: string, vocabulary: readonly string[]): number {
  if (value === '') {
    return vocabulary.length + 1;
  }
  const i = vocabulary.indexOf(value);
  return i === -1 ? vocabulary.length : i;
}
