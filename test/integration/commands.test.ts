// The editing and navigation commands in a real VS Code, with the user's answers scripted at the
// vscode.window prompts: the exact file text after each command (from a tree element, the editor's cursor or
// an editor menu's URI), the prompts as shown, and refusals that leave every file unchanged.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { setRequirementField } from '../../src/core/edit/requirementEdits';
import { applyToSnapshot, readForEdit } from '../../src/extension/support/coreEdits';
import type { ReqDeskApi } from '../../src/extension/extension';
import {
  activated, createFile, deleteFile, diskText, FixtureFiles, labels, liveText, ScriptedPrompts, waitUntil, withLine, workspaceUri,
} from './editTestSupport';
import { FIXTURE_FILES } from './fixtureExpectations';

const { bad: BAD, portal: PORTAL } = FIXTURE_FILES;

/** Waits briefly for the buffer to show `expected` (edits reach the extension host as events), then asserts it. */
async function expectText(relative: string, expected: string, what: string): Promise<void> {
  const uri = workspaceUri(relative);
  await waitUntil(what, async () => (await liveText(uri)) === expected, 3_000).catch(() => undefined);
  assert.equal(await liveText(uri), expected, what);
}

/** Opens a fixture file with the cursor at a 0-based line and character. */
async function cursorAt(relative: string, line: number, character: number): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(workspaceUri(relative));
  editor.selection = new vscode.Selection(line, character, line, character);
  return editor;
}

function activeSelection(): string {
  const editor = vscode.window.activeTextEditor;
  assert.ok(editor, 'an editor is active');
  const { start, end } = editor.selection;
  return `${vscode.workspace.asRelativePath(editor.document.uri)} ${start.line}:${start.character}-${end.line}:${end.character}`;
}

