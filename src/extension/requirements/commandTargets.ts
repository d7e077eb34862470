import * as vscode from 'vscode';
import { baseName } from '../../core/fileKind';
import type { Requirement } from '../../core/model';
import { asRecord } from '../../core/values';
import type { IndexView } from '../../core/indexView';

/**
 * What a command acts on. Commands run from the palette (no argument), a tree item (an element with
 * `requirement` or `file`), or an editor menu (the editor's URI): each resolves here the same way.
 */

/** The requirement a command acts on, or the message telling the user why there is none. */
export function requirementTarget(index: IndexView, arg: unknown): Requirement | string {
  const element = asRecord(arg)?.requirement;
  if (isRequirement(element)) {
    // The tree's element may be older than the index: prefer the index's current copy of the same item.
    const current = index.get(element.file)?.requirements.filter((r) => r.id === element.id) ?? [];
    return current.find((r) => r.index === element.index) ?? current[0] ?? element;
  }
  const editor = editorFor(arg);
  const parsed = editor ? index.get(editor.document.uri.toString()) : undefined;
  if (!editor || parsed?.kind !== 'requirements') {
    return vscode.l10n.t('Place the cursor in a requirement of a requirements file (*.req.yaml), or use the Requirements view.');
  }
  const requirement = requirementAtLine(parsed.requirements, editor.selection.active.line);
  if (!requirement) {
    return vscode.l10n.t('There is no requirement under the cursor: place it inside an item of requirements: in {0}.', baseName(editor.document.uri.path));
  }
  if (!requirement.id) {
    return vscode.l10n.t('The requirement under the cursor has no id: give it one first.');
  }
  return requirement;
}

/** The item (a requirement, a risk) whose lines include `line` (its dash line too, so the cursor may be anywhere on the item). */
export function requirementAtLine<T extends Pick<Requirement, 'range'>>(requirements: readonly T[], line: number): T | undefined {
  return requirements.find((r) => {
    const { start, end } = r.range;
    const lastLine = end.character === 0 && end.line > start.line ? end.line - 1 : end.line;
    return start.line <= line && line <= lastLine;
  });
}

/** The requirements document (index key) named by a tree element, an editor menu or the active editor; undefined if none. */
export function documentFromContext(index: IndexView, arg: unknown): string | undefined {
  const record = asRecord(arg);
  const element = record?.requirement;
  const key = isRequirement(element)
    ? element.file
    : typeof record?.file === 'string'
      ? record.file
      : (arg instanceof vscode.Uri ? arg : vscode.window.activeTextEditor?.document.uri)?.toString();
  return key !== undefined && index.get(key)?.kind === 'requirements' ? key : undefined;
}

/** Asks which requirements document to use; undefined when the user cancels or there is none (after saying so). */
export async function pickDocument(index: IndexView, placeHolder: string): Promise<string | undefined> {
  const documents = [...index.files()].filter((file) => index.get(file)?.kind === 'requirements').sort();
  if (documents.length === 0) {
    const create = vscode.l10n.t('New Requirements File');
    const choice = await vscode.window.showInformationMessage(vscode.l10n.t('There are no requirements files (*.req.yaml) in this workspace yet.'), create);
    if (choice === create) {
      await vscode.commands.executeCommand('reqdesk.newRequirementsFile');
    }
    return undefined;
  }
  if (documents.length === 1) {
    return documents[0];
  }
  const items = documents.map((file) => {
    const header = index.get(file)?.header ?? {};
    return { label: header.title ?? baseName(file), description: header.prefix, detail: vscode.workspace.asRelativePath(vscode.Uri.parse(file)), file };
  });
  return (await vscode.window.showQuickPick(items, { placeHolder, matchOnDescription: true, matchOnDetail: true }))?.file;
}

/** The visible editor an editor-menu command was run on (it passes the URI), else the active editor. */
function editorFor(arg: unknown): vscode.TextEditor | undefined {
  const active = vscode.window.activeTextEditor;
  if (!(arg instanceof vscode.Uri) || active?.document.uri.toString() === arg.toString()) {
    return active;
  }
  return vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === arg.toString());
}

function isRequirement(value: unknown): value is Requirement {
  const record = asRecord(value);
  return typeof record?.id === 'string' && typeof record.file === 'string' && asRecord(record.data) !== undefined;
}
