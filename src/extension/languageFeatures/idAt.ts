import type * as vscode from 'vscode';
import type { ChangeRequest, Requirement } from '../../core/model';
import type { IndexView } from '../../core/indexView';
import { REQUIREMENT_ID_IN_TEXT } from '../../core/requirementIdText';
import type { Risk } from '../../core/risks/risk';

/** A known ID under the cursor and what it names: requirements, change requests (CR-0001) or risks (RISK-003). */
export interface IdAtPosition {
  readonly id: string;
  readonly range: vscode.Range;
  readonly requirements: readonly Requirement[];
  readonly changeRequests: readonly ChangeRequest[];
  readonly risks: readonly Risk[];
}

/**
 * The requirement, change-request or risk ID under the cursor, if the index knows it. Change-request IDs (the CR
 * schema's `CR-` and digits) and risk IDs (`RISK-` and digits) are IDs of the same shape, so one pattern finds all. Unknown ones are ignored, so
 * words that merely look like IDs (UTF-8, ISO-9001) get no hover, definition or references from us.
 */
export function idAt(document: vscode.TextDocument, position: vscode.Position, index: IndexView): IdAtPosition | undefined {
  const range = document.getWordRangeAtPosition(position, REQUIREMENT_ID_IN_TEXT);
  if (!range) {
    return undefined;
  }
  const id = document.getText(range);
  const requirements = index.requirementsWithId(id);
  const changeRequests = index.changeRequestsWithId(id);
  const risks = index.risksWithId(id);
  return requirements.length + changeRequests.length + risks.length > 0 ? { id, range, requirements, changeRequests, risks } : undefined;
}
