// Compare Spreadsheet with Requirements in a real VS Code: a workbook laid out as ReqDesk exports it, edited as a
// customer would, is compared with the fixture; the changes are applied (one undo reverts them) or filed as one
// change request. The user's answers are scripted at the quick input boundary (ScriptedQuickInputs), messages
// recorded by ScriptedPrompts.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReqDeskApi } from '../../src/extension/extension';
import { exportedCells, REQUIREMENTS_SHEET, withCell, xlsxBytes } from '../fixtures/spreadsheet/exportedWorkbook';
import type { WorkbookCells } from '../../src/core/spreadsheet/workbookCells';
import { editorClock } from '../../src/extension/support/editorClock';
import {
  activated, deleteFile, diskText, FixtureFiles, liveText, ScriptedPrompts, useGitUser, waitUntil, workspaceUri,
} from './editTestSupport';
import { FIXTURE_FILES } from './fixtureExpectations';
import { ScriptedQuickInputs } from './quickInputScript';

const { portal: PORTAL, settings: SETTINGS } = FIXTURE_FILES;
const WORKBOOK = 'returned/portal-acme.xlsx';

suite('Compare Spreadsheet with Requirements', () => {
  let api: ReqDeskApi;
  let fixtures: FixtureFiles;
  let prompts: ScriptedPrompts;
  let steps: ScriptedQuickInputs;
  let created: vscode.Uri[];
  let restoreGit: () => void;

  /** The fixture's requirements as an export writes them now. */
  function exported(): WorkbookCells {
    const portal = workspaceUri(PORTAL).toString();
    return exportedCells(api.index.requirements().filter((r) => r.file === portal).map((r) => ({ data: r.data, file: PORTAL })));
  }

  async function writeWorkbook(cells: WorkbookCells): Promise<vscode.Uri> {
    const uri = workspaceUri(WORKBOOK);
    await vscode.workspace.fs.writeFile(uri, await xlsxBytes(cells));
    created.push(uri);
    return uri;
  }

  suiteSetup(async () => {
    api = await activated();
    fixtures = new FixtureFiles(api);
    await fixtures.remember(PORTAL, SETTINGS);
    // git's user.name names who files the request.
    restoreGit = useGitUser('carol');
  });

  suiteTeardown(() => restoreGit());

  setup(() => {
    prompts = new ScriptedPrompts();
    steps = new ScriptedQuickInputs();
    created = [];
  });

  teardown(async () => {
    steps.restore();
    prompts.restore();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of created) {
      await (uri.path.endsWith('.xlsx') ? vscode.workspace.fs.delete(uri, { useTrash: false }) : deleteFile(api, uri));
    }
    await vscode.workspace.fs.delete(workspaceUri('returned'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    await fixtures.restore();
    await waitUntil('the roster to be as before', () => !api.index.settingsFor(workspaceUri(PORTAL).toString()).roster.some((m) => m.id === 'dana'));
  });

  test('shows the changes per requirement, conflicts unpicked, and applies the picked ones as one undoable edit', async () => {
    const portalUri = workspaceUri(PORTAL);
    const original = fixtures.original(PORTAL);
    let cells = withCell(exported(), REQUIREMENTS_SHEET, 1, 2, '紧急');
    cells = withCell(cells, REQUIREMENTS_SHEET, 2, 3, 'Alice Wang');
    cells = withCell(cells, REQUIREMENTS_SHEET, 3, 1, 'Log out from any page');
    // PORTAL-003's fingerprint at export is another one: its YAML changed since, so its row is a conflict.
    cells = withCell(cells, 'reqdesk', 5, 2, 'v2:00000000');
    const workbook = await writeWorkbook(cells);

    steps.pick('PORTAL-001', 'PORTAL-002').pick('$(check) Apply the changes');
    assert.equal(await vscode.commands.executeCommand('reqdesk.compareSpreadsheet', workbook), true);
    steps.assertAllAnswered();

    const [which, action] = steps.shown;
    assert.equal(which.title, 'Compare portal-acme.xlsx with the requirements');
    assert.deepEqual(which.items, [
      'PORTAL-001 — Login goes to the home page',
      'PORTAL-002 — Password reset by e-mail',
      '$(warning) PORTAL-003 — conflict: changed here since the export too',
    ]);
    assert.deepEqual(which.selected, ['PORTAL-001', 'PORTAL-002'], 'a conflict is never picked for the user');
    assert.deepEqual(action.items, [
      '$(check) Apply the changes — 2 field(s) of 2 requirement(s), kept as one undo',
      '$(git-pull-request) File a change request — one request proposing the changes, for the CCB to decide',
    ]);
    const applied = original.replace('priority: high', 'priority: critical').replace('    owner: bob', '    owner: alice');
    assert.equal(await liveText(portalUri), applied);
    assert.ok(applied.startsWith('# Clean:'), 'the comment is kept');
    assert.deepEqual(prompts.messages, [{ severity: 'info', message: "Applied the workbook's changes to 2 requirement(s) in 1 file(s); one undo reverts them." }]);

    await vscode.window.showTextDocument(portalUri);
    await vscode.commands.executeCommand('undo');
    await waitUntil('one undo to revert every change', async () => (await liveText(portalUri)) === original);
  });

  test('files the changes as one change request from the roster customer who returned the workbook', async () => {
    const settings = workspaceUri(SETTINGS);
    await vscode.workspace.fs.writeFile(settings, new TextEncoder().encode(`${fixtures.original(SETTINGS)}  - id: dana\n    name: Dana Wu\n    roles: [customer]\n`));
    await waitUntil('the index to read the customer', () => api.index.settingsFor(workspaceUri(PORTAL).toString()).roster.some((m) => m.id === 'dana'));
    let cells = withCell(exported(), REQUIREMENTS_SHEET, 3, 4, '已验收');
    cells = withCell(cells, REQUIREMENTS_SHEET, 2, 6, 'PORTAL-001、PORTAL-003');
    cells = withCell(cells, REQUIREMENTS_SHEET, 4, 1, 'Remember me');
    const workbook = await writeWorkbook(cells);

    steps.pick('PORTAL-002', 'PORTAL-003').pick('$(git-pull-request) File a change request').pick('Dana Wu');
    const since = new Date(editorClock().now().getTime() - 1_000).toISOString().slice(0, 19);
    const uri = await vscode.commands.executeCommand<vscode.Uri>('reqdesk.compareSpreadsheet', workbook);
    steps.assertAllAnswered();
    assert.ok(uri instanceof vscode.Uri);
    created.push(uri);
    assert.equal(vscode.workspace.asRelativePath(uri), 'changes/CR-0002.cr.yaml');
    const today = api.index.today; // requested_on comes from the one clock, which the runner fixes
    const text = (await diskText(uri)).replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z/, (time) => (time.slice(0, 19) >= since ? '<now>' : time));
    assert.equal(text, [
      'id: CR-0002',
      'title: Changes returned in portal-acme.xlsx',
      'status: submitted',
      'requested_by: dana',
      `requested_on: ${today}`,
      'channel: email',
      'affects: [PORTAL-002, PORTAL-003]',
      'description: >-',
      '  The customer returned the workbook portal-acme.xlsx with changes to 2',
      '  requirement(s); the proposed values are the cells as returned. Rows 5 of the',
      '  workbook hold no exported requirement (new ones asked for?); this request does',
      '  not carry them.',
      'proposed:',
      '  PORTAL-002:',
      '    links: [PORTAL-001, PORTAL-003]',
      '  PORTAL-003:',
      '    status: accepted',
      'history:',
      '  - { on: <now>, by: carol, action: submitted }',
      '',
    ].join('\n'));
    assert.equal(await liveText(workspaceUri(PORTAL)), fixtures.original(PORTAL), 'filing changes no requirement');
  });

  test('refuses a workbook ReqDesk did not export, writing nothing', async () => {
    const workbook = await writeWorkbook({ sheets: [exported().sheets[0]] });
    assert.equal(await vscode.commands.executeCommand('reqdesk.compareSpreadsheet', workbook), undefined);
    assert.deepEqual(prompts.messages, [{ severity: 'error', message: 'portal-acme.xlsx is not a workbook exported by ReqDesk: it has no ReqDesk sheet saying which column holds which field.' }]);
    assert.deepEqual(steps.shown, []);
  });
});
