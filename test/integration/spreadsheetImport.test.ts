// Import Requirements from Spreadsheet in a real VS Code: the user's answers scripted at the quick input boundary
// (createQuickPick / createInputBox), the file as written on disk, the editor it opens, a refusal to replace.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReqDeskApi } from '../../src/extension/extension';
import { activated, deleteFile, diskText, ScriptedPrompts, waitUntil, workspaceUri } from './editTestSupport';
import { ScriptedQuickInputs } from './quickInputScript';

const CSV = '编号,需求名称,优先级,备注\r\nWEB-001,首页,高,客户重点\r\n,搜索,中,\r\n';
const EXPECTED = [
  'document:',
  '  prefix: WEB',
  '  title: web-table',
  'requirements:',
  '  - id: WEB-001',
  '    title: 首页',
  '    description: 客户重点',
  '    priority: high',
  '  - id: WEB-002',
  '    title: 搜索',
  '    priority: medium',
  '',
].join('\n');

suite('Import Requirements from Spreadsheet', () => {
  let api: ReqDeskApi;
  let inputs: ScriptedQuickInputs;
  let prompts: ScriptedPrompts;
  const source = (): vscode.Uri => workspaceUri('web-table.csv');
  const created = (): vscode.Uri => workspaceUri('requirements/web-import.req.yaml');

  suiteSetup(async () => {
    api = await activated();
  });

  setup(async () => {
    await vscode.workspace.fs.writeFile(source(), new TextEncoder().encode(CSV));
    inputs = new ScriptedQuickInputs();
    prompts = new ScriptedPrompts();
  });

  teardown(async () => {
    inputs.restore();
    prompts.restore();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await deleteFile(api, created());
    await vscode.workspace.fs.delete(source()).then(undefined, () => undefined);
  });

  test('from the Explorer: confirms the mapping with one column changed, the prefix and the file; writes it and opens it', async () => {
    inputs.pick('D · 备注').pick('description').pick('Import with this mapping').input('web', 'WEB').input('requirements/web-import.req.yaml');
    await vscode.commands.executeCommand('reqdesk.importSpreadsheet', source());
    inputs.assertAllAnswered();
    prompts.assertAllAnswered();

    assert.deepEqual(inputs.shown.map((s) => [s.kind, s.title, s.step]), [
      ['pick', 'Import Requirements from Spreadsheet', '1/3'],
      ['pick', 'Import Requirements from Spreadsheet — D · 备注', '1/3'],
      ['pick', 'Import Requirements from Spreadsheet', '1/3'],
      ['input', 'Import Requirements from Spreadsheet', '2/3'],
      ['input', 'Import Requirements from Spreadsheet', '3/3'],
    ]);
    assert.deepEqual(inputs.shown[0].items, ['Import with this mapping', 'A · 编号 — → id', 'B · 需求名称 — → title', 'C · 优先级 — → priority', 'D · 备注 — → extra']);
    assert.deepEqual(inputs.shown[1].selected, ['extra'], 'the column\'s current target is highlighted');
    assert.equal(inputs.shown[2].items[4], 'D · 备注 — → description');
    assert.equal(inputs.shown[3].value, 'WEB', 'the proposed prefix is the one the sheet\'s IDs use');
    assert.deepEqual(inputs.shown[3].validation, ['Use capital letters (A-Z), then letters, digits or _, e.g. PORTAL; CR is taken by change requests.', undefined]);
    assert.equal(inputs.shown[4].value, 'web.req.yaml', 'the proposed file sits beside the sheet');

    assert.equal(await diskText(created()), EXPECTED);
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), created().toString(), 'the new file is open');
    assert.deepEqual(prompts.messages, [{ severity: 'info', message: 'Imported 2 requirements into requirements/web-import.req.yaml.' }]);
    await waitUntil('the index to read the new file', () => api.index.requirementsWithId('WEB-002').length === 1);
  });

  test('never replaces an existing file without asking: declined, the file stays as it was', async () => {
    await vscode.workspace.fs.writeFile(created(), new TextEncoder().encode('keep: me\n'));
    inputs.pick('Import with this mapping').input('WEB').input('requirements/web-import.req.yaml');
    await vscode.commands.executeCommand('reqdesk.importSpreadsheet', source());
    inputs.assertAllAnswered();
    assert.deepEqual(prompts.messages, [{ severity: 'warning', message: 'requirements/web-import.req.yaml already exists. Replace it with the imported requirements?' }]);
    assert.equal(await diskText(created()), 'keep: me\n');
  });
});
