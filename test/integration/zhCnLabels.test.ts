// Statuses and priorities in the Chinese UI (issue 12): run with zhCnRefusals.test.ts in the zh-cn VS Code
// (zhCnIndex.ts); skipped in the English runs. The screen shows labels, files keep the values.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReqDeskApi } from '../../src/extension/extension';
import { activated, createFile, deleteFile, FixtureFiles, liveText, ScriptedPrompts, useGitUser, waitUntil, workspaceUri } from './editTestSupport';
import { FIXTURE_FILES } from './fixtureExpectations';

const { portal: PORTAL } = FIXTURE_FILES;

suite('Status and priority labels in the Chinese UI', () => {
  let api: ReqDeskApi;
  let files: FixtureFiles;

  suiteSetup(async function () {
    if (vscode.env.language !== 'zh-cn') {
      this.skip(); // the English runs; the zh-cn run starts VS Code with --locale zh-cn
    }
    api = await activated();
    files = new FixtureFiles(api);
    await files.remember(PORTAL);
  });

  teardown(async () => {
    await files.restore();
    await api.trees.requirements.setGroupBy('document');
  });

  test('the requirements tree groups by status and priority under their Chinese labels', async () => {
    const tree = api.trees.requirements;
    const headings = (): string[] => tree.getChildren().map((group) => {
      const item = tree.getTreeItem(group);
      return `${String(item.label)} | ${String(item.description)}`;
    });
    await tree.setGroupBy('status');
    assert.deepEqual(headings(), ['新建 | 1', '进行中 | 1', '已完成 | 1', '（无） | 5']);
    await tree.setGroupBy('priority');
    // urgent is no value of the vocabulary: it reads as written.
    assert.deepEqual(headings(), ['高 | 2', '中 | 2', '低 | 2', 'urgent | 1', '（无） | 1']);
    const [high] = tree.getChildren();
    assert.ok(high, 'a "high" group');
    const descriptions = tree.getChildren(high).map((element) => String(tree.getTreeItem(element).description));
    assert.deepEqual(descriptions, ['高', '高 · Alice Wang']);
  });

  test('the change requests tree groups by workflow status in Chinese', async () => {
    const tree = api.trees.changeRequests;
    const groups = (await tree.getChildren()) ?? [];
    const labels = await Promise.all(groups.map(async (group) => String((await tree.getTreeItem(group)).label)));
    assert.deepEqual(labels, ['已批准']);
  });

  test('a filter by status and owner is described by label and name', async () => {
    const tree = api.trees.requirements;
    try {
      tree.setFilter({ text: '', owners: ['alice', 'mallory'], statuses: ['in-progress'] });
      assert.equal(api.trees.requirementsView.description, '已筛选：Alice Wang · mallory · 进行中');
      assert.deepEqual(['in-progress', ''].map((value) => tree.facetLabel('status', value).label), ['进行中', '（无状态）']);
    } finally {
      tree.setFilter({ text: '', owners: [], statuses: [] });
    }
  });

  test('Set Status offers the labels with the values beside them and writes the value', async () => {
    const [requirement] = api.index.requirementsWithId('PORTAL-002');
    assert.ok(requirement, 'PORTAL-002 is indexed');
    const prompts = new ScriptedPrompts();
    try {
      prompts.pick('进行中');
      await vscode.commands.executeCommand('reqdesk.setStatus', { requirement });
      prompts.assertAllAnswered();
      const [shown] = prompts.picks;
      assert.equal(shown?.options?.placeHolder, 'PORTAL-002 的状态（当前：新建）');
      assert.deepEqual(shown?.items.map((i) => `${i.label} — ${i.description ?? ''}`), [
        '新建 — new · 当前', '进行中 — in-progress', '已完成 — done', '已验收 — accepted', '已拒绝 — rejected', '延期 — deferred',
      ]);
    } finally {
      prompts.restore();
    }
    assert.match(await liveText(workspaceUri(PORTAL)), /id: PORTAL-002\n(?:.*\n)*?\s+status: in-progress\n/);
  });

  test("Assess shows the impact under Chinese headings; the details page names what the assessment recorded", async () => {
    const restoreGit = useGitUser('carol');
    const prompts = new ScriptedPrompts();
    const uri = await createFile(api, 'changes/CR-0070.cr.yaml', 'id: CR-0070\ntitle: 短信重置\nstatus: submitted\naffects: [PORTAL-002]\n');
    try {
      prompts.pick((items) => items.filter((i) => i.picked) as unknown as vscode.QuickPickItem).input('1').input('0').input('4').input('团队').pick('low').input('');
      assert.equal(await vscode.commands.executeCommand('reqdesk.assessChangeRequest', uri), true);
      prompts.assertAllAnswered();
      const [impact] = prompts.picks;
      assert.equal(impact?.options?.placeHolder, '变更波及的内容：选择评估记录为受影响的项');
      assert.deepEqual(impact?.items.map((i) => [i.label, i.description, i.detail].filter((part) => part !== undefined).join(' | ')), [
        '关联到 PORTAL-002 的需求（最多向回追溯 3 层关联）',
        'PORTAL-003 | Log out from every page | PORTAL-002 ← PORTAL-003 · 第 1 层',
        '在代码、测试、沟通记录和变更请求中被提及',
        'PORTAL-002 | 记录 1 · 变更请求 1 | changes/CR-0070.cr.yaml:4 · notes/2026-11-02-kick-off.md:13',
        'PORTAL-003 | 记录 1 | notes/2026-11-02-kick-off.md:7',
      ]);
      await waitUntil('the index to see CR-0070 assessed', () => api.index.get(uri.toString())?.changeRequest?.data.status === 'assessed');
      const details = await vscode.workspace.openTextDocument(await vscode.commands.executeCommand<vscode.Uri>('reqdesk.showChangeRequestDetails', uri));
      assert.ok(details.getText().includes('| 1 | 0 | 4 | low | 团队 |\n\n**受影响项** PORTAL-003\n'), details.getText());
    } finally {
      prompts.restore();
      restoreGit();
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await deleteFile(api, uri);
    }
  });
});
