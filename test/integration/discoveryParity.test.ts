// `reqdesk check` and the Problems panel agree: the built CLI runs as a process on the folders the extension host
// has open, and every finding it prints is a diagnostic the extension publishes, and the other way round. The
// fixture test/fixtures/discovery (nested reqdesk.yaml files with extra globs, excludes, a small size limit) and
// the seeded hostile files land in the first workspace folder; runs in the single-folder and the multi-root run.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { CheckProblem } from '../../src/cli/checkCommand';
import { singleLine } from '../../src/cli/cliText';
import type { ReqDeskApi } from '../../src/extension/extension';
import { hostileFiles } from '../hostile/hostileFiles';
import { activated, waitUntil } from './editTestSupport';

const FOLDER = 'discovery';
const SEVERITY: Record<number, string> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'info',
};

/** Where the CLI runs: the workspace folder, or the folder holding those of a multi-root workspace. */
function checkFolder(): string {
  const folders = (vscode.workspace.workspaceFolders ?? []).map((f) => f.uri.fsPath);
  return folders.length === 1 ? folders[0] : path.dirname(folders[0]);
}

/** A finding as `file line:character-line:character severity rule message` (0-based positions). */
function cliFindings(): string[] {
  const cwd = checkFolder();
  const args = (vscode.workspace.workspaceFolders ?? []).map((f) => path.relative(cwd, f.uri.fsPath) || '.');
  const cli = path.join(vscode.extensions.getExtension('reqdesk.reqdesk')!.extensionPath, 'dist', 'cli.js');
  const run = spawnSync(process.execPath, [cli, 'check', '--format', 'json', ...args], { cwd, encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' }, maxBuffer: 64 * 1024 * 1024 });
  assert.ok(run.status === 0 || run.status === 1, `reqdesk check exited with ${run.status}: ${run.stderr}`);
  return (JSON.parse(run.stdout) as CheckProblem[])
    .map((p) => `${p.file} ${p.line - 1}:${p.column - 1}-${p.endLine - 1}:${p.endColumn - 1} ${p.severity} ${p.ruleId} ${p.message}`)
    .sort();
}

function extensionFindings(): string[] {
  const cwd = checkFolder();
  return vscode.languages.getDiagnostics()
    .filter(([uri]) => vscode.workspace.getWorkspaceFolder(uri) !== undefined)
    .flatMap(([uri, diagnostics]) => diagnostics.filter((d) => d.source === 'ReqDesk').map((d) => {
      const { start, end } = d.range;
      const file = path.relative(cwd, uri.fsPath).replace(/\\/g, '/');
      return `${file} ${start.line}:${start.character}-${end.line}:${end.character} ${SEVERITY[d.severity]} ${String(d.code)} ${singleLine(d.message)}`;
    }))
    .sort();
}

suite('Discovery parity: reqdesk check and the Problems panel', () => {
  let api: ReqDeskApi;
  let target: vscode.Uri;

  suiteSetup(async function () {
    this.timeout(120_000);
    api = await activated();
    target = vscode.Uri.joinPath(vscode.workspace.workspaceFolders![0].uri, FOLDER);
    fs.cpSync(path.join(vscode.extensions.getExtension('reqdesk.reqdesk')!.extensionPath, 'test', 'fixtures', FOLDER), target.fsPath, { recursive: true });
    for (const file of hostileFiles(20261207, 0.1)) {
      const content = typeof file.content === 'string' ? new TextEncoder().encode(file.content) : file.content;
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(target, file.path), content);
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('reqdesk.revalidateWorkspace');
  });

  suiteTeardown(async function () {
    this.timeout(90_000);
    const prefix = `${target.toString()}/`;
    await vscode.workspace.fs.delete(target, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await waitUntil('the index to forget the parity files', () => ![...api.index.files()].some((key) => key.startsWith(prefix)), 60_000);
  });

  test('the same findings: file, range, severity, rule and message', async function () {
    this.timeout(120_000);
    const expected = cliFindings();
    assert.ok(expected.some((f) => f.includes(`${FOLDER}/specs/login.spec.yaml`)), 'the CLI reads the file the nested glob adds');
    assert.ok(expected.some((f) => f.includes(`${FOLDER}/specs/big.req.yaml`) && f.includes('file-too-large')), expected.join('\n'));
    assert.ok(!expected.some((f) => /vendor|archive|draft/.test(f)), 'excluded files are not read');
    // Publishing trails the index by a short delay: wait for agreement, then compare for the diff.
    await waitUntil('the Problems panel to match reqdesk check', () => JSON.stringify(extensionFindings()) === JSON.stringify(expected), 30_000, 100).catch(() => undefined);
    assert.deepEqual(extensionFindings(), expected);
  });
});
