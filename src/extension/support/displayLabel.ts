import * as vscode from 'vscode';
import type { ProjectSettings } from '../../core/settings';
import { vocabularyLabel } from '../../core/vocabularyLabels';

type Labels = Pick<ProjectSettings, 'vocabularyLabels'>;

/** A status or priority as the screen shows it: its label in VS Code's display language (files keep the value). */
export function displayLabel(value: string, settings: Labels): string;
export function displayLabel(value: string | undefined, settings: Labels): string | undefined;
export function displayLabel(value: string | undefined, settings: Labels): string | undefined {
  return value === undefined ? undefined : vocabularyLabel(value, vscode.env.language, settings);
}
