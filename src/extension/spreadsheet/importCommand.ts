import * as vscode from 'vscode';
import type { IndexView } from '../../core/indexView';
import { REQUIREMENT_FIELDS } from '../../core/model';
import { columnLetters, doubleMappedField, findHeaderRow, proposeMapping, type ColumnMapping, type ColumnTarget, type SheetHeader } from '../../core/spreadsheet/columnMapping';
import { csvSheet } from '../../core/spreadsheet/csvSheet';
import { importedFileText } from '../../core/spreadsheet/importedFileText';
import { importPlan } from '../../core/spreadsheet/importPlan';
import { importPrefix, PREFIX_PATTERN } from '../../core/spreadsheet/importPrefix';
import { importSummaryLines } from '../../core/spreadsheet/importSummaryLines';
import type { SheetCells } from '../../core/spreadsheet/workbookCells';
import { advance, BACK, inputStep, pickStep, runSteps, type Answer, type StepPlace } from '../changeRequests/multiStepInput';
import { registerCommands } from '../support/commandRegistry';
import { fileExists } from '../support/fileExists';
import { localizedMessage } from '../support/rangeConversion';

/** A found sheet and its header row. */
interface ReadableSheet {
  readonly sheet: SheetCells;
  readonly header: SheetHeader;
}

interface TargetItem extends vscode.QuickPickItem {
  readonly target: ColumnTarget;
}

interface ColumnItem extends vscode.QuickPickItem {
  /** The column's index in the mapping; undefined for "Import with this mapping". */
  readonly index?: number;
}

/**
 * "Import Requirements from Spreadsheet…": a workbook or CSV (picked, or the Explorer's file) becomes a new
 * *.req.yaml. The user picks the sheet when several have a header row, confirms or changes the proposed mapping
 * column by column, the prefix and the new file (an existing one is replaced only when confirmed); the file is
 * written atomically and opened, and the summary goes to the ReqDesk output channel.
 */
export function registerSpreadsheetImport(index: IndexView): vscode.Disposable {
  let output: vscode.OutputChannel | undefined;
  const channel = (): vscode.OutputChannel => (output ??= vscode.window.createOutputChannel('ReqDesk'));
  const command = registerCommands([{ id: 'reqdesk.importSpreadsheet', execute: (uri?: unknown) => importSpreadsheet(index, uri instanceof vscode.Uri ? uri : undefined, channel) }]);
  return new vscode.Disposable(() => {
    command.dispose();
    output?.dispose();
  });
}

async function importSpreadsheet(index: IndexView, given: vscode.Uri | undefined, channel: () => vscode.OutputChannel): Promise<void> {
  const source = given ?? (await pickSpreadsheet());
  if (!source) {
    return;
  }
  const candidates = (await sheetsOf(source)).flatMap((sheet) => {
    const header = sheet.hidden ? undefined : findHeaderRow(sheet);
    return header ? [{ sheet, header }] : [];
  });
  if (candidates.length === 0) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} has no header row: no row in the first 20 names two fields such as ID, Title, 编号 or 需求名称.', baseName(source)));
    return;
  }
  const title = vscode.l10n.t('Import Requirements from Spreadsheet');
  const total = candidates.length > 1 ? 4 : 3;
  const place = (step: number): StepPlace => ({ title, step: step - (4 - total), totalSteps: total });
  let chosen: ReadableSheet = candidates[0];
  let mapping: ColumnMapping[] = proposeMapping(chosen.sheet, chosen.header);
  let prefix = '';
  let target = '';
  const steps = [
    ...(candidates.length > 1
      ? [async () => advance(await pickStep(place(1), {
        items: candidates.map((c) => ({ label: c.sheet.name, description: vscode.l10n.t('header in row {0}', c.header.row + 1), candidate: c })),
        placeholder: vscode.l10n.t('Which sheet holds the requirements?'),
        selected: (item) => item.candidate === chosen,
      }), ([item]) => {
        if (item.candidate !== chosen) {
          chosen = item.candidate;
          mapping = proposeMapping(chosen.sheet, chosen.header);
        }
      })]
      : []),
    async () => {
      const answer = await confirmMapping(place(2), mapping);
      return advance(answer, (confirmed) => {
        mapping = confirmed;
        prefix ||= importPrefix(chosen.sheet, chosen.header, mapping, baseName(source));
      });
    },
    async () => advance(await inputStep(place(3), {
      prompt: vscode.l10n.t('ID prefix of the new document: capital letters, digits or _ (new IDs will look like PREFIX-001)'),
      value: prefix,
      validate: (value) => (PREFIX_PATTERN.test(value.trim()) && value.trim() !== 'CR' ? undefined : vscode.l10n.t('Use capital letters (A-Z), then letters, digits or _, e.g. PORTAL; CR is taken by change requests.')),
    }), (value) => {
      prefix = value.trim();
      target ||= vscode.workspace.asRelativePath(vscode.Uri.joinPath(source, '..', `${prefix.toLowerCase()}.req.yaml`));
    }),
    async () => advance(await inputStep(place(4), {
      prompt: vscode.l10n.t('The new requirements file, relative to the workspace folder'),
      value: target,
      validate: (value) => (/\.req\.ya?ml$/i.test(value.trim()) ? undefined : vscode.l10n.t('A requirements file is named *.req.yaml.')),
    }), (value) => {
      target = value.trim();
    }),
  ];
  if (!(await runSteps(steps))) {
    return;
  }
  const uri = resolveTarget(target, source);
  if ((await fileExists(uri)) && !(await confirmReplace(uri))) {
    return;
  }
  const settings = index.settingsFor(uri.toString());
  const plan = importPlan(chosen.sheet, chosen.header, mapping, { settings, prefix, title: baseName(source).replace(/\.[^.]*$/, '') });
  await writeAtomically(uri, new TextEncoder().encode(importedFileText(plan)));
  await vscode.window.showTextDocument(uri, { preview: false });
  const output = channel();
  output.appendLine(vscode.l10n.t('Imported {0} into {1}:', baseName(source), vscode.workspace.asRelativePath(uri)));
  importSummaryLines(plan.summary).forEach((line) => output.appendLine(`  ${localizedMessage(line)}`));
  const show = vscode.l10n.t('Show Summary');
  void vscode.window.showInformationMessage(vscode.l10n.t('Imported {0} requirements into {1}.', plan.summary.rows, vscode.workspace.asRelativePath(uri)), show).then((answer) => {
    if (answer === show) {
      output.show(true);
    }
  });
}

