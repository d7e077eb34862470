// Communication records in a real VS Code on the fixture workspace (notes/: a kick-off meeting, a weekly call with
// one overdue and one open action, an e-mail), as of REQDESK_TODAY=2026-12-07: the Communications and Actions
// views, New Communication Record (inputs scripted at the quick-pick boundary), the hover on a requirement, Mark
// Action Done (one undo), File Change Request from this Record.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReqDeskApi } from '../../src/extension/extension';
import {
  activated, deleteFile, diskText, FixtureFiles, liveText, useGitUser, waitUntil, withLine, workspaceUri,
} from './editTestSupport';
import { ScriptedQuickInputs } from './quickInputScript';

interface Provider<T> {
  getChildren(element?: T): T[];
  getTreeItem(element: T): vscode.TreeItem;
}

/** The tree as indented `label | description` lines, every level expanded. */
function outline<T>(provider: Provider<T>, parent?: T, depth = 0): string[] {
  return provider.getChildren(parent).flatMap((element) => {
    const item = provider.getTreeItem(element);
    const label = typeof item.label === 'string' ? item.label : item.label?.label;
    return [`${'  '.repeat(depth)}${label}${item.description ? ` | ${String(item.description)}` : ''}`, ...outline(provider, element, depth + 1)];
  });
}

function iconId<T>(provider: Provider<T>, element: T): string | undefined {
  const icon = provider.getTreeItem(element).iconPath;
  return icon instanceof vscode.ThemeIcon ? icon.id : undefined;
}

const WEEKLY = 'notes/2026-11-20-weekly-call.md';
const SSO = 'notes/2026-12-03-sso-request.md';

