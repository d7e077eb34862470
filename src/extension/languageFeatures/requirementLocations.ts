import * as vscode from 'vscode';
import type { Requirement } from '../../core/model';
import { toVscodeRange } from '../support/rangeConversion';
import { valueRange } from '../../core/fieldSpans';

/** Where a requirement is declared: its `id` value, or the whole item when the id is not a plain value. */
export function declarationOf(requirement: Requirement): vscode.Location {
  const span = valueRange(requirement, 'id') ?? requirement.headRange;
  return new vscode.Location(vscode.Uri.parse(requirement.file), toVscodeRange(span));
}
