import type * as vscode from 'vscode';
import type { IndexView } from '../../core/indexView';
import { REQUIREMENT_ID_IN_TEXT } from '../../core/requirementIdText';

export interface IdAtPosition {
  readonly id: string;
  readonly range: vscode.Range;
}

/**
 * The requirement ID under the cursor, if the index knows it. Unknown ones are ignored, so words that merely
 * look like IDs (UTF-8, ISO-9001) get no hover, definition or references from us.
 */
export function requirementIdAt(document: vscode.TextDocument, position: vscode.Position, index: IndexView): IdAtPosition | undefined {
  const range = document.getWordRangeAtPosition(position, REQUIREMENT_ID_IN_TEXT);
  if (!range) {
    return undefined;
  }
  const id = document.getText(range);
  return index.requirementsWithId(id).length > 0 ? { id, range } : undefined;
}
