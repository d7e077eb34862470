import * as vscode from 'vscode';
import type { Requirement } from '../../core/model';
import { toVscodeRange } from '../rangeConversion';

/** Where a requirement is declared: its `id` value, or the whole item when the id is not a plain value. */
export function declarationOf(requirement: Requirement): vscode.Location {
  const span = requirement.fields.id?.value ?? requirement.headRange;
  return new vscode.Location(vscode.Uri.parse(requirement.file), toVscodeRange(span));
}
