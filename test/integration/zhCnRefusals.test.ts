// The display language zh-cn: scripts/vscodeTest/runExtensionTests.js runs this file in a third VS Code started with
// --locale zh-cn (and its minimal language pack), zhCnIndex.ts as the entry point; in the English runs it is skipped.
// A core refusal must reach the user in Chinese, whether the table's host or a command refuses the edit.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReqDeskApi } from '../../src/extension/extension';
import type { EditResultMessage, HostMessage } from '../../src/shared/protocol';
import { activated, FixtureFiles, liveText, ScriptedPrompts, workspaceUri } from './editTestSupport';
import { FIXTURE_FILES } from './fixtureExpectations';

const { portal: PORTAL, changeRequest: CHANGE_REQUEST } = FIXTURE_FILES;

suite('Refused edits in the Chinese UI', () => {
  let api: ReqDeskApi;
  let files: FixtureFiles;

  suiteSetup(async function () {
    if (vscode.env.language !== 'zh-cn') {
      this.skip(); // the English runs; the zh-cn run starts VS Code with --locale zh-cn
    }
    api = await activated();
    files = new FixtureFiles(api);
    await files.remember(PORTAL, CHANGE_REQUEST);
  });

  teardown(async () => {
    await files.restore();
  });

  test("the table's host answers a refused edit in Chinese and writes nothing", async () => {
    await vscode.commands.executeCommand('reqdesk.openTable');
    const table = api.table.current;
    assert.ok(table, 'the command opened the table');
    const replies: HostMessage[] = [];
    const subscription = table.onDidPost((message) => replies.push(message));
    const edit = async (requestId: number, id: string, value: string, previous: string): Promise<EditResultMessage | undefined> => {
      await table.receive({ type: 'edit', requestId, id, field: 'status', value, previous });
      return replies.find((m): m is EditResultMessage => m.type === 'editResult' && m.requestId === requestId);
    };
    try {
      assert.deepEqual(await edit(41, 'PORTAL-002', 'finished', 'new'), {
        type: 'editResult', requestId: 41, ok: false,
        message: '无法设置 PORTAL-002 的 status：status 必须是 new, in-progress, done, accepted, rejected, deferred 之一（当前为“finished”）。',
      });
      assert.deepEqual(await edit(42, 'PORTAL-999', 'done', ''), { type: 'editResult', requestId: 42, ok: false, message: '无法设置 PORTAL-999 的 status：工作区中没有需求 PORTAL-999。' });
    } finally {
      subscription.dispose();
      table.dispose();
    }
    assert.equal(await liveText(workspaceUri(PORTAL)), files.original(PORTAL));
  });

  test('a command shows its refusal in Chinese and writes nothing', async () => {
    const [requirement] = api.index.requirementsWithId('PORTAL-002');
    assert.ok(requirement, 'PORTAL-002 is indexed');
    // A tree element left over from before its requirement was deleted.
    const stale = { requirement: { ...requirement, id: 'PORTAL-042' } };
    const prompts = new ScriptedPrompts();
    try {
      prompts.pick('已完成');
      await vscode.commands.executeCommand('reqdesk.setStatus', stale);
      prompts.assertAllAnswered();
      assert.deepEqual(prompts.messages, [{ severity: 'error', message: '无法设置 PORTAL-042 的 status：PORTAL-042 已不在 requirements/portal.req.yaml 中。' }]);
    } finally {
      prompts.restore();
    }
    assert.equal(await liveText(workspaceUri(PORTAL)), files.original(PORTAL));
  });

  test('a change-request transition refused by the workflow or on a file that is no change request says so in Chinese', async () => {
    const uri = workspaceUri(CHANGE_REQUEST);
    const prompts = new ScriptedPrompts();
    try {
      // The fixture's CR-0001 is approved without a CCB decision: the guard refuses before asking anything.
      await vscode.commands.executeCommand('reqdesk.implementChangeRequest', uri);
      // The same command on a buffer that no longer holds a change request (unsaved: the command reads the live text).
      const document = await vscode.workspace.openTextDocument(uri);
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), '- just a list\n');
      assert.ok(await vscode.workspace.applyEdit(edit), 'the buffer was replaced');
      await vscode.commands.executeCommand('reqdesk.implementChangeRequest', uri);
      prompts.assertAllAnswered();
      assert.deepEqual(prompts.messages, [
        { severity: 'error', message: 'ReqDesk 未修改 CR-0001：CR-0001 没有批准记录（尚无决策）：请先记录 CCB 的批准决策。' },
        { severity: 'error', message: 'ReqDesk 未修改 changes/CR-0001.cr.yaml：该文件不是变更请求：它需要一个包含 id:、title:、status: 和 affects: 的映射。' },
      ]);
      assert.equal(document.getText(), '- just a list\n', 'the refused command left the buffer alone');
    } finally {
      prompts.restore();
    }
  });
});
