import * as vscode from 'vscode';
import type { ChangeRequest, Requirement } from '../../core/model';
import { toVscodeRange } from '../support/rangeConversion';
import { valueRange } from '../../core/fieldSpans';
import type { IdAtPosition } from './idAt';

/** Where a requirement is declared: its `id` value, or the whole item when the id is not a plain value. */
export function declarationOf(requirement: Requirement): vscode.Location {
  const span = valueRange(requirement, 'id') ?? requirement.headRange;
  return new vscode.Location(vscode.Uri.parse(requirement.file), toVscodeRange(span));
}

/** Where a change request is declared: the value of its file's `id:`, or the whole document without one. */
export function changeRequestDeclaration(changeRequest: ChangeRequest): vscode.Location {
  const span = valueRange(changeRequest, 'id') ?? changeRequest.range;
  return new vscode.Location(vscode.Uri.parse(changeRequest.file), toVscodeRange(span));
}

/** Every declaration of the ID: each requirement and each change request that has it. */
export function declarationsOf(at: IdAtPosition): vscode.Location[] {
  return [...at.requirements.map(declarationOf), ...at.changeRequests.map(changeRequestDeclaration)];
}
