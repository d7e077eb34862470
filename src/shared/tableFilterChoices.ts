import { vocabularyFirst, type Vocabulary } from '../core/vocabulary';
import type { TableRow } from './protocol';

/** The values each of the table's filters offers. */
export interface TableFilterChoices {
  readonly statuses: readonly string[];
  readonly priorities: readonly string[];
  readonly owners: readonly string[];
  readonly documents: readonly string[];
  /** Owner values as the filter shows them (Vocabulary.ownerLabels, merged); others show as written. */
  readonly ownerLabels: ReadonlyMap<string, string>;
  /** Status and priority values as the UI language names them (Vocabulary.statusLabels, merged). */
  readonly statusLabels: ReadonlyMap<string, string>;
  readonly priorityLabels: ReadonlyMap<string, string>;
}

export const NO_FILTER_CHOICES: TableFilterChoices = { statuses: [], priorities: [], owners: [], documents: [], ownerLabels: new Map(), statusLabels: new Map(), priorityLabels: new Map() };

/** The vocabularies' values (in order), then any other value in use; documents as used. */
export function tableFilterChoices(rows: readonly TableRow[], vocabularies: readonly Vocabulary[]): TableFilterChoices {
  return {
    statuses: vocabularyFirst(vocabularies.flatMap((v) => v.statuses), rows.map((r) => r.status)),
    priorities: vocabularyFirst(vocabularies.flatMap((v) => v.priorities), rows.map((r) => r.priority)),
    owners: vocabularyFirst(vocabularies.flatMap((v) => v.owners), rows.map((r) => r.owner)),
    documents: vocabularyFirst([], rows.map((r) => r.document)),
    ownerLabels: new Map(vocabularies.flatMap((v) => v.ownerLabels)),
    statusLabels: new Map(vocabularies.flatMap((v) => v.statusLabels)),
    priorityLabels: new Map(vocabularies.flatMap((v) => v.priorityLabels)),
  };
}
