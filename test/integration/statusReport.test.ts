// The Status Report command in a real VS Code: the format asked, the report saved where asked, written in the
// display language (English here) and opened. The answers are scripted at the vscode.window boundary.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReqDeskApi } from '../../src/extension/extension';
import { activated, diskText, ScriptedPrompts, workspaceUri } from './editTestSupport';

suite('Status report', () => {
  let api: ReqDeskApi;
  let prompts: ScriptedPrompts;

  suiteSetup(async () => {
    api = await activated();
  });

  setup(() => {
    prompts = new ScriptedPrompts();
  });

  teardown(async () => {
    prompts.restore();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(workspaceUri('tmp-status'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
  });

  test('asks Markdown or HTML, saves the report where asked and opens it', async () => {
    const target = workspaceUri('tmp-status/status.md');
    prompts.pick('Markdown').save(target);
    const saved = await vscode.commands.executeCommand<vscode.Uri>('reqdesk.statusReport');
    prompts.assertAllAnswered();
    assert.deepEqual(prompts.picks.map((p) => [p.options?.title, ...p.items.map((i) => i.label)]), [['Status Report', 'Markdown', 'HTML']]);
    assert.equal(prompts.saveDialogs[0]?.title, 'Save the Status Report');
    assert.equal(prompts.saveDialogs[0]?.defaultUri?.toString(), workspaceUri(`status-report-${api.index.today}.md`).toString());
    assert.deepEqual(prompts.saveDialogs[0]?.filters, { Markdown: ['md'] });
    assert.equal(saved?.toString(), target.toString());
    const text = await diskText(target);
    assert.deepEqual(text.split('\n').slice(0, 3), ['# Status report', '', `- As of ${api.index.today}`]);
    assert.ok(text.includes('\n## Milestones\n') && text.includes('\n## Risks\n'), text);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), target.toString());
  });

  test('writes one self-contained HTML page; cancelling the save dialog writes nothing', async () => {
    const target = workspaceUri('tmp-status/status.html');
    prompts.pick('HTML').save(target);
    await vscode.commands.executeCommand('reqdesk.statusReport');
    assert.match(await diskText(target), /^<!DOCTYPE html>\n<html lang="en">[\s\S]*<h1>Status report<\/h1>[\s\S]*<\/html>\n$/);
    prompts.pick('Markdown').save(undefined);
    assert.equal(await vscode.commands.executeCommand('reqdesk.statusReport'), undefined);
    prompts.assertAllAnswered();
    await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(workspaceUri(`status-report-${api.index.today}.md`))));
  });
});
