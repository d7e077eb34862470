import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { compareJson, compareReport, hasChanges, reportText } from '../core/spreadsheet/compareReport';
import { compareWorkbook } from '../core/spreadsheet/compareWorkbook';
import { CliError, type CliIo } from './cliIo';
import { displayPath, toKey } from './cliPaths';
import type { CompareCommandLine } from './commandLine';
import { fsErrorReason } from './fsErrorReason';
import { loadWorkspace } from './workspaceLoader';

/**
 * Compares a returned workbook with the requirements under the paths: prints per requirement its changed fields
 * old → new, rows added and removed, conflicts and values not understood. Exit 1 when the workbook has changes (as
 * `check` exits 1 on problems, so a script can tell), 0 when it has none; a file that is no workbook ReqDesk
 * exported is an error (2). It writes nothing: the editor applies a compare, or files it as a change request.
 */
export async function runCompare(options: CompareCommandLine, io: CliIo): Promise<number> {
  const path = toKey(io.cwd, options.workbook);
  const shown = displayPath(io.cwd, path);
  const bytes = await readFile(path).catch((error: unknown) => {
    throw new CliError(`${shown}: ${fsErrorReason(error)}`);
  });
  const { readWorkbook } = await import('../workbook/workbookCodec.js');
  const cells = await readWorkbook(bytes).catch((error: unknown) => {
    throw new CliError(`${shown}: ${error instanceof Error ? error.message : String(error)}`);
  });
  const workspace = await loadWorkspace(options.paths, io.cwd);
  const { index } = workspace;
  const anchor = index.requirements()[0]?.file ?? `${toKey(io.cwd, options.paths[0] ?? '.')}/`;
  const result = compareWorkbook(cells, index, index.settingsFor(anchor), basename(path));
  if (!result.ok) {
    throw new CliError(result.refusal.message);
  }
  const display = (key: string): string => workspace.display(key);
  io.stdout.write(options.format === 'json'
    ? `${JSON.stringify(compareJson(result.comparison, display), null, 2)}\n`
    : reportText(compareReport(result.comparison, shown, display)));
  return hasChanges(result.comparison) ? 1 : 0;
}