async function pickSpreadsheet(): Promise<vscode.Uri | undefined> {
  const [uri] = (await vscode.window.showOpenDialog({
    canSelectMany: false,
    defaultUri: vscode.workspace.workspaceFolders?.[0]?.uri,
    filters: { [vscode.l10n.t('Spreadsheets')]: ['xlsx', 'csv'] },
    openLabel: vscode.l10n.t('Import'),
  })) ?? [];
  return uri;
}

async function sheetsOf(uri: vscode.Uri): Promise<readonly SheetCells[]> {
  const bytes = await vscode.workspace.fs.readFile(uri);
  if (/\.csv$/i.test(uri.path)) {
    return [csvSheet(bytes, baseName(uri).replace(/\.[^.]*$/, '')).sheet];
  }
  const { readWorkbook } = await import('../../workbook/workbookCodec.js');
  return (await readWorkbook(bytes)).sheets;
}

/**
 * The mapping, one item a column (`A · 编号 → id`), with "Import with this mapping" first; picking a column asks
 * where it goes, then shows the list again. Resolves to the confirmed mapping, BACK or undefined (Escape).
 */
async function confirmMapping(place: StepPlace, proposed: readonly ColumnMapping[]): Promise<Answer<ColumnMapping[]>> {
  let mapping = [...proposed];
  let problem: string | undefined;
  for (;;) {
    const items: ColumnItem[] = [
      { label: vscode.l10n.t('Import with this mapping'), detail: problem },
      ...mapping.map((m, i) => ({ label: `${columnLetters(m.column)} · ${m.header || vscode.l10n.t('(no header)')}`, description: `→ ${targetLabel(m.target)}`, index: i })),
    ];
    const answer = await pickStep(place, { items, placeholder: vscode.l10n.t('Where each column goes: pick a column to change it, or import') });
    if (answer === undefined || answer === BACK) {
      return answer;
    }
    const [picked] = answer;
    if (picked.index === undefined) {
      const doubled = doubleMappedField(mapping);
      if (doubled === undefined) {
        return mapping;
      }
      problem = vscode.l10n.t('Two columns go to {0}: one value would be lost. Map one of them to extra.', doubled);
      continue;
    }
    const column = mapping[picked.index];
    const targets: TargetItem[] = [
      ...REQUIREMENT_FIELDS.map((field) => ({ label: field, target: { kind: 'field', field } as const })),
      { label: 'extra', description: vscode.l10n.t('kept under extra, by its header'), target: { kind: 'extra' } },
      { label: vscode.l10n.t('skip'), description: vscode.l10n.t('not imported'), target: { kind: 'skip' } },
    ];
    const chosen = await pickStep({ ...place, title: `${place.title} — ${columnLetters(column.column)} · ${column.header}` }, {
      items: targets,
      placeholder: vscode.l10n.t('Where does column {0} go?', columnLetters(column.column)),
      selected: (item) => targetLabel(item.target) === targetLabel(column.target),
    });
    if (chosen !== undefined && chosen !== BACK && chosen.length > 0) {
      const { target } = chosen[0];
      mapping = mapping.map((m, i) => (i === picked.index ? { ...m, target } : m));
      problem = undefined;
    }
  }
}

function targetLabel(target: ColumnTarget): string {
  return target.kind === 'field' ? target.field : target.kind === 'extra' ? 'extra' : vscode.l10n.t('skip');
}

function resolveTarget(target: string, source: vscode.Uri): vscode.Uri {
  const folder = vscode.workspace.getWorkspaceFolder(source) ?? vscode.workspace.workspaceFolders?.[0];
  return folder ? vscode.Uri.joinPath(folder.uri, target) : vscode.Uri.joinPath(source, '..', target);
}

async function confirmReplace(uri: vscode.Uri): Promise<boolean> {
  const replace = vscode.l10n.t('Replace');
  const answer = await vscode.window.showWarningMessage(vscode.l10n.t('{0} already exists. Replace it with the imported requirements?', vscode.workspace.asRelativePath(uri)), { modal: true }, replace);
  return answer === replace;
}

/** Written beside the target and renamed over it, so that no one (the index, an editor) sees half a file. */
async function writeAtomically(uri: vscode.Uri, bytes: Uint8Array): Promise<void> {
  const temporary = vscode.Uri.joinPath(uri, '..', `.${baseName(uri)}.${Date.now().toString(36)}.reqdesk-tmp`);
  await vscode.workspace.fs.writeFile(temporary, bytes);
  try {
    await vscode.workspace.fs.rename(temporary, uri, { overwrite: true });
  } catch (error) {
    await vscode.workspace.fs.delete(temporary).then(undefined, () => undefined);
    throw error;
  }
}

function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
