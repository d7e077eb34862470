// Suspect links in a real VS Code: a requirement edited in its buffer (unsaved) makes the stamped link to it
// suspect within the live update, and the "Mark Link Reviewed" quick fix writes the new stamp and clears it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { linkStamp } from '../../src/core/trace/linkStamp';
import type { ReqDeskApi } from '../../src/extension/extension';
import { activated, createFile, deleteFile, indexCaughtUp, liveText, waitUntil } from './editTestSupport';

const TARGET_TEXT = 'document: { prefix: SL, title: Targets }\nrequirements:\n  - id: SL-001\n    title: Accounts\n    description: One account each.\n    owner: alice\n    priority: high\n';
const STAMP = linkStamp({ title: 'Accounts', description: 'One account each.' }, DEFAULT_SETTINGS.reviewedFields);
const LINKING_TEXT = `document: { prefix: SL, title: Dependants }\nrequirements:\n  - id: SL-002\n    title: Log in\n    owner: alice\n    priority: high\n    links: [SL-001@${STAMP}] # reviewed\n`;

const BARE_TEXT = 'document: { prefix: SL, title: Bare }\nrequirements:\n  - id: SL-003\n    title: Log out\n    links: [SL-002]\n  - id: SL-004\n    title: Delete\n    links:\n      - SL-002 # the session\n';
const LOG_IN = linkStamp({ title: 'Log in' }, DEFAULT_SETTINGS.reviewedFields);

/** SL-002's item in the Requirements tree, its tooltip resolved. */
async function linkingItem(api: ReqDeskApi): Promise<vscode.TreeItem | undefined> {
  const tree = api.trees.requirements;
  const find = (element?: Parameters<typeof tree.getChildren>[0]): vscode.TreeItem | undefined => {
    for (const child of tree.getChildren(element)) {
      // The extension's classes come from its bundle, not from out/: told apart by what the element carries.
      const { requirement } = child as { requirement?: { id: string } };
      const found = requirement ? (requirement.id === 'SL-002' ? tree.resolveTreeItem(tree.getTreeItem(child), child) : undefined) : find(child);
      if (found) {
        return found;
      }
    }
    return undefined;
  };
  return find();
}

function suspects(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'suspect-link');
}

suite('Suspect links', () => {
  let api: ReqDeskApi;
  let target: vscode.Uri;
  let linking: vscode.Uri;
  let bare: vscode.Uri;

  suiteSetup(async () => {
    api = await activated();
    target = await createFile(api, 'requirements/suspect-targets.req.yaml', TARGET_TEXT);
    linking = await createFile(api, 'requirements/suspect-linking.req.yaml', LINKING_TEXT);
    bare = await createFile(api, 'requirements/suspect-bare.req.yaml', BARE_TEXT);
  });

  suiteTeardown(async () => {
    // The edited buffers are reverted first: a dirty buffer is what the index reads, even after its file is deleted.
    for (const uri of [target, linking, bare]) {
      await vscode.window.showTextDocument(uri);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await deleteFile(api, bare);
    await deleteFile(api, linking);
    await deleteFile(api, target);
  });

  test('editing the target makes the stamped link suspect live; Mark Link Reviewed clears it', async () => {
    await vscode.window.showTextDocument(linking);
    await waitUntil('the linking file is indexed without problems', () => vscode.languages.getDiagnostics(linking).length === 0);
    const document = await vscode.workspace.openTextDocument(target);
    const edit = new vscode.WorkspaceEdit();
    const at = TARGET_TEXT.indexOf('One account each.');
    edit.replace(target, new vscode.Range(document.positionAt(at), document.positionAt(at + 'One account each.'.length)), 'One account or more each.');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitUntil('suspect-link on the link', () => suspects(linking).length === 1);
    const [problem] = suspects(linking);
    assert.equal(problem.message, 'SL-002 links to SL-001, which changed since the link was reviewed: check that SL-002 still holds, then mark the link reviewed.');
    assert.deepEqual([problem.range.start.line, problem.range.start.character, problem.range.end.character], [6, 12, 29]);
    await waitUntil('the tree counts the suspect link', async () => (await linkingItem(api))?.description?.toString().endsWith(' · 1 suspect link') === true);
    const tooltip = (await linkingItem(api))?.tooltip;
    assert.ok(tooltip instanceof vscode.MarkdownString && tooltip.value.includes('Suspect links') && tooltip.value.includes('SL-001'), String(tooltip instanceof vscode.MarkdownString ? tooltip.value : tooltip));

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', linking, problem.range, vscode.CodeActionKind.QuickFix.value, 100);
    const fix = actions.find((a) => a.title === 'Mark Link Reviewed');
    assert.ok(fix?.edit, `Mark Link Reviewed among ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const fresh = linkStamp({ title: 'Accounts', description: 'One account or more each.' }, DEFAULT_SETTINGS.reviewedFields);
    assert.equal(await liveText(linking), LINKING_TEXT.replace(STAMP, fresh));
    await waitUntil('the suspect link is cleared', () => suspects(linking).length === 0);
    await waitUntil('the tree no longer counts it', async () => (await linkingItem(api))?.description?.toString().includes('suspect') === false);
  });

  test('Start Reviewing Links stamps a file\'s bare links in one undo; Mark All Links Reviewed restamps the one at the cursor', async () => {
    const editor = await vscode.window.showTextDocument(bare);
    await indexCaughtUp(bare);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('reqdesk.startReviewingLinks');
    const stamped = BARE_TEXT.replace('[SL-002]', `[SL-002@${LOG_IN}]`).replace('- SL-002 #', `- SL-002@${LOG_IN} #`);
    assert.equal(await liveText(bare), stamped);
    await vscode.commands.executeCommand('undo');
    assert.equal(await liveText(bare), BARE_TEXT);
    await vscode.commands.executeCommand('redo');
    assert.equal(await liveText(bare), stamped);

    const stale = new vscode.WorkspaceEdit();
    const at = stamped.indexOf(LOG_IN);
    stale.replace(bare, new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + LOG_IN.length)), '1:00000000');
    assert.ok(await vscode.workspace.applyEdit(stale));
    await indexCaughtUp(bare);
    editor.selection = new vscode.Selection(3, 4, 3, 4);
    await vscode.commands.executeCommand('reqdesk.markAllLinksReviewed');
    assert.equal(await liveText(bare), stamped);
  });
});
