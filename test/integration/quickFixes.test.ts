// Quick fixes in a real VS Code: for each ReqDesk diagnostic with a fix, the code actions VS Code gets for it
// (titles, which one is preferred), the exact file text after applying one (one line changed, comments kept),
// and undo bringing the text back. bad.req.yaml is the fixture's; quickfix.req.yaml is written by this suite.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReqDeskApi } from '../../src/extension/extension';
import {
  activated, createFile, deleteFile, FixtureFiles, labels, liveText, ScriptedPrompts, waitUntil, withLine, withLinesAt, workspaceUri,
} from './editTestSupport';
import { FIXTURE_FILES } from './fixtureExpectations';

type Range4 = readonly [number, number, number, number];

const QUICKFIX_FILE = 'requirements/quickfix.req.yaml';
/** Lines 10, 18, 19 and 20 hold the problems the tests below fix. */
const QUICKFIX_TEXT = [
  '# Misspellings for quickFixes.test.ts: each has a close correct value.',
  'document:',
  '  prefix: QF',
  '  title: Quick fixes',
  'requirements:',
  '  - id: QF-001 # first copy',
  '    title: First copy',
  '    priority: high',
  '    owner: alice',
  '    status: new',
  '  - id: QF-001 # second copy',
  '    title: Second copy',
  '    priority: low',
  '    owner: bob',
  '    status: done',
  '  - id: QF-007',
  '    title: Misspelt owner, status and link',
  '    priority: medium',
  '    owner: alcie # close to alice',
  '    status: in progres # close to in-progress',
  '    links: [PORTAL-01] # close to PORTAL-001',
  '',
].join('\n');

function codeOf(diagnostic: vscode.Diagnostic): string {
  return String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);
}

/** The ReqDesk quick fixes VS Code offers for the diagnostic `code` at `range`, every edit resolved. */
async function fixesFor(uri: vscode.Uri, code: string, range: Range4): Promise<vscode.CodeAction[]> {
  await vscode.window.showTextDocument(uri);
  const at = new vscode.Range(...range);
  await waitUntil(`${code} at ${range.join(',')}`, () => vscode.languages.getDiagnostics(uri).some((d) => codeOf(d) === code && d.range.isEqual(at)));
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, at, vscode.CodeActionKind.QuickFix.value, 100);
  // The command returns no diagnostics on the actions: only ReqDesk offers quick fixes in these files.
  return actions;
}

/** Titles, sorted: VS Code reorders the provider's list (preferred first), so which one is preferred is checked apart. */
function titles(actions: readonly vscode.CodeAction[]): string[] {
  return actions.map((a) => a.title).sort();
}

function sorted(list: readonly string[]): string[] {
  return [...list].sort();
}

/** The titles in the order VS Code's menu shows them: preferred fixes first, the rest as the provider gave them. */
function menu(actions: readonly vscode.CodeAction[]): string[] {
  return [...actions.filter((a) => a.isPreferred), ...actions.filter((a) => !a.isPreferred)].map((a) => a.title);
}

function preferred(actions: readonly vscode.CodeAction[]): string[] {
  return actions.filter((a) => a.isPreferred).map((a) => a.title);
}

function find(actions: readonly vscode.CodeAction[], title: string): vscode.CodeAction {
  const action = actions.find((a) => a.title === title);
  assert.ok(action, `a fix titled "${title}" among ${titles(actions).join(' | ')}`);
  return action;
}

/** Waits briefly for the buffer to show `expected` (edits reach the extension host as events), then asserts it. */
async function expectText(uri: vscode.Uri, expected: string, what: string): Promise<void> {
  await waitUntil(what, async () => (await liveText(uri)) === expected, 3_000).catch(() => undefined);
  assert.equal(await liveText(uri), expected, what);
}

/** Applies the fix's edit, checks the text, then undoes it in the editor and checks the text is back. */
async function applyAndUndo(uri: vscode.Uri, action: vscode.CodeAction, expected: string, original: string): Promise<void> {
  assert.ok(action.edit, `"${action.title}" carries an edit`);
  assert.equal(action.disabled, undefined, `"${action.title}" is enabled`);
  assert.ok(await vscode.workspace.applyEdit(action.edit), 'VS Code applies the edit');
  await expectText(uri, expected, `the text after "${action.title}"`);
  await undo(uri, original);
}

async function undo(uri: vscode.Uri, original: string): Promise<void> {
  await vscode.window.showTextDocument(uri);
  await vscode.commands.executeCommand('undo');
  await expectText(uri, original, 'the text after undo');
}

