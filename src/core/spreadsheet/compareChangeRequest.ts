import type { NewChangeRequestInput } from '../changeRequests/newChangeRequest';
import type { FieldValue } from '../edit/fieldEditPlan';
import { defineMessages, localized, type LocalizedMessage } from '../messages';
import type { RequirementField } from '../model';
import type { AddedRow, RequirementChange } from './compareWorkbook';

export const COMPARE_CR_MESSAGES = defineMessages({
  /** {0}: the workbook's file name. */
  title: 'Changes returned in {0}',
  /** {0}: the workbook, {1}: how many requirements. */
  description: 'The customer returned the workbook {0} with changes to {1} requirement(s); the proposed values are the cells as returned.',
  /** {0}: "ID field, ID field" — cells emptied, which a proposed value cannot say. */
  emptied: 'The workbook also empties: {0}.',
  /** {0}: sheet row numbers. */
  addedRows: 'Rows {0} of the workbook hold no exported requirement (new ones asked for?); this request does not carry them.',
});

export interface CompareRequestOptions {
  readonly id: string;
  /** The workbook's file name, as the customer sent it. */
  readonly workbook: string;
  /** Who asks: a roster customer's id. */
  readonly requestedBy: string;
  /** Rows the workbook added, named in the description so that they are not forgotten. */
  readonly added?: readonly AddedRow[];
  /** The texts in the user's language; English by default. */
  readonly translate?: (message: LocalizedMessage) => string;
}

/**
 * The one change request that carries a returned workbook's changes, the formal route instead of applying them:
 * `proposed` holds exactly the changed fields of each requirement (a cell emptied cannot be proposed, so the
 * description names it), `affects` the requirements changed, channel email (how a workbook comes back).
 */
export function changeRequestFromCompare(changes: readonly RequirementChange[], options: CompareRequestOptions): NewChangeRequestInput {
  const say = options.translate ?? ((message: LocalizedMessage): string => message.message);
  const proposed: Record<string, Partial<Record<RequirementField, FieldValue>>> = {};
  const emptied: string[] = [];
  for (const change of changes) {
    const values: Partial<Record<RequirementField, FieldValue>> = {};
    for (const { field, new: value } of change.changes) {
      if (value === undefined) {
        emptied.push(`${change.id} ${field}`);
      } else {
        values[field] = value;
      }
    }
    proposed[change.id] = values;
  }
  const rows = (options.added ?? []).map((row) => row.row);
  const description = [
    say(localized(COMPARE_CR_MESSAGES.description, options.workbook, changes.length)),
    ...(emptied.length > 0 ? [say(localized(COMPARE_CR_MESSAGES.emptied, emptied.join(', ')))] : []),
    ...(rows.length > 0 ? [say(localized(COMPARE_CR_MESSAGES.addedRows, rows.join(', ')))] : []),
  ].join(' ');
  return {
    id: options.id,
    title: say(localized(COMPARE_CR_MESSAGES.title, options.workbook)),
    affects: changes.map((change) => change.id),
    requested_by: options.requestedBy,
    channel: 'email',
    description,
    proposed,
  };
}
