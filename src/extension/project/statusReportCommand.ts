import * as vscode from 'vscode';
import type { IndexView } from '../../core/indexView';
import { computeProjectState } from '../../core/project/computeProjectState';
import { type SettingsScope, settingsScopes } from '../../core/project/projectScope';
import type { StatusReportOptions } from '../../core/project/statusReportContent';
import { statusReportHtml } from '../../core/project/statusReportHtml';
import { statusReportMarkdown } from '../../core/project/statusReportMarkdown';
import type { Command } from '../support/commandRegistry';
import { displayLabel } from '../support/displayLabel';
import { localizedMessage } from '../support/rangeConversion';
import { projectLabel } from './projectLabels';

type ReportFormat = 'md' | 'html';

/**
 * Status Report: asks Markdown or HTML (and, in a workspace of several projects, which reqdesk.yaml), where to
 * save it, writes the project's report as of the index's today in the display language and opens it. Resolves to
 * the report's URI, or undefined when cancelled.
 */
export function statusReportCommand(index: IndexView): Command {
  return {
    id: 'reqdesk.statusReport',
    execute: async () => {
      const scope = await askScope(index);
      if (scope === null) {
        return undefined;
      }
      const format = await vscode.window.showQuickPick(
        [{ label: vscode.l10n.t('Markdown'), format: 'md' as ReportFormat }, { label: vscode.l10n.t('HTML'), format: 'html' as ReportFormat }],
        { title: vscode.l10n.t('Status Report'), placeHolder: vscode.l10n.t('Which format?'), ignoreFocusOut: true },
      );
      if (!format) {
        return undefined;
      }
      // Beside the project's reqdesk.yaml: in a multi-root workspace, in the folder of the project reported on.
      const folder = scope === undefined ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(vscode.Uri.parse(scope), '..');
      const name = `status-report-${index.today}.${format.format}`;
      const target = await vscode.window.showSaveDialog({
        title: vscode.l10n.t('Save the Status Report'),
        defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
        filters: format.format === 'md' ? { [vscode.l10n.t('Markdown')]: ['md'] } : { [vscode.l10n.t('HTML')]: ['html'] },
      });
      if (!target) {
        return undefined;
      }
      const state = computeProjectState(index, scope, index.today);
      const settings = index.settingsFor(scope ?? '');
      const options: StatusReportOptions = {
        translate: (template, args) => localizedMessage({ message: template, template, args }),
        label: (value) => displayLabel(value, settings),
      };
      const text = format.format === 'md' ? statusReportMarkdown(state, options) : statusReportHtml([{ state, options }], vscode.env.language);
      await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(text));
      await vscode.window.showTextDocument(target);
      return target;
    },
  };
}

/** The project to report on; null when cancelled. One project (or none declared) is not asked. */
async function askScope(index: IndexView): Promise<SettingsScope | null> {
  const scopes = settingsScopes(index);
  if (scopes.length === 1) {
    return scopes[0];
  }
  const picked = await vscode.window.showQuickPick(
    scopes.map((scope) => ({ label: projectLabel(index, scope), scope })),
    { title: vscode.l10n.t('Status Report'), placeHolder: vscode.l10n.t('Which project?'), ignoreFocusOut: true },
  );
  return picked ? picked.scope : null;
}
