import * as vscode from 'vscode';
import type { IndexView } from '../../core/indexView';
import { customerMembers } from '../../core/roster';
import { changeRequestFromCompare } from '../../core/spreadsheet/compareChangeRequest';
import { compareEdits } from '../../core/spreadsheet/compareEdits';
import { compareReport, hasChanges, reportMarkdown } from '../../core/spreadsheet/compareReport';
import { compareWorkbook, type FieldChange, type RequirementChange, type WorkbookComparison } from '../../core/spreadsheet/compareWorkbook';
import { CurrentUser } from '../changeRequests/currentUser';
import { writeNewChangeRequest } from '../changeRequests/fileChangeRequestCommand';
import { BACK, inputStep, pickStep, type StepPlace } from '../changeRequests/multiStepInput';
import { registerCommands, type Command } from '../support/commandRegistry';
import { readForEdit, toWorkspaceEdit, workspaceEditScope, type EditSnapshot } from '../support/coreEdits';
import { showMarkdownPreview } from '../support/markdownPreview';
import { personItem } from '../support/personItems';
import { localizedMessage } from '../support/rangeConversion';
import { CompareReportDocuments } from './compareReportDocuments';

interface ChangeItem extends vscode.QuickPickItem {
  readonly change: RequirementChange;
}

interface ActionItem extends vscode.QuickPickItem {
  readonly action: 'apply' | 'file';
}

interface RequesterItem extends vscode.QuickPickItem {
  readonly id: string;
}

/** The compare command and its report documents; `state` (the workspace's) remembers who the user is. */
export function registerSpreadsheetCompare(index: IndexView, state: vscode.Memento): vscode.Disposable {
  const reports = new CompareReportDocuments();
  return vscode.Disposable.from(reports, registerCommands([compareSpreadsheetCommand(index, new CurrentUser(state), reports)]));
}

/**
 * Compare Spreadsheet with Requirements: reads a workbook ReqDesk exported and a customer returned (the Explorer's
 * file, or one picked), shows the comparison as a Markdown report, then asks which requirements' changes to take
 * (conflicting ones unpicked: they would overwrite what changed here since the export) and what to do with them:
 * apply them (one WorkspaceEdit, so one undo reverts all) or file them as one change request from a roster
 * customer. Resolves to the new request's URI, true when applied, undefined when there was nothing to do or the
 * user stopped.
 */
export function compareSpreadsheetCommand(index: IndexView, user: CurrentUser, reports: CompareReportDocuments): Command {
  return {
    id: 'reqdesk.compareSpreadsheet',
    execute: async (arg) => {
      const uri = arg instanceof vscode.Uri ? arg : await pickWorkbook();
      if (uri === undefined) {
        return undefined;
      }
      const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
      const comparison = await compare(index, uri, name);
      if (comparison === undefined) {
        return undefined;
      }
      if (!hasChanges(comparison) && comparison.notUnderstood.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('No changes: {0} matches the requirements.', name));
        return undefined;
      }
      const display = (file: string): string => vscode.workspace.asRelativePath(vscode.Uri.parse(file));
      const lines = compareReport(comparison, name, display);
      await showMarkdownPreview(reports.show(name, reportMarkdown(vscode.l10n.t('Compare {0} with the requirements', name), lines, localizedMessage)));
      if (comparison.changed.length === 0) {
        void vscode.window.showInformationMessage(vscode.l10n.t('{0} changes no requirement field: the report lists its other rows.', name));
        return undefined;
      }
      return decide(index, user, comparison, name);
    },
  };
}

async function pickWorkbook(): Promise<vscode.Uri | undefined> {
  const picked = await vscode.window.showOpenDialog({
    title: vscode.l10n.t('Compare Spreadsheet with Requirements'),
    canSelectMany: false,
    filters: { [vscode.l10n.t('Excel workbook')]: ['xlsx'] },
  });
  return picked?.[0];
}

async function compare(index: IndexView, uri: vscode.Uri, name: string): Promise<WorkbookComparison | undefined> {
  const { readWorkbook } = await import('../../workbook/workbookCodec.js');
  let cells;
  try {
    cells = await readWorkbook(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('ReqDesk could not read {0}: {1}', name, error instanceof Error ? error.message : String(error)));
    return undefined;
  }
  // The workbook may come from anywhere (a download folder): the project's vocabulary and roster are the requirements'.
  const settings = index.settingsFor(index.requirements()[0]?.file ?? uri.toString());
  const result = compareWorkbook(cells, index, settings, name);
  if (!result.ok) {
    void vscode.window.showErrorMessage(localizedMessage(result.refusal));
    return undefined;
  }
  return result.comparison;
}

async function decide(index: IndexView, user: CurrentUser, comparison: WorkbookComparison, name: string): Promise<vscode.Uri | true | undefined> {
  const title = vscode.l10n.t('Compare {0} with the requirements', name);
  let chosen: readonly RequirementChange[] = [];
  for (let step = 1; ;) {
    if (step === 1) {
      const picked = await pickStep(place(title, 1, 2), {
        items: comparison.changed.map((change) => changeItem(index, change)),
        canPickMany: true,
        placeholder: vscode.l10n.t('Which requirements take the workbook\'s changes? Conflicts (⚠) changed here since the export too: pick them only after reading both sides.'),
        selected: (item) => (chosen.length === 0 ? !item.change.conflict : chosen.includes(item.change)),
        validate: (items) => (items.length === 0 ? vscode.l10n.t('Pick at least one requirement.') : undefined),
      });
      if (picked === undefined || picked === BACK) {
        return undefined;
      }
      chosen = picked.map((item) => item.change);
      step = 2;
      continue;
    }
    const fields = chosen.reduce((n, change) => n + change.changes.length, 0);
    const action = await pickStep<ActionItem>(place(title, 2, 2), {
      items: [
        { label: `$(check) ${vscode.l10n.t('Apply the changes')}`, description: vscode.l10n.t('{0} field(s) of {1} requirement(s), kept as one undo', fields, chosen.length), action: 'apply' },
        { label: `$(git-pull-request) ${vscode.l10n.t('File a change request')}`, description: vscode.l10n.t('one request proposing the changes, for the CCB to decide'), action: 'file' },
      ],
      placeholder: vscode.l10n.t('Apply the workbook\'s changes to the requirements, or file them as a change request?'),
    });
    if (action === undefined) {
      return undefined;
    }
    if (action === BACK) {
      step = 1;
      continue;
    }
    if (action[0].action === 'apply') {
      return (await apply(index, chosen)) ? true : undefined;
    }
    const filed = await fileRequest(index, user, comparison, chosen, name, title);
    if (filed !== BACK) {
      return filed;
    }
  }
}

