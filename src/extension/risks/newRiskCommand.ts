import * as vscode from 'vscode';
import { appendRisk } from '../../core/edit/riskEdits';
import { baseName } from '../../core/fileKind';
import type { IndexView } from '../../core/indexView';
import { nextRiskId } from '../../core/risks/nextRiskId';
import { newRiskRegisterText } from '../../core/risks/riskRegisterText';
import { pickOwner } from '../requirements/ownerPick';
import type { Command } from '../support/commandRegistry';
import { applyCoreEdit } from '../support/coreEdits';
import { revealNewItem } from '../support/revealNewItem';

interface FileItem extends vscode.QuickPickItem {
  readonly file?: string;
}

interface ScaleItem extends vscode.QuickPickItem {
  readonly value: number;
}

/**
 * New Risk: the next free RISK ID of the workspace, a title, probability, impact and (optionally) an owner;
 * appended to the active register, or one picked or created, laid out like the risks already there, status open.
 */
export function newRiskCommand(index: IndexView): Command {
  return {
    id: 'reqdesk.newRisk',
    execute: async () => {
      const uri = await pickRegister(index);
      if (uri === undefined) {
        return;
      }
      const id = nextRiskId(index.risks().map((r) => r.id));
      const title = await vscode.window.showInputBox({
        title: vscode.l10n.t('New risk {0} in {1}', id, baseName(uri.path)),
        prompt: vscode.l10n.t('Title: what may happen, in one line'),
        validateInput: (value) => (value.trim() === '' ? vscode.l10n.t('Enter a title.') : undefined),
      });
      if (title === undefined) {
        return;
      }
      const probability = await pickScale(vscode.l10n.t('Probability of {0}', id), [
        vscode.l10n.t('rare'), vscode.l10n.t('unlikely'), vscode.l10n.t('possible'), vscode.l10n.t('likely'), vscode.l10n.t('almost certain'),
      ]);
      if (probability === undefined) {
        return;
      }
      const impact = await pickScale(vscode.l10n.t('Impact of {0}', id), [
        vscode.l10n.t('minor'), vscode.l10n.t('moderate'), vscode.l10n.t('significant'), vscode.l10n.t('major'), vscode.l10n.t('severe'),
      ]);
      if (impact === undefined) {
        return;
      }
      const owner = await pickOwner(index, uri.toString(), { placeHolder: vscode.l10n.t('Owner of {0}', id), allowSkip: true });
      if (owner === undefined) {
        return;
      }
      const { applied, edits, snapshot } = await applyCoreEdit(
        uri,
        (text) => appendRisk(text, { id, title: title.trim(), probability, impact, ...('owner' in owner ? { owner: owner.owner } : {}), status: 'open' }),
        vscode.l10n.t('Could not add {0} to {1}', id, baseName(uri.path)),
      );
      if (applied) {
        await revealNewItem(snapshot.document, edits, id);
      }
    },
  };
}

/** The active register, else the one picked; "New risk register…" (or none yet) asks where to create one. */
async function pickRegister(index: IndexView): Promise<vscode.Uri | undefined> {
  const active = vscode.window.activeTextEditor?.document.uri;
  if (active && index.get(active.toString())?.kind === 'risks') {
    return active;
  }
  const registers = [...index.files()].filter((file) => index.get(file)?.kind === 'risks').sort();
  if (registers.length > 0) {
    const items: FileItem[] = [
      ...registers.map((file) => ({ label: vscode.workspace.asRelativePath(vscode.Uri.parse(file)), file })),
      { label: `$(new-file) ${vscode.l10n.t('New risk register…')}`, alwaysShow: true },
    ];
    const picked = await vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('Add the new risk to which register?') });
    if (picked === undefined) {
      return undefined;
    }
    if (picked.file !== undefined) {
      return vscode.Uri.parse(picked.file);
    }
  }
  return createRegister();
}

async function createRegister(): Promise<vscode.Uri | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  const uri = await vscode.window.showSaveDialog({
    title: vscode.l10n.t('New risk register'),
    defaultUri: folder && vscode.Uri.joinPath(folder, 'project.risks.yaml'),
    filters: { [vscode.l10n.t('Risk register')]: ['risks.yaml'] },
  });
  if (uri === undefined) {
    return undefined;
  }
  if (!/\.risks\.ya?ml$/.test(uri.path)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('A risk register is named *.risks.yaml, so that ReqDesk finds it: {0} is not.', baseName(uri.path)));
    return undefined;
  }
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(newRiskRegisterText()));
  return uri;
}

/** 1–5 with the scale's words, as in the schema: "4 — likely". */
async function pickScale(placeHolder: string, words: readonly string[]): Promise<number | undefined> {
  const items: ScaleItem[] = words.map((word, i) => ({ label: String(i + 1), description: word, value: i + 1 }));
  return (await vscode.window.showQuickPick(items, { placeHolder }))?.value;
}