suite('Commands', () => {
  let api: ReqDeskApi;
  let files: FixtureFiles;
  let prompts: ScriptedPrompts;

  /** A tree-like element for a requirement, as the Requirements view passes it. */
  const element = (id: string): { requirement: unknown } => {
    const [requirement] = api.index.requirementsWithId(id);
    assert.ok(requirement, `${id} is indexed`);
    return { requirement };
  };

  suiteSetup(async () => {
    api = await activated();
    files = new FixtureFiles(api);
    await files.remember(BAD, PORTAL);
  });

  setup(() => {
    prompts = new ScriptedPrompts();
  });

  teardown(async () => {
    prompts.restore();
    await files.restore();
  });

  suite('New Requirements File', () => {
    const created = (): vscode.Uri => workspaceUri('requirements/web.req.yaml');

    teardown(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await deleteFile(api, created());
      await deleteFile(api, workspaceUri('requirements/legacy.req.yaml'));
    });

    test('validates the prefix and title, writes the template beside the other documents and opens it', async () => {
      prompts.input('web', 'BAD', 'WEB').input('  ', 'Web shop').input('Acme: Retail');
      await vscode.commands.executeCommand('reqdesk.newRequirementsFile');
      prompts.assertAllAnswered();

      assert.deepEqual(prompts.inputs.map((i) => i.options?.title), ['New Requirements File (1/3)', 'New Requirements File (2/3)', 'New Requirements File (3/3)']);
      assert.deepEqual(prompts.inputs[0].validation, [
        'Use capital letters (A-Z), then letters, digits or _, e.g. PORTAL.',
        'requirements/bad.req.yaml already uses the prefix BAD: IDs would collide.',
        undefined,
      ]);
      assert.deepEqual(prompts.inputs[1].validation, ['Enter a title.', undefined]);
      const expected = [
        '# A requirements document: one table of requirements. Every item needs an id and a title;',
        '# ReqDesk checks the rest (owner, priority, status, links) and lists problems in the Problems panel.',
        'document:',
        '  prefix: WEB',
        '  title: Web shop',
        "  customer: 'Acme: Retail'",
        'requirements:',
        '  - id: WEB-001',
        '    title: Example requirement (replace it with your first one)',
        '    description: >',
        '      What the system does: the behaviour, the expected result and the business rules.',
        '    priority: medium # critical | high | medium | low',
        '    # owner: who is responsible (a roster id from reqdesk.yaml, when there is one)',
        '    status: new # new | in-progress | done | accepted | rejected | deferred',
        '    source: Where it comes from, e.g. the kick-off meeting',
        '    acceptance:',
        '      - How the customer checks that it is met',
        '',
      ].join('\n');
      assert.equal(await diskText(created()), expected, 'the file is written (saved) with the template');
      assert.equal(activeSelection(), 'requirements/web.req.yaml 8:11-8:63', "the example's title is selected, ready to type over");
      await waitUntil('the index to read the new file', () => api.index.requirementsWithId('WEB-001').length === 1);
      assert.deepEqual(prompts.messages, []);
    });

    test('never overwrites: a prefix whose file exists is refused and the file stays as it was', async () => {
      const legacy = await createFile(api, 'requirements/legacy.req.yaml', 'document:\n  prefix: OLD\n  title: Old\nrequirements: []\n');
      prompts.input('LEGACY');
      await vscode.commands.executeCommand('reqdesk.newRequirementsFile');
      prompts.assertAllAnswered();
      assert.deepEqual(prompts.inputs[0].validation, ['requirements/legacy.req.yaml already exists.']);
      assert.equal(prompts.inputs.length, 1, 'nothing more is asked once the prefix is not accepted');
      assert.equal(await diskText(legacy), 'document:\n  prefix: OLD\n  title: Old\nrequirements: []\n');
    });
  });

  suite('New Requirement', () => {
    test('from a document in the tree: next free ID, title, priority and owner; appended and shown', async () => {
      prompts.input('', 'Remember me on this device').pick('high').pick('bob');
      await vscode.commands.executeCommand('reqdesk.newRequirement', { file: workspaceUri(PORTAL).toString() });
      prompts.assertAllAnswered();

      assert.equal(prompts.inputs[0].options?.title, 'New requirement PORTAL-004 in portal.req.yaml');
      assert.deepEqual(prompts.inputs[0].validation, ['Enter a title.', undefined]);
      assert.deepEqual(labels(prompts.picks[0]), ['critical', 'high', 'medium', 'low']);
      assert.deepEqual(labels(prompts.picks[1]), ['alice', 'bob', 'carol', '$(edit) Other…', '$(circle-slash) No owner for now']);
      await expectText(PORTAL, `${files.original(PORTAL)}  - id: PORTAL-004\n    title: Remember me on this device\n    priority: high\n    owner: bob\n    status: new\n`, 'PORTAL-004 appended');
      assert.equal(activeSelection(), 'requirements/portal.req.yaml 23:8-23:18', 'the new ID is selected in the editor');
      assert.ok(vscode.window.activeTextEditor?.document.isDirty, 'left unsaved, like other refactorings');
    });

    test('from the active editor, with the owner skipped', async () => {
      await vscode.window.showTextDocument(workspaceUri(BAD));
      prompts.input('Export to CSV').pick('low').pick('$(circle-slash) No owner for now');
      await vscode.commands.executeCommand('reqdesk.newRequirement');
      prompts.assertAllAnswered();
      await expectText(BAD, `${files.original(BAD)}  - id: BAD-006\n    title: Export to CSV\n    priority: low\n    status: new\n`, 'BAD-006 appended without an owner');
    });

    test('from the palette with no requirements editor: asks for the document; cancelling changes nothing', async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      prompts.pick('Customer portal').input();
      await vscode.commands.executeCommand('reqdesk.newRequirement');
      prompts.assertAllAnswered();
      assert.deepEqual(prompts.picks[0].items.map((i) => `${i.label} | ${i.description} | ${i.detail}`), [
        'Known problems | BAD | requirements/bad.req.yaml',
        'Customer portal | PORTAL | requirements/portal.req.yaml',
      ]);
      assert.equal(prompts.inputs[0].options?.title, 'New requirement PORTAL-004 in portal.req.yaml');
      assert.equal(await liveText(workspaceUri(PORTAL)), files.original(PORTAL));
    });
  });

  suite('Set Status, Set Priority, Assign Owner', () => {
    test('Set Status on a tree element: the vocabulary with the current value marked; one line changes', async () => {
      prompts.pick('done');
      await vscode.commands.executeCommand('reqdesk.setStatus', element('PORTAL-002'));
      prompts.assertAllAnswered();
      assert.equal(prompts.picks[0].options?.placeHolder, 'Status of PORTAL-002 (now: new)');
      assert.deepEqual(prompts.picks[0].items.map((i) => `${i.label}${i.description ? ` (${i.description})` : ''}`), ['new (current)', 'in-progress', 'done', 'accepted', 'rejected', 'deferred']);
      await expectText(PORTAL, withLine(files.original(PORTAL), 15, '    status: done'), 'status of PORTAL-002');
    });

    test('Set Priority on the requirement under the cursor', async () => {
      await cursorAt(PORTAL, 19, 5);
      prompts.pick('critical');
      await vscode.commands.executeCommand('reqdesk.setPriority');
      prompts.assertAllAnswered();
      assert.equal(prompts.picks[0].options?.placeHolder, 'Priority of PORTAL-003 (now: low)');
      await expectText(PORTAL, withLine(files.original(PORTAL), 19, '    priority: critical'), 'priority of PORTAL-003');
    });

    test("Assign Owner with the cursor on the item's dash line", async () => {
      await cursorAt(PORTAL, 17, 2);
      prompts.pick('alice');
      await vscode.commands.executeCommand('reqdesk.assignOwner');
      prompts.assertAllAnswered();
      assert.equal(prompts.picks[0].items.find((i) => i.label === 'carol')?.description, 'Carol Chen · current');
      await expectText(PORTAL, withLine(files.original(PORTAL), 20, '    owner: alice'), 'owner of PORTAL-003');
    });

    test("Set Status from the editor's context menu (the editor's URI as argument)", async () => {
      await cursorAt(PORTAL, 7, 10);
      prompts.pick('accepted');
      await vscode.commands.executeCommand('reqdesk.setStatus', workspaceUri(PORTAL));
      prompts.assertAllAnswered();
      await expectText(PORTAL, withLine(files.original(PORTAL), 10, '    status: accepted'), 'status of PORTAL-001');
    });

    test('Assign Owner on a tree element: Other… takes a name outside the roster after a warning', async () => {
      prompts.pick('$(edit) Other…').input('dave');
      await vscode.commands.executeCommand('reqdesk.assignOwner', element('PORTAL-002'));
      prompts.assertAllAnswered();
      assert.deepEqual(prompts.inputs[0].validation, ["'dave' is not in the roster of reqdesk.yaml: ReqDesk will flag it as an unknown owner."]);
      await expectText(PORTAL, withLine(files.original(PORTAL), 14, '    owner: dave'), 'owner of PORTAL-002');
    });

    test('refuses with a message when there is no requirement under the cursor', async () => {
      await cursorAt(PORTAL, 2, 3);
      await vscode.commands.executeCommand('reqdesk.setStatus');
      prompts.assertAllAnswered();
      assert.deepEqual(prompts.messages, [{ severity: 'warning', message: 'There is no requirement under the cursor: place it inside an item of requirements: in portal.req.yaml.' }]);
      assert.equal(prompts.picks.length, 0);
      assert.equal(await liveText(workspaceUri(PORTAL)), files.original(PORTAL));
    });

    test('refuses with a message when no requirements file is open', async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await vscode.commands.executeCommand('reqdesk.setPriority');
      prompts.assertAllAnswered();
      assert.deepEqual(prompts.messages, [{ severity: 'warning', message: 'Place the cursor in a requirement of a requirements file (*.req.yaml), or use the Requirements view.' }]);
    });

    test('an empty owner is not accepted, and giving up changes nothing', async () => {
      prompts.pick('$(edit) Other…').input('   ');
      await vscode.commands.executeCommand('reqdesk.assignOwner', element('PORTAL-001'));
      prompts.assertAllAnswered();
      assert.deepEqual(prompts.inputs[0].validation, ['Enter an owner.']);
      assert.deepEqual(prompts.messages, []);
      assert.equal(await liveText(workspaceUri(PORTAL)), files.original(PORTAL));
    });
  });

  suite('core edits into VS Code', () => {
    test('a refused core edit shows the reason with a localized prefix and writes nothing', async () => {
      // A tree element left over from before its requirement was deleted.
      const stale = { requirement: { ...(element('PORTAL-002').requirement as object), id: 'PORTAL-042' } };
      prompts.pick('done');
      await vscode.commands.executeCommand('reqdesk.setStatus', stale);
      prompts.assertAllAnswered();
      assert.deepEqual(prompts.messages, [{ severity: 'error', message: 'Could not set the status of PORTAL-042: PORTAL-042 is no longer in requirements/portal.req.yaml.' }]);
      assert.equal(await liveText(workspaceUri(PORTAL)), files.original(PORTAL));
    });

    test('an edit computed on a version the user has since changed is refused, not misplaced', async () => {
      const uri = workspaceUri(PORTAL);
      const snapshot = await readForEdit(uri);
      const result = setRequirementField(snapshot.text, 'PORTAL-003', 'status', 'accepted');
      const editor = await vscode.window.showTextDocument(uri);
      assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), '# typed meanwhile\n')));
      const typed = editor.document.getText();

      assert.equal(await applyToSnapshot(snapshot, result, 'Could not set the status of PORTAL-003'), false);
      assert.deepEqual(prompts.messages, [{ severity: 'error', message: 'Could not set the status of PORTAL-003: the file changed while the edit was prepared, so nothing was changed. Try again.' }]);
      assert.equal(await liveText(uri), typed);
    });
  });

  test('Go to Requirement by ID: every requirement with title, owner, status, priority and file; opens it with the ID selected', async () => {
    prompts.pick('BAD-004');
    await vscode.commands.executeCommand('reqdesk.goToRequirement');
    prompts.assertAllAnswered();
    const [pick] = prompts.picks;
    assert.deepEqual(labels(pick), ['BAD-001', 'BAD-002', 'BAD-003', 'BAD-004', 'BAD-005', 'PORTAL-001', 'PORTAL-002', 'PORTAL-003']);
    const item = pick.items.find((i) => i.label === 'BAD-004');
    assert.equal(`${item?.description} | ${item?.detail}`, 'Owner not in the roster | mallory · no status · medium · requirements/bad.req.yaml');
    assert.equal(pick.options?.matchOnDescription && pick.options.matchOnDetail, true);
    await waitUntil('bad.req.yaml to open', () => vscode.window.activeTextEditor?.document.uri.toString() === workspaceUri(BAD).toString());
    assert.equal(activeSelection(), 'requirements/bad.req.yaml 17:8-17:15');
  });

  test("Show Problems Summary: totals and counts per rule; a rule lists its problems, which open at the problem's range", async () => {
    prompts.pick('$(warning) unknown-owner').pick((items) => items.find((i) => i.label.includes('bad.req.yaml:21')));
    await vscode.commands.executeCommand('reqdesk.showProblemsSummary');
    prompts.assertAllAnswered();
    const [summary, problems] = prompts.picks;
    assert.deepEqual(summary.items.map((i) => [i.label, i.description ?? '', i.detail ?? ''].join(' | ')), [
      'Totals |  | ',
      // The three records in notes/ count as files; the weekly call's overdue action is information.
      '$(error) 2 error(s)  $(warning) 4 warning(s)  $(info) 1 info | in 3 of 7 file(s) | ',
      '$(checklist) 8 requirement(s) | 1 without owner | ',
      'By rule |  | ',
      "$(error) cr-inconsistent-status | 1 error | A change request's status contradicts its record (decision, sign-off, history).",
      "$(error) invalid-priority | 1 error | A requirement's priority is not in the project's vocabulary.",
      '$(warning) missing-owner | 1 warning | A requirement has no owner.',
      '$(warning) missing-priority | 1 warning | A requirement has no priority.',
      '$(warning) unknown-link | 1 warning | A requirement links to an ID that no requirement in the workspace has, or to itself.',
      "$(warning) unknown-owner | 1 warning | An owner (of a requirement or a risk) is not in the roster of reqdesk.yaml.",
      '$(info) record-action-overdue | 1 info | An open action of a communication record is past its due date.',
    ]);
    assert.deepEqual(problems.items.map((i) => `${i.label} | ${i.description ?? ''}`), [
      '$(list-flat) Show all problems in the Problems panel | ',
      'unknown-owner | ',
      "$(warning) requirements/bad.req.yaml:21 | Owner 'mallory' is not in the roster (reqdesk.yaml). Known: alice, bob, carol.",
    ]);
    await waitUntil('bad.req.yaml to open', () => vscode.window.activeTextEditor?.document.uri.toString() === workspaceUri(BAD).toString());
    assert.equal(activeSelection(), 'requirements/bad.req.yaml 20:11-20:18');
  });
});
