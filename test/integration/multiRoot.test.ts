// A multi-root workspace (test/fixtures/multi-root/multi-root.code-workspace: folders alpha and beta, each with its
// own reqdesk.yaml). Runs only there: scripts/vscodeTest/runExtensionTests.js opens it in a second VS Code with
// multiRootIndex.ts as the entry point; in the single-folder run of the other suites it is skipped.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReqDeskApi } from '../../src/extension/extension';
import { activated, diskText, waitUntil } from './editTestSupport';

const ALPHA = 'alpha/requirements/alpha.req.yaml';
const BETA = 'beta/requirements/beta.req.yaml';
const BETA_SETTINGS = 'beta/reqdesk.yaml';

/** `folder/path` inside the workspace folder named `folder`. */
function folderUri(relative: string): vscode.Uri {
  const [name, ...rest] = relative.split('/');
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.name === name);
  assert.ok(folder, `workspace folder ${name} is open`);
  return vscode.Uri.joinPath(folder.uri, ...rest);
}

/** What the Problems panel shows for a file, as `rule line message`, for one rule. */
function problems(relative: string, ruleId: string): string[] {
  return vscode.languages.getDiagnostics(folderUri(relative))
    .filter((d) => d.source === 'ReqDesk' && d.code === ruleId)
    .map((d) => `${d.range.start.line + 1} ${d.message}`);
}

async function problemsShow(relative: string, ruleId: string, expected: readonly string[]): Promise<void> {
  await waitUntil(`${relative} to show ${ruleId}: ${JSON.stringify(expected)}`, () => JSON.stringify(problems(relative, ruleId)) === JSON.stringify(expected));
}

suite('Multi-root workspace', () => {
  let api: ReqDeskApi;

  suiteSetup(async function () {
    if ((vscode.workspace.workspaceFolders?.length ?? 0) < 2) {
      this.skip(); // the single-folder fixture run; the multi-root run opens the .code-workspace
    }
    api = await activated();
  });

  test('each folder\'s roster decides which owners are unknown in its own files', async () => {
    await problemsShow(ALPHA, 'unknown-owner', ["13 Owner 'carol' is not in the roster (reqdesk.yaml). Known: alice, bob."]);
    await problemsShow(BETA, 'unknown-owner', ["14 Owner 'alice' is not in the roster (reqdesk.yaml). Known: carol, dave."]);
  });

  test('required fields come from the folder\'s own reqdesk.yaml', async () => {
    await problemsShow(BETA, 'missing-field', ['17 SHARED-001 has no milestone (required by reqdesk.yaml).']);
    // Alpha's requirements have no milestone either, but alpha does not ask for one.
    await problemsShow(ALPHA, 'missing-field', []);
  });

  test('an ID used in both folders is a duplicate in the one workspace, shown at both places, each pointing at the other', async () => {
    const duplicate = 'Duplicate requirement ID SHARED-001: it is defined 2 times in the workspace.';
    await problemsShow(ALPHA, 'duplicate-id', [`15 ${duplicate}`]);
    await problemsShow(BETA, 'duplicate-id', [`17 ${duplicate}`]);
    const related = (relative: string): string[] => vscode.languages.getDiagnostics(folderUri(relative))
      .filter((d) => d.code === 'duplicate-id')
      .flatMap((d) => (d.relatedInformation ?? []).map((r) => `${r.location.uri.toString()}:${r.location.range.start.line + 1}`));
    assert.deepEqual(related(ALPHA), [`${folderUri(BETA).toString()}:17`]);
    assert.deepEqual(related(BETA), [`${folderUri(ALPHA).toString()}:15`]);
  });

  test('the Requirements tree lists the documents of both folders with their requirements', () => {
    const tree = api.trees.requirements;
    // Tree items, as VS Code gets them (the elements' classes live in the bundle, not in these compiled tests).
    const listed = tree.getChildren().map((document) => {
      const item = tree.getTreeItem(document);
      assert.equal(item.contextValue, 'document');
      assert.ok(item.resourceUri);
      const ids = tree.getChildren(document).map((r) => String(tree.getTreeItem(r).label).split('  ')[0]);
      return [vscode.workspace.asRelativePath(item.resourceUri), ids];
    });
    assert.deepEqual(listed.sort(), [
      ['alpha/requirements/alpha.req.yaml', ['ALPHA-001', 'ALPHA-002', 'SHARED-001']],
      ['beta/requirements/beta.req.yaml', ['BETA-001', 'BETA-002', 'SHARED-001']],
    ]);
  });

  test('editing one folder\'s roster changes the problems of that folder only', async () => {
    const uri = folderUri(BETA_SETTINGS);
    const original = await diskText(uri);
    const dave = '  - id: dave\n    name: Dave Zhou\n';
    assert.ok(original.includes(dave));
    try {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(original.replace(dave, `${dave}  - id: alice\n`)));
      await problemsShow(BETA, 'unknown-owner', []);
      assert.deepEqual(problems(ALPHA, 'unknown-owner'), ["13 Owner 'carol' is not in the roster (reqdesk.yaml). Known: alice, bob."]);
    } finally {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(original));
    }
    await problemsShow(BETA, 'unknown-owner', ["14 Owner 'alice' is not in the roster (reqdesk.yaml). Known: carol, dave."]);
  });
});
