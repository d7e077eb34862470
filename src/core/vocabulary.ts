/**
 * The words a project uses for statuses and priorities, in its order (from the reqdesk.yaml that applies, or the
 * defaults), and the people who may own requirements. The trees and the table order and filter by the same one.
 */
export interface Vocabulary {
  readonly statuses: readonly string[];
  readonly priorities: readonly string[];
  /** Statuses that close a requirement's work (reqdesk.yaml vocabulary.done_statuses): "done" in progress bars. */
  readonly doneStatuses: readonly string[];
  /**
   * Who the owner editor offers as a new owner: the roster's members who may own (core/roster.ts), or with no
   * roster the owners used in the workspace. The owner filter offers these and every other owner in use.
   */
  readonly owners: readonly string[];
  /**
   * How owner values read in the filter, as [value, label] pairs (a list, not an object, so that an owner named
   * `__proto__` is just a name): a member's name, a value outside the roster marked so. Others read as written.
   */
  readonly ownerLabels: readonly (readonly [string, string])[];
  /** Roster members by name, as [id, name] pairs where the name differs: an owner cell reads 李娜, its tooltip li.na. */
  readonly ownerNames: readonly (readonly [string, string])[];
  /**
   * How statuses and priorities read in the UI language, as [value, label] pairs where they differ
   * (core/vocabularyLabels.ts): the page shows labels without knowing a language, and edits send values.
   */
  readonly statusLabels: readonly (readonly [string, string])[];
  readonly priorityLabels: readonly (readonly [string, string])[];
}

/** What filtering and grouping by status or priority needs: owners are sorted by name there. */
export type WordOrder = Pick<Vocabulary, 'statuses' | 'priorities'>;

/** Values a filter offers: the vocabulary's, in its order, then any other value in use, by name. */
export function vocabularyFirst(vocabulary: Iterable<string>, used: Iterable<string>): string[] {
  const known = new Set(vocabulary);
  const others = [...new Set(used)].filter((value) => value !== '' && !known.has(value)).sort((a, b) => a.localeCompare(b));
  return [...known, ...others];
}
