import * as vscode from 'vscode';
import type { IndexView } from '../../core/indexView';
import type { CommunicationRecord } from '../../core/records/communicationRecord';

/**
 * The record a command acts on: a tree element's (`record`), a file given as a URI or its string (CodeLens,
 * other callers), else the active editor's; undefined when that is no record in the index.
 */
export function recordTarget(index: IndexView, arg: unknown): CommunicationRecord | undefined {
  const file = typeof arg === 'string' ? arg
    : arg instanceof vscode.Uri ? arg.toString()
      : isWithRecord(arg) ? arg.record.file
        : vscode.window.activeTextEditor?.document.uri.toString();
  return file === undefined ? undefined : index.get(file)?.record;
}

function isWithRecord(arg: unknown): arg is { readonly record: CommunicationRecord } {
  if (typeof arg !== 'object' || arg === null || !('record' in arg)) {
    return false;
  }
  const { record } = arg as { readonly record: unknown };
  return typeof record === 'object' && record !== null && typeof (record as CommunicationRecord).file === 'string';
}