suite('Communication records', () => {
  let api: ReqDeskApi;
  let steps: ScriptedQuickInputs;
  let created: vscode.Uri[];
  let fixtures: FixtureFiles;
  let restoreGit: () => void;

  suiteSetup(async () => {
    api = await activated();
    fixtures = new FixtureFiles(api);
    await fixtures.remember(WEEKLY, SSO);
    // git's user.name says who files a change request (history's `by`): carol, in the roster.
    restoreGit = useGitUser('carol');
  });

  suiteTeardown(() => restoreGit());

  setup(() => {
    steps = new ScriptedQuickInputs();
    created = [];
  });

  teardown(async () => {
    steps.restore();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of created) {
      await deleteFile(api, uri);
    }
    await vscode.commands.executeCommand('reqdesk.groupRecordsByMonth');
    await fixtures.restore();
  });

  test('the Communications view lists records newest first by month, with people by name and open actions', () => {
    assert.deepEqual(outline(api.trees.records), [
      'December 2026 | 1',
      '  Acme asks for single sign-on | 2026-12-03 · Wang Wei (Acme)',
      'November 2026 | 2',
      '  Weekly call | 2026-11-20 · Alice Wang, Bob Li, Wang Wei (Acme) · 2 open actions',
      '    Confirm the SSO provider | Alice Wang · due 2026-12-01 · overdue by 6 days',
      '    Draft the reset e-mail text | Bob Li · due 2026-12-20',
      '  Kick-off with Acme | 2026-11-02 · Alice Wang, Carol Chen, Wang Wei (Acme)',
    ]);
    const [december] = api.trees.records.getChildren();
    const [record] = api.trees.records.getChildren(december);
    const item = api.trees.records.getTreeItem(record);
    assert.equal(item.command?.command, 'vscode.open', 'a click opens the file');
    assert.equal(String(item.command?.arguments?.[0]), workspaceUri('notes/2026-12-03-sso-request.md').toString());
  });

  test('grouped by kind, in the schema\'s order of kinds', async () => {
    await vscode.commands.executeCommand('reqdesk.groupRecordsByKind');
    assert.deepEqual(outline(api.trees.records).filter((line) => !line.startsWith(' ')), ['Meeting | 1', 'E-mail | 1', 'Call | 1']);
  });

  test('the Actions view lists open actions by person, the overdue one marked', () => {
    assert.deepEqual(outline(api.trees.actions), [
      'Alice Wang | 1 · 1 overdue',
      '  Confirm the SSO provider | due 2026-12-01 · overdue by 6 days',
      'Bob Li | 1',
      '  Draft the reset e-mail text | due 2026-12-20',
    ]);
    const [alice, bob] = api.trees.actions.getChildren();
    assert.equal(iconId(api.trees.actions, api.trees.actions.getChildren(alice)[0]), 'clock');
    assert.equal(iconId(api.trees.actions, api.trees.actions.getChildren(bob)[0]), 'circle-large-outline');
    const item = api.trees.actions.getTreeItem(api.trees.actions.getChildren(alice)[0]);
    assert.deepEqual(item.command?.arguments, [workspaceUri('notes/2026-11-20-weekly-call.md').toString(), 0]);
  });

  test('Reveal Action selects the action in its record', async () => {
    const uri = workspaceUri('notes/2026-11-20-weekly-call.md');
    await vscode.commands.executeCommand('reqdesk.revealAction', uri.toString(), 1);
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), uri.toString());
    assert.equal(editor?.document.getText(editor.selection), '{ who: bob, what: Draft the reset e-mail text, due: 2026-12-20, done: false }');
  });

  test('the hover on a requirement names the records that mention it, newest first, with links', async () => {
    const portal = workspaceUri('requirements/portal.req.yaml');
    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', portal, new vscode.Position(6, 12))) ?? [];
    const text = hovers.flatMap((h) => h.contents).map((c) => (c instanceof vscode.MarkdownString ? c.value : '')).find((v) => v.includes('PORTAL-001'));
    assert.ok(text, `the ReqDesk hover on PORTAL-001 among ${JSON.stringify(hovers.flatMap((h) => h.contents))}`);
    const link = (file: string): string => workspaceUri(file).toString().replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
    assert.ok(text.endsWith([
      '---',
      '',
      'Discussed in 3 records, last 2026-12-03 Acme asks for single sign-on',
      '',
      `- [2026-12-03 Acme asks for single sign-on](${link('notes/2026-12-03-sso-request.md')})`,
      `- [2026-11-20 Weekly call](${link('notes/2026-11-20-weekly-call.md')})`,
      `- [2026-11-02 Kick-off with Acme](${link('notes/2026-11-02-kick-off.md')})`,
    ].join('\n')), text);
  });

  test('New Communication Record writes the record from the template, never over an existing one', async () => {
    const answer = (): void => {
      steps.pick('Call').pick('Alice Wang', 'Bob Li').input('Wang Wei (Acme)').input('Weekly call: SSO').pick('PORTAL-001', 'CR-0001');
    };
    answer();
    const first = await vscode.commands.executeCommand<vscode.Uri | undefined>('reqdesk.newRecord');
    steps.assertAllAnswered();
    assert.ok(first);
    created.push(first);
    assert.equal(vscode.workspace.asRelativePath(first), 'notes/2026-12-07-weekly-call-sso.md');
    assert.deepEqual(steps.shown.map((s) => `${s.step} ${s.kind} ${s.title ?? ''}`), [
      '1/5 pick New Communication Record', '2/5 pick New Communication Record', '3/5 input New Communication Record',
      '4/5 input New Communication Record', '5/5 pick New Communication Record',
    ]);
    assert.equal(await diskText(first), [
      '---',
      'kind: call',
      'on: 2026-12-07',
      "subject: 'Weekly call: SSO'",
      'with: [alice, bob, Wang Wei (Acme)]',
      'requirements: [PORTAL-001]',
      'changes: [CR-0001]',
      'decisions: []',
      'actions: []',
      '---',
      '',
      '# Weekly call: SSO',
      '',
      '## Agenda', '', '',
      '## Discussion', '', '',
      '## Decisions', '', '',
      '## Action items', '', '',
    ].join('\n'));
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), first.toString(), 'the new record is open');
    await waitUntil('the index to read the new record', () => api.index.get(first.toString())?.record !== undefined);
    assert.deepEqual(vscode.languages.getDiagnostics(first), [], 'a new record has no problems');

    answer();
    const second = await vscode.commands.executeCommand<vscode.Uri | undefined>('reqdesk.newRecord');
    assert.ok(second);
    created.push(second);
    assert.equal(vscode.workspace.asRelativePath(second), 'notes/2026-12-07-weekly-call-sso-2.md');
  });

  test('Mark Action Done sets done: true in place as one edit, and one undo takes it back', async () => {
    const uri = workspaceUri(WEEKLY);
    const original = fixtures.original(WEEKLY);
    const [alice] = api.trees.actions.getChildren();
    const [action] = api.trees.actions.getChildren(alice);
    assert.equal(await vscode.commands.executeCommand('reqdesk.markActionDone', action), true);
    assert.equal(await liveText(uri), withLine(original, 6, '  - { who: alice, what: Confirm the SSO provider, due: 2026-12-01, done: true }'));
    await waitUntil('the Actions view to drop the done action', () => outline(api.trees.actions).join('\n') === 'Bob Li | 1\n  Draft the reset e-mail text | due 2026-12-20');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), 'the edited record is shown');
    await vscode.commands.executeCommand('undo');
    assert.equal(await liveText(uri), original);
  });

  test('File Change Request from this Record writes the next CR from the record and links the record back', async () => {
    const record = workspaceUri(SSO);
    await vscode.window.showTextDocument(record);
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', record)) ?? [];
    const lens = lenses.find((l) => l.command?.command === 'reqdesk.fileChangeRequestFromRecord');
    assert.ok(lens?.command, 'the CodeLens at the top of the record');
    assert.equal(lens.command.title, 'File Change Request from this Record');
    assert.equal(lens.range.start.line, 0);

    const cr = await vscode.commands.executeCommand<vscode.Uri | undefined>(lens.command.command, ...(lens.command.arguments ?? []));
    assert.ok(cr);
    created.push(cr);
    assert.equal(vscode.workspace.asRelativePath(cr), 'changes/CR-0002.cr.yaml');
    const text = await liveText(cr);
    for (const line of ['id: CR-0002', 'title: Acme asks for single sign-on', 'status: submitted', 'requested_on: 2026-12-03', 'channel: email', `source_record: ${SSO}`]) {
      assert.ok(text.split('\n').includes(line), `${line} in\n${text}`);
    }
    assert.match(text, /affects:\s*\n?\s*-? ?\[?PORTAL-001/);
    assert.equal(await liveText(record), withLine(fixtures.original(SSO), 5, 'requirements: [PORTAL-001]\nchanges: [CR-0002]'));
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), cr.toString(), 'the new request is open');
  });
});