function place(title: string, step: number, totalSteps: number): StepPlace {
  return { title, step, totalSteps };
}

function changeItem(index: IndexView, change: RequirementChange): ChangeItem {
  const requirement = index.requirementsWithId(change.id)[0];
  const conflict = change.changedSince === undefined
    ? vscode.l10n.t('conflict: changed here since the export too')
    : vscode.l10n.t('conflict: its {0} changed here since the export', change.changedSince.join(', '));
  return {
    label: change.conflict ? `$(warning) ${change.id}` : change.id,
    description: change.conflict ? conflict : requirement?.data.title,
    detail: change.changes.map(fieldText).join(' · '),
    change,
  };
}

function fieldText(change: FieldChange): string {
  const shown = (value: FieldChange['old']): string => (value === undefined ? vscode.l10n.t('(empty)') : typeof value === 'string' ? value : value.join(', '));
  return vscode.l10n.t('{0}: {1} → {2} ({3})', change.field, shown(change.old), shown(change.new), change.cell);
}

/** All chosen changes as one WorkspaceEdit over the live texts; the fields a plan refuses are said, the rest go. */
async function apply(index: IndexView, changes: readonly RequirementChange[]): Promise<boolean> {
  const snapshots = new Map<string, EditSnapshot>();
  for (const file of new Set(changes.map((change) => change.file))) {
    snapshots.set(file, await readForEdit(vscode.Uri.parse(file)));
  }
  const texts = new Map([...snapshots].map(([file, snapshot]) => [file, { text: snapshot.text }]));
  const planned = compareEdits(changes, index, texts, workspaceEditScope());
  const edit = new vscode.WorkspaceEdit();
  for (const { file, edits } of planned.files) {
    const snapshot = snapshots.get(file);
    if (snapshot === undefined || snapshot.document.version !== snapshot.version) {
      void vscode.window.showErrorMessage(vscode.l10n.t('The workbook\'s changes were not applied: {0}', vscode.l10n.t('the file changed while the edit was prepared, so nothing was changed. Try again.')));
      return false;
    }
    toWorkspaceEdit(snapshot.document, edits, edit);
  }
  if (planned.refused.length > 0) {
    const reasons = planned.refused.map((r) => `${r.id} ${r.field}: ${localizedMessage(r.refusal)}`).join(' ');
    void vscode.window.showWarningMessage(vscode.l10n.t('Not applied: {0}', reasons));
  }
  if (planned.files.length === 0) {
    return false;
  }
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showErrorMessage(vscode.l10n.t('The workbook\'s changes were not applied: {0}', vscode.l10n.t('the file changed while the edit was prepared, so nothing was changed. Try again.')));
    return false;
  }
  // The edited files stay unsaved, like every edit ReqDesk makes: shown, so that the change is seen and undoable.
  await vscode.window.showTextDocument(vscode.Uri.parse(planned.files[0].file), { preview: false });
  void vscode.window.showInformationMessage(vscode.l10n.t('Applied the workbook\'s changes to {0} requirement(s) in {1} file(s); one undo reverts them.', planned.applied.length, planned.files.length));
  return true;
}

/** Asks who sent the workbook (a roster customer, else a typed name) and files the change request; BACK to the action. */
async function fileRequest(
  index: IndexView, user: CurrentUser, comparison: WorkbookComparison, chosen: readonly RequirementChange[], name: string, title: string,
): Promise<vscode.Uri | undefined | typeof BACK> {
  const anchor = chosen[0].file;
  const settings = index.settingsFor(anchor);
  const customers = customerMembers(settings);
  let requestedBy: string | undefined;
  if (customers.length > 0) {
    const picked = await pickStep<RequesterItem>(place(title, 3, 3), { items: customers.map(personItem), placeholder: vscode.l10n.t('Who returned the workbook?') });
    if (picked === BACK || picked === undefined) {
      return picked;
    }
    requestedBy = picked[0].id;
  } else {
    const typed = await inputStep(place(title, 3, 3), {
      prompt: vscode.l10n.t('Who returned the workbook? (the roster has no customer: add one with roles: [customer] to pick them here)'),
      validate: (value) => (value.trim() === '' ? vscode.l10n.t('This cannot be empty.') : undefined),
    });
    if (typed === BACK || typed === undefined) {
      return typed;
    }
    requestedBy = typed.trim();
  }
  const by = await user.resolve(vscode.Uri.parse(anchor), settings);
  if (by === undefined) {
    return undefined;
  }
  return writeNewChangeRequest(index, chosen[0].id, by, (id) =>
    changeRequestFromCompare(chosen, { id, workbook: name, requestedBy: requestedBy ?? '', added: comparison.added, translate: localizedMessage }));
}