/** Runs a fix that is a command (e.g. Assign owner…), as VS Code does when the user chooses it. */
async function runCommandOf(action: vscode.CodeAction): Promise<void> {
  assert.ok(action.command, `"${action.title}" runs a command`);
  await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

suite('Quick fixes', () => {
  let api: ReqDeskApi;
  let files: FixtureFiles;
  let prompts: ScriptedPrompts | undefined;

  suiteSetup(async () => {
    api = await activated();
    files = new FixtureFiles(api);
    await files.remember(FIXTURE_FILES.bad);
  });

  teardown(async () => {
    prompts?.restore();
    prompts = undefined;
    await files.restore();
  });

  suite('with roles in the roster', () => {
    let settings: FixtureFiles;

    suiteSetup(async () => {
      settings = new FixtureFiles(api);
      await settings.remember(FIXTURE_FILES.settings);
      await vscode.workspace.fs.writeFile(workspaceUri(FIXTURE_FILES.settings), new TextEncoder().encode([
        'roster:',
        '  - { id: alice, name: Alice Wang, roles: [owner] }',
        '  - { id: bob, name: Bob Li, roles: [customer] }',
        '  - { id: carol, name: Carol Chen, roles: [owner, ccb] }',
        '',
      ].join('\n')));
      await waitUntil('the roles to apply', () => api.index.settingsFor(workspaceUri(FIXTURE_FILES.bad).toString()).roster.some((m) => m.roles.includes('customer')));
    });

    suiteTeardown(async () => {
      await settings.restore();
      await waitUntil('the roles to go', () => !api.index.settingsFor(workspaceUri(FIXTURE_FILES.bad).toString()).roster.some((m) => m.roles.length > 0 && m.id !== 'carol'));
    });

    test('"Assign owner…" offers the members with the owner role only: not the customer, not the owner outside the roster', async () => {
      const actions = await fixesFor(workspaceUri(FIXTURE_FILES.bad), 'unknown-owner', [20, 11, 20, 18]);
      prompts = new ScriptedPrompts().pick(undefined);
      await runCommandOf(find(actions, 'Assign owner…'));
      prompts.assertAllAnswered();
      const [pick] = prompts.picks;
      assert.deepEqual(pick.items.map((i) => [i.label, i.description ?? '', i.detail ?? '']), [
        ['Roster', '', ''],
        ['alice', 'Alice Wang', 'owner'],
        ['carol', 'Carol Chen', 'owner, ccb'],
        ['', '', ''],
        ['$(edit) Other…', '', ''],
      ]);
    });
  });

  suite('on the fixture bad.req.yaml', () => {
    const bad = (): vscode.Uri => workspaceUri(FIXTURE_FILES.bad);

    test('missing-owner: "Assign owner…" asks from the roster and adds the owner after the priority', async () => {
      const actions = await fixesFor(bad(), 'missing-owner', [6, 4, 6, 15]);
      assert.deepEqual(titles(actions), sorted(['Assign owner…']));
      const original = files.original(FIXTURE_FILES.bad);

      prompts = new ScriptedPrompts().pick('alice');
      await runCommandOf(actions[0]);
      prompts.assertAllAnswered();
      const [pick] = prompts.picks;
      assert.equal(pick.options?.placeHolder, 'Owner of BAD-001 (now: none)');
      // mallory owns BAD-004 but is not in the roster: never offered as an owner (nobody has roles: all may own).
      assert.deepEqual(labels(pick), ['alice', 'bob', 'carol', '$(edit) Other…']);
      assert.deepEqual(pick.items.filter((i) => i.kind === vscode.QuickPickItemKind.Separator).map((i) => i.label), ['Roster', '']);
      assert.deepEqual(pick.items.map((i) => i.description ?? ''), ['', 'Alice Wang', 'Bob Li', 'Carol Chen', '', '']);
      assert.equal(pick.items.find((i) => i.label === 'carol')?.detail, 'ccb');

      await expectText(bad(), withLinesAt(original, 9, '    owner: alice'), 'BAD-001 has owner alice on a new line after its priority');
      await undo(bad(), original);
    });

    test('unknown-owner with no close roster id: "Assign owner…" → Other… takes a new name, warning it is not in the roster', async () => {
      const actions = await fixesFor(bad(), 'unknown-owner', [20, 11, 20, 18]);
      assert.deepEqual(titles(actions), sorted(['Assign owner…']));
      const original = files.original(FIXTURE_FILES.bad);

      prompts = new ScriptedPrompts().pick('$(edit) Other…').input('dave');
      await runCommandOf(actions[0]);
      prompts.assertAllAnswered();
      assert.deepEqual(labels(prompts.picks[0]), ['alice', 'bob', 'carol', '$(edit) Other…'], 'the current owner outside the roster is not offered');
      assert.deepEqual(prompts.inputs[0].validation, ["'dave' is not in the roster of reqdesk.yaml: ReqDesk will flag it as an unknown owner."]);

      await expectText(bad(), withLine(original, 20, '    owner: dave # unknown-owner'), 'the owner value replaced, its comment kept');
      await undo(bad(), original);
    });

    test('missing-priority: one fix per priority in the vocabulary\'s order, none preferred; the chosen one is inserted after the title', async () => {
      const actions = await fixesFor(bad(), 'missing-priority', [9, 4, 9, 15]);
      assert.deepEqual(menu(actions), ['Set priority: critical', 'Set priority: high', 'Set priority: medium', 'Set priority: low']);
      assert.deepEqual(preferred(actions), []);
      const original = files.original(FIXTURE_FILES.bad);
      await applyAndUndo(bad(), find(actions, 'Set priority: medium'), withLinesAt(original, 11, '    priority: medium'), original);
    });

    test('invalid-priority: one fix per priority; the value is replaced in place, its comment kept', async () => {
      const actions = await fixesFor(bad(), 'invalid-priority', [23, 14, 23, 20]);
      assert.deepEqual(menu(actions), ['Set priority: critical', 'Set priority: high', 'Set priority: medium', 'Set priority: low']);
      assert.deepEqual(preferred(actions), [], "'urgent' is close to no priority: none is guessed");
      const original = files.original(FIXTURE_FILES.bad);
      await applyAndUndo(bad(), find(actions, 'Set priority: low'), withLine(original, 23, '    priority: low # invalid-priority'), original);
    });

    test('unknown-link with no close ID: "Remove link" removes the only link, key and all', async () => {
      const actions = await fixesFor(bad(), 'unknown-link', [16, 12, 16, 22]);
      assert.deepEqual(titles(actions), sorted(['Remove link PORTAL-999']));
      const original = files.original(FIXTURE_FILES.bad);
      await applyAndUndo(bad(), actions[0], withLine(original, 16, undefined), original);
    });
  });

  suite('on a file with misspellings', () => {
    let uri: vscode.Uri;
    let written: FixtureFiles;

    suiteSetup(async () => {
      uri = await createFile(api, QUICKFIX_FILE, QUICKFIX_TEXT);
      written = new FixtureFiles(api);
      await written.remember(QUICKFIX_FILE);
    });

    teardown(() => written.restore());

    suiteTeardown(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await deleteFile(api, uri);
    });

    test('unknown-owner close to a roster id: "Change owner to \'alice\'" is preferred and replaces only the value', async () => {
      const actions = await fixesFor(uri, 'unknown-owner', [18, 11, 18, 16]);
      assert.deepEqual(titles(actions), sorted(["Change owner to 'alice'", 'Assign owner…']));
      assert.deepEqual(preferred(actions), ["Change owner to 'alice'"]);
      await applyAndUndo(uri, find(actions, "Change owner to 'alice'"), withLine(QUICKFIX_TEXT, 18, '    owner: alice # close to alice'), QUICKFIX_TEXT);
    });

    test('invalid-status: one fix per status, the near spelling preferred', async () => {
      const actions = await fixesFor(uri, 'invalid-status', [19, 12, 19, 22]);
      assert.deepEqual(titles(actions), sorted(['new', 'in-progress', 'done', 'accepted', 'rejected', 'deferred'].map((s) => `Set status: ${s}`)));
      assert.deepEqual(preferred(actions), ['Set status: in-progress']);
      await applyAndUndo(uri, find(actions, 'Set status: in-progress'), withLine(QUICKFIX_TEXT, 19, '    status: in-progress # close to in-progress'), QUICKFIX_TEXT);
    });

    test('unknown-link: "Remove link" and one "Change link" per close existing ID, replacing just the item', async () => {
      const actions = await fixesFor(uri, 'unknown-link', [20, 12, 20, 21]);
      assert.deepEqual(titles(actions), sorted(['Remove link PORTAL-01', 'Change link to PORTAL-001', 'Change link to PORTAL-002', 'Change link to PORTAL-003']));
      assert.deepEqual(preferred(actions), [], 'several close IDs: none is obvious');
      await applyAndUndo(uri, find(actions, 'Change link to PORTAL-001'), withLine(QUICKFIX_TEXT, 20, '    links: [PORTAL-001] # close to PORTAL-001'), QUICKFIX_TEXT);
    });

    test('duplicate-id: "Change ID to QF-008 (next free)" renumbers the copy it is on, not the other', async () => {
      const actions = await fixesFor(uri, 'duplicate-id', [10, 8, 10, 14]);
      assert.deepEqual(titles(actions), sorted(['Change ID to QF-008 (next free)']));
      await applyAndUndo(uri, actions[0], withLine(QUICKFIX_TEXT, 10, '  - id: QF-008 # second copy'), QUICKFIX_TEXT);
    });
  });
});
