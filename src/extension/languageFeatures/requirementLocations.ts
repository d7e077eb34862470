import * as vscode from 'vscode';
import type { ChangeRequest, Requirement } from '../../core/model';
import { toVscodeRange } from '../support/rangeConversion';
import { valueRange } from '../../core/fieldSpans';
import type { Risk } from '../../core/risks/risk';
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

/** Where a risk is declared: the value of its `id:`, or its first line without one. */
export function riskDeclaration(risk: Risk): vscode.Location {
  return new vscode.Location(vscode.Uri.parse(risk.file), toVscodeRange(risk.valueRanges.id ?? risk.headRange));
}

/** Every declaration of the ID: each requirement, change request and risk that has it. */
export function declarationsOf(at: IdAtPosition): vscode.Location[] {
  return [...at.requirements.map(declarationOf), ...at.changeRequests.map(changeRequestDeclaration), ...at.risks.map(riskDeclaration)];
}
