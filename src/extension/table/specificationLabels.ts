import * as vscode from 'vscode';
import type { SpecificationLabels } from '../../core/specification';

/** The specification's headings and labels in the display language; the values stay as the files hold them. */
export function specificationLabels(): SpecificationLabels {
  return {
    language: vscode.env.language,
    title: vscode.l10n.t('Requirements specification'),
    fields: {
      id: vscode.l10n.t('ID'), title: vscode.l10n.t('Title'), description: vscode.l10n.t('Description'), priority: vscode.l10n.t('Priority'),
      owner: vscode.l10n.t('Owner'), status: vscode.l10n.t('Status'), source: vscode.l10n.t('Source'), acceptance: vscode.l10n.t('Acceptance criteria'),
      links: vscode.l10n.t('Links'), milestone: vscode.l10n.t('Milestone'), due: vscode.l10n.t('Due'), tags: vscode.l10n.t('Tags'),
      changes: vscode.l10n.t('Change Requests'),
    },
    customer: vscode.l10n.t('Customer'),
    version: vscode.l10n.t('Version'),
    file: vscode.l10n.t('File'),
    untitled: vscode.l10n.t('(untitled)'),
    noRequirements: vscode.l10n.t('No requirements.'),
  };
}
