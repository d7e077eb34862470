// Hostile files inside the real extension host: the seeded set of the unit and CLI suites lands beside the fixture,
// the worker and the host's own thread (open documents, edits) read them, and the host keeps serving the fixture.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReqDeskApi } from '../../src/extension/extension';
import { hostileFiles, type HostileFile } from '../hostile/hostileFiles';
import { activated, waitUntil, workspaceUri } from './editTestSupport';

const FOLDER = 'hostile';

function codes(uri: vscode.Uri): string[] {
  return vscode.languages.getDiagnostics(uri).map((d) => String(typeof d.code === 'object' ? d.code.value : d.code));
}

/** Document → requirement IDs of the Requirements tree, outside the hostile folder. */
function fixtureOutline(api: ReqDeskApi): string[] {
  const tree = api.trees.requirements;
  return tree.getChildren()
    .map((document) => {
      const item = tree.getTreeItem(document);
      const ids = tree.getChildren(document).map((r) => String(tree.getTreeItem(r).label).split('  ')[0]);
      return `${item.resourceUri ? vscode.workspace.asRelativePath(item.resourceUri) : String(item.label)}: ${ids.join(' ')}`;
    })
    .filter((line) => !line.startsWith(`${FOLDER}/`))
    .sort();
}

suite('Hostile files in the workspace', () => {
  let api: ReqDeskApi;
  let files: HostileFile[];

  suiteSetup(async () => {
    api = await activated();
    // Scaled down: the large cases stay large enough to be refused, the run stays short.
    files = hostileFiles(20261207, 0.1);
  });

  const hostileKeys = (): string[] => [...api.index.files()].filter((key) => key.startsWith(`${workspaceUri(FOLDER).toString()}/`));

  suiteTeardown(async function () {
    this.timeout(90_000);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(workspaceUri(FOLDER), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await waitUntil('the index to forget the hostile files', () => hostileKeys().length === 0, 60_000);
  });

  test('every hostile file gets its problem, and the tree keeps the fixture as it was', async function () {
    this.timeout(150_000);
    const before = fixtureOutline(api);
    assert.ok(before.length >= 2, before.join('\n'));
    for (const file of files) {
      const content = typeof file.content === 'string' ? new TextEncoder().encode(file.content) : file.content;
      await vscode.workspace.fs.writeFile(workspaceUri(file.path), content);
    }
    const checked = files.filter((f) => f.rules.length > 0);
    const missing = (): string[] => checked
      .filter((f) => !f.rules.some((rule) => codes(workspaceUri(f.path)).includes(rule)))
      .map((f) => `${f.name}: none of ${f.rules.join(', ')} among ${codes(workspaceUri(f.path)).join(', ') || 'no problems'}`);
    await waitUntil('every hostile file to show its problem', () => missing().length === 0, 120_000, 250).catch(() => {
      assert.fail(missing().join('\n'));
    });
    assert.equal(api.stats.parser, 'worker', 'the worker survived the set');
    assert.deepEqual(fixtureOutline(api), before);
    for (const file of checked) {
      const text = typeof file.content === 'string' ? file.content : new TextDecoder().decode(file.content);
      const lines = text.split(/\r\n|\r|\n/);
      for (const diagnostic of vscode.languages.getDiagnostics(workspaceUri(file.path))) {
        assert.ok(diagnostic.range.start.line <= Math.max(0, lines.length - 1), `${file.name}: line ${diagnostic.range.start.line} is past the text`);
      }
    }
  });

  test('a deep file opened and edited is re-read from its buffer: the problem follows the edit', async () => {
    for (const name of ['deep-flow-sequence', 'deep-block-sequence']) {
      const file = files.find((f) => f.name === name);
      assert.ok(file);
      const uri = workspaceUri(file.path);
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      const deep = (): vscode.Diagnostic | undefined => vscode.languages.getDiagnostics(uri).find((d) => d.code === 'yaml-too-deep');
      await waitUntil(`${name}: the nesting problem`, () => deep() !== undefined);
      const line = deep()!.range.start.line;
      const edit = new vscode.WorkspaceEdit();
      edit.insert(uri, new vscode.Position(0, 0), '# a comment line\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await waitUntil(`${name}: the nesting problem one line lower`, () => deep()?.range.start.line === line + 1);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      await waitUntil(`${name}: the nesting problem back on its line`, () => deep()?.range.start.line === line);
    }
    // The host still answers ReqDesk's own commands.
    await vscode.commands.executeCommand('reqdesk.revalidateWorkspace');
    assert.ok(api.index.requirementsWithId('PORTAL-001').length === 1);
  });

  test('deleting the folder that holds them drops them from the index and the Problems panel', async () => {
    const uris = files.map((f) => workspaceUri(f.path));
    assert.ok(hostileKeys().length > 0);
    // One deletion event, for the folder: VS Code does not report the files inside it.
    await vscode.workspace.fs.delete(workspaceUri(FOLDER), { recursive: true, useTrash: false });
    await waitUntil('the index to forget the hostile files', () => hostileKeys().length === 0);
    await waitUntil('their problems to clear', () => uris.every((uri) => vscode.languages.getDiagnostics(uri).length === 0));
    assert.deepEqual(api.index.requirementsWithId('PORTAL-001').length, 1);
  });
});
