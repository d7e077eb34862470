import * as vscode from 'vscode';
import { dirName } from '../../core/fileKind';
import { requirementsTemplate } from '../../core/requirementsTemplate';
import type { IndexView } from '../../core/indexView';
import type { Command } from '../support/commandRegistry';
import { fileExists } from '../support/fileExists';

/** The pattern of the requirements schema's `document.prefix`. */
const PREFIX_PATTERN = /^[A-Z][A-Z0-9_]*$/;

/**
 * New Requirements File: asks the document's prefix, title and customer, writes `<prefix>.req.yaml` (header and
 * one commented example requirement) beside the folder's other requirements files, and opens it. Never
 * overwrites a file.
 */
export function newRequirementsFileCommand(index: IndexView): Command {
  return {
    id: 'reqdesk.newRequirementsFile',
    execute: async () => {
      const folder = await pickFolder();
      if (!folder) {
        return;
      }
      const directory = documentsDirectory(index, folder);
      const fileFor = (prefix: string): vscode.Uri => vscode.Uri.joinPath(directory, `${prefix.toLowerCase()}.req.yaml`);
      const steps = (step: number): string => vscode.l10n.t('New Requirements File ({0}/3)', step);
      const prefix = await vscode.window.showInputBox({
        title: steps(1),
        prompt: vscode.l10n.t('ID prefix of the document: capital letters, digits or _ (IDs will look like PREFIX-001)'),
        placeHolder: 'PORTAL',
        validateInput: (value) => validatePrefix(index, value.trim(), fileFor(value.trim())),
      });
      if (prefix === undefined) {
        return;
      }
      const title = await vscode.window.showInputBox({
        title: steps(2),
        prompt: vscode.l10n.t('Title of the requirements table, e.g. Customer portal'),
        validateInput: (value) => (value.trim() === '' ? vscode.l10n.t('Enter a title.') : undefined),
      });
      if (title === undefined) {
        return;
      }
      const customer = await vscode.window.showInputBox({
        title: steps(3),
        prompt: vscode.l10n.t('Customer or client of this table (optional: leave empty for none)'),
      });
      if (customer === undefined) {
        return;
      }
      const uri = fileFor(prefix.trim());
      if (await fileExists(uri)) {
        void vscode.window.showErrorMessage(vscode.l10n.t('{0} already exists: ReqDesk does not overwrite it.', vscode.workspace.asRelativePath(uri)));
        return;
      }
      const settings = index.settingsFor(uri.toString());
      const text = requirementsTemplate({
        prefix: prefix.trim(),
        title: title.trim(),
        customer: customer.trim() || undefined,
        owner: defaultOwner(settings.roster.map((m) => m.id)),
        example: {
          title: vscode.l10n.t('Example requirement (replace it with your first one)'),
          description: vscode.l10n.t('What the system does: the behaviour, the expected result and the business rules.'),
          source: vscode.l10n.t('Where it comes from, e.g. the kick-off meeting'),
          acceptance: vscode.l10n.t('How the customer checks that it is met'),
        },
        settings,
      });
      const edit = new vscode.WorkspaceEdit();
      edit.createFile(uri, { overwrite: false, contents: new TextEncoder().encode(text) });
      if (!(await vscode.workspace.applyEdit(edit))) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Could not create {0}.', vscode.workspace.asRelativePath(uri)));
        return;
      }
      const editor = await vscode.window.showTextDocument(uri, { preview: false });
      // The example's title selected: the first thing to type over.
      const titleLine = editor.document.getText().split('\n').findIndex((line) => line.startsWith('    title: '));
      if (titleLine !== -1) {
        const line = editor.document.lineAt(titleLine);
        editor.selection = new vscode.Selection(titleLine, '    title: '.length, titleLine, line.text.length);
      }
    },
  };
}

async function pickFolder(): Promise<vscode.WorkspaceFolder | undefined> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Open a folder first: requirements files live in a workspace folder.'));
    return undefined;
  }
  return folders.length === 1 ? folders[0] : vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Create the requirements file in which folder?') });
}

/** Where most of the folder's requirements files are (so a new one joins them), else the folder itself. */
function documentsDirectory(index: IndexView, folder: vscode.WorkspaceFolder): vscode.Uri {
  const root = folder.uri.toString();
  const counts = new Map<string, number>();
  for (const file of index.files()) {
    if (file.startsWith(`${root}/`) && index.get(file)?.kind === 'requirements') {
      counts.set(dirName(file), (counts.get(dirName(file)) ?? 0) + 1);
    }
  }
  const best = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return best ? vscode.Uri.parse(best[0]) : folder.uri;
}

async function validatePrefix(index: IndexView, prefix: string, uri: vscode.Uri): Promise<string | undefined> {
  if (!PREFIX_PATTERN.test(prefix)) {
    return vscode.l10n.t('Use capital letters (A-Z), then letters, digits or _, e.g. PORTAL.');
  }
  if (prefix === 'CR') {
    return vscode.l10n.t('CR is the prefix of change requests (CR-0001): choose another.');
  }
  const other = [...index.files()].find((file) => index.get(file)?.kind === 'requirements' && index.get(file)?.header.prefix === prefix);
  if (other) {
    return vscode.l10n.t('{0} already uses the prefix {1}: IDs would collide.', vscode.workspace.asRelativePath(vscode.Uri.parse(other)), prefix);
  }
  if (await fileExists(uri)) {
    return vscode.l10n.t('{0} already exists.', vscode.workspace.asRelativePath(uri));
  }
  return undefined;
}

/** The user's own name (setting reqdesk.user) when it can be an owner here; else the example stays unowned. */
function defaultOwner(roster: readonly string[]): string | undefined {
  const user = vscode.workspace.getConfiguration('reqdesk').get<string>('user')?.trim();
  return user && (roster.length === 0 || roster.includes(user)) ? user : undefined;
}
