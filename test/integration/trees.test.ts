// The Requirements and Change Requests trees in a real VS Code: what each grouping shows for the fixture
// workspace, the group-by and filter commands (user input stubbed at the quick-pick boundary), revealing a
// requirement, and following the index when files change.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { valueRange } from '../../src/core/fieldSpans';
import type { ReqDeskApi } from '../../src/extension/extension';
import type { ChangeRequestTreeElement } from '../../src/extension/changeRequests/changeRequestsTreeProvider';
import type { RequirementTreeElement } from '../../src/extension/requirements/requirementTreeElements';
import { waitUntil } from './editTestSupport';
import { FIXTURE_FILES, FIXTURE_RECORDS } from './fixtureExpectations';

const EXTENSION_ID = 'reqdesk.reqdesk';
const DEADLINE_MS = 5_000;

let activation: Promise<ReqDeskApi> | undefined;

function activated(): Promise<ReqDeskApi> {
  activation ??= (async () => {
    const extension = vscode.extensions.getExtension<ReqDeskApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded`);
    await waitUntil(`${EXTENSION_ID} to activate`, () => extension.isActive, 20_000);
    await extension.exports.ready;
    return extension.exports;
  })();
  return activation;
}

function fixtureUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace is open');
  return vscode.Uri.joinPath(folder.uri, relative);
}

/** What the tests use of a tree data provider: both of ours answer synchronously. */
interface Provider<T> {
  readonly onDidChangeTreeData: vscode.Event<unknown>;
  getChildren(element?: T): T[];
  getTreeItem(element: T): vscode.TreeItem;
  resolveTreeItem(item: vscode.TreeItem, element: T): vscode.TreeItem;
}

/** What a tree item shows: `label | description`, and ` (n)` children when it is a group. */
function line<T>(provider: Provider<T>, element: T): string {
  const item = provider.getTreeItem(element);
  const label = typeof item.label === 'string' ? item.label : item.label?.label;
  return item.description ? `${label} | ${String(item.description)}` : `${label}`;
}

/** The whole tree as indented lines, e.g. `Customer portal | portal.req.yaml · 3` then `  PORTAL-001  … | high · Alice Wang` (owners by roster name). */
function outline<T>(provider: Provider<T>, parent?: T, depth = 0): string[] {
  return provider.getChildren(parent).flatMap((element) => {
    const item = provider.getTreeItem(element);
    const expanded = item.collapsibleState === vscode.TreeItemCollapsibleState.Expanded;
    return [`${'  '.repeat(depth)}${line(provider, element)}`, ...(expanded ? outline(provider, element, depth + 1) : [])];
  });
}

async function requirementsTree(): Promise<Provider<RequirementTreeElement>> {
  return (await activated()).trees.requirements;
}

async function changeRequestsTree(): Promise<Provider<ChangeRequestTreeElement>> {
  return (await activated()).trees.changeRequests;
}

const PORTAL_LINES = [
  '  PORTAL-001  Login goes to the home page | high · Alice Wang',
  '  PORTAL-002  Password reset by e-mail | medium · Bob Li',
  '  PORTAL-003  Log out from every page | low · Carol Chen',
];
const BAD_LINES = [
  '  BAD-001  No owner | high',
  '  BAD-002  No priority | Bob Li',
  '  BAD-003  Links to an unknown ID | low · Alice Wang',
  '  BAD-004  Owner not in the roster | medium · mallory',
  '  BAD-005  Invalid priority value | urgent · Carol Chen',
];
const DOCUMENT_TREE = ['Customer portal | portal.req.yaml · 3', ...PORTAL_LINES, 'Known problems | bad.req.yaml · 5', ...BAD_LINES];

/** Replaces a function of vscode.window for one test; the returned function puts it back. */
function stubWindow<K extends 'showQuickPick' | 'createQuickPick'>(name: K, replacement: unknown): () => void {
  const window = vscode.window as unknown as Record<K, unknown>;
  const original = window[name];
  window[name] = replacement;
  return () => {
    window[name] = original;
  };
}

/** A stand-in for the filter's quick pick: on show(), `answer` plays the user (types, ticks), then Enter. */
class FakeQuickPick {
  items: readonly vscode.QuickPickItem[] = [];
  selectedItems: readonly vscode.QuickPickItem[] = [];
  value = '';
  title: string | undefined;
  placeholder: string | undefined;
  canSelectMany = false;
  private readonly accepted = new vscode.EventEmitter<void>();
  private readonly hidden = new vscode.EventEmitter<void>();
  readonly onDidAccept = this.accepted.event;
  readonly onDidHide = this.hidden.event;

  constructor(private readonly answer: (pick: FakeQuickPick) => void) {}

  show(): void {
    setImmediate(() => {
      this.answer(this);
      this.accepted.fire();
    });
  }

  hide(): void {
    this.hidden.fire();
  }

  dispose(): void {
    this.accepted.dispose();
    this.hidden.dispose();
  }

  /** Item labels without their `$(icon) ` prefix, with the count, e.g. `alice (2)`. */
  choices(): string[] {
    return this.items.filter((i) => i.kind !== vscode.QuickPickItemKind.Separator).map((i) => `${i.label.replace(/^\$\([\w-]+\) /, '')} (${i.description})`);
  }

  tick(...labels: string[]): void {
    this.selectedItems = this.items.filter((i) => labels.includes(i.label.replace(/^\$\([\w-]+\) /, '')));
  }
}

/** Runs reqdesk.filterRequirements, answering its quick pick with `answer`. */
async function filterWith(answer: (pick: FakeQuickPick) => void): Promise<FakeQuickPick> {
  let shown: FakeQuickPick | undefined;
  const restore = stubWindow('createQuickPick', () => (shown = new FakeQuickPick(answer)));
  try {
    await vscode.commands.executeCommand('reqdesk.filterRequirements');
  } finally {
    restore();
  }
  assert.ok(shown, 'the filter showed a quick pick');
  return shown;
}

/** Records the context keys the extension sets while `run` runs. */
async function contextKeysSetBy(run: () => Thenable<unknown>): Promise<Record<string, unknown>> {
  const commands = vscode.commands as unknown as { executeCommand: (...args: unknown[]) => Thenable<unknown> };
  const original = commands.executeCommand;
  const keys: Record<string, unknown> = {};
  commands.executeCommand = (...args: unknown[]) => {
    if (args[0] === 'setContext') {
      keys[String(args[1])] = args[2];
    }
    return original.apply(vscode.commands, args);
  };
  try {
    await run();
  } finally {
    commands.executeCommand = original;
  }
  return keys;
}

async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

/**
 * The trees list the whole workspace, so these tests need it as the fixture has it. Files another suite left
 * behind would show up in every grouping; name them rather than fail with a puzzling diff.
 */
async function fixtureOnly(): Promise<void> {
  const api = await activated();
  const fixture = new Set([...Object.values(FIXTURE_FILES), ...FIXTURE_RECORDS].map((f) => fixtureUri(f).toString()));
  const strays = (): string[] => [...api.index.files()].filter((f) => !fixture.has(f));
  await waitUntil('the index to hold only the fixture files', () => strays().length === 0, 10_000).catch(() => undefined);
  assert.deepEqual(strays(), [], 'files left in the workspace by an earlier suite');
}

suite('Trees', () => {
  suiteSetup(fixtureOnly);

  suite('requirements view', () => {
    teardown(async () => {
      const api = await activated();
      await api.trees.requirements.setGroupBy('document');
      await vscode.commands.executeCommand('reqdesk.clearFilter');
    });

    test('by document (the default): documents by title, requirements by ID, priority and owner as description', async () => {
      const tree = await requirementsTree();
      assert.deepEqual(outline(tree), DOCUMENT_TREE);
      const [portal] = tree.getChildren();
      assert.equal(tree.getTreeItem(portal).contextValue, 'document');
      assert.equal((portal as { file?: string }).file, fixtureUri(FIXTURE_FILES.portal).toString(), 'a document element carries its index key');
      const [first] = tree.getChildren(portal);
      assert.equal(tree.getTreeItem(first).contextValue, 'requirement');
      assert.equal((first as { requirement?: { id: string } }).requirement?.id, 'PORTAL-001', 'a requirement element carries its requirement');
    });

    test('every grouping: groups in vocabulary or name order with counts, "(none)" last', async () => {
      const api = await activated();
      const tree = api.trees.requirements;
      const expected: Record<'status' | 'owner' | 'priority' | 'milestone', string[]> = {
        status: [
          'new | 1', '  PORTAL-002  Password reset by e-mail | medium · Bob Li',
          'in-progress | 1', '  PORTAL-001  Login goes to the home page | high · Alice Wang',
          'done | 1', '  PORTAL-003  Log out from every page | low · Carol Chen',
          '(none) | 5', '  BAD-001  No owner | high', '  BAD-002  No priority | Bob Li', '  BAD-003  Links to an unknown ID | low · Alice Wang',
          '  BAD-004  Owner not in the roster | medium · mallory', '  BAD-005  Invalid priority value | urgent · Carol Chen',
        ],
        owner: [
          'Alice Wang | 2', '  BAD-003  Links to an unknown ID | low · Alice Wang', '  PORTAL-001  Login goes to the home page | high · Alice Wang',
          'Bob Li | 2', '  BAD-002  No priority | Bob Li', '  PORTAL-002  Password reset by e-mail | medium · Bob Li',
          'Carol Chen | 2', '  BAD-005  Invalid priority value | urgent · Carol Chen', '  PORTAL-003  Log out from every page | low · Carol Chen',
          'mallory | 1', '  BAD-004  Owner not in the roster | medium · mallory',
          '(none) | 1', '  BAD-001  No owner | high',
        ],
        priority: [
          'high | 2', '  BAD-001  No owner | high', '  PORTAL-001  Login goes to the home page | high · Alice Wang',
          'medium | 2', '  BAD-004  Owner not in the roster | medium · mallory', '  PORTAL-002  Password reset by e-mail | medium · Bob Li',
          'low | 2', '  BAD-003  Links to an unknown ID | low · Alice Wang', '  PORTAL-003  Log out from every page | low · Carol Chen',
          'urgent | 1', '  BAD-005  Invalid priority value | urgent · Carol Chen',
          '(none) | 1', '  BAD-002  No priority | Bob Li',
        ],
        milestone: ['(none) | 8', ...BAD_LINES, ...PORTAL_LINES],
      };
      for (const [groupBy, lines] of Object.entries(expected)) {
        await tree.setGroupBy(groupBy as keyof typeof expected);
        assert.deepEqual(outline(tree), lines, `grouped by ${groupBy}`);
      }
    });

    test('status icons, and problem badges through a reqdesk-problems URI; the view badge counts requirements with problems', async () => {
      const api = await activated();
      const tree = api.trees.requirements;
      const items = tree.getChildren().flatMap((group) => tree.getChildren(group)).map((e) => tree.getTreeItem(e));
      const summary = items.map((item) => `${String(item.label).split('  ')[0]} ${(item.iconPath as vscode.ThemeIcon).id} ${item.resourceUri?.toString() ?? '-'}`);
      assert.deepEqual(summary, [
        'PORTAL-001 sync -',
        'PORTAL-002 circle-outline -',
        'PORTAL-003 pass -',
        'BAD-001 question reqdesk-problems:/0/1',
        'BAD-002 question reqdesk-problems:/0/1',
        'BAD-003 question reqdesk-problems:/0/1',
        'BAD-004 question reqdesk-problems:/0/1',
        'BAD-005 question reqdesk-problems:/1/0',
      ]);
      assert.equal(api.trees.requirementsView.badge?.value, 5);
      assert.equal(api.trees.requirementsView.badge?.tooltip, '5 requirements with problems');
    });

    test('reqdesk.groupBy offers the five groupings with the current one marked, and remembers the choice', async () => {
      const api = await activated();
      let offered: string[] = [];
      const restore = stubWindow('showQuickPick', async (items: readonly (vscode.QuickPickItem & { groupBy: string })[]) => {
        offered = items.map((i) => `${i.label}${i.description ? ` (${i.description})` : ''}`);
        return items.find((i) => i.groupBy === 'owner');
      });
      try {
        await vscode.commands.executeCommand('reqdesk.groupBy');
      } finally {
        restore();
      }
      assert.deepEqual(offered, ['$(check) Document (current)', '$(pass) Status', '$(person) Owner', '$(flame) Priority', '$(milestone) Milestone']);
      assert.equal(api.trees.requirements.groupBy, 'owner', 'the choice is stored in the workspace state');
      assert.deepEqual(outline(api.trees.requirements).filter((l) => !l.startsWith(' ')), ['Alice Wang | 2', 'Bob Li | 2', 'Carol Chen | 2', 'mallory | 1', '(none) | 1']);
    });

    test('filter: text and ticked owners (by name) narrow the tree, the view says so, reqdesk.filtered is set; clear restores', async () => {
      const api = await activated();
      const tree = api.trees.requirements;
      let pick: FakeQuickPick | undefined;
      const setOn = await contextKeysSetBy(async () => {
        pick = await filterWith((p) => {
          p.value = 'log';
        });
      });
      assert.deepEqual(pick?.choices(), [
        'Alice Wang (2 · alice)', 'Bob Li (2 · bob)', 'Carol Chen (2 · carol)', 'mallory (1 · not in the roster)', '(no owner) (1)',
        'new (1)', 'in-progress (1)', 'done (1)', '(no status) (5)',
      ], 'owners by name (id or "not in the roster" beside the count) and statuses in use, with counts');
      assert.deepEqual(setOn, { 'reqdesk.filtered': true });
      assert.deepEqual(outline(tree), [
        'Customer portal | portal.req.yaml · 2',
        '  PORTAL-001  Login goes to the home page | high · Alice Wang',
        '  PORTAL-003  Log out from every page | low · Carol Chen',
      ]);
      assert.equal(api.trees.requirementsView.description, 'Filtered: "log"');

      // The second time the quick pick opens with the filter as it is; tick an owner too.
      await filterWith((p) => {
        assert.equal(p.value, 'log', 'the current text is prefilled');
        p.tick('Carol Chen');
      });
      assert.deepEqual(outline(tree), ['Customer portal | portal.req.yaml · 1', '  PORTAL-003  Log out from every page | low · Carol Chen']);
      assert.equal(api.trees.requirementsView.description, 'Filtered: "log" · Carol Chen');

      // The filter stays when the index changes; the tree follows the grouping too.
      await tree.setGroupBy('status');
      assert.deepEqual(outline(tree), ['done | 1', '  PORTAL-003  Log out from every page | low · Carol Chen']);

      const setOff = await contextKeysSetBy(() => vscode.commands.executeCommand('reqdesk.clearFilter'));
      assert.deepEqual(setOff, { 'reqdesk.filtered': false });
      assert.equal(api.trees.requirementsView.description, undefined);
      assert.equal(outline(tree).filter((l) => !l.startsWith(' ')).length, 4, 'every status group is back');
    });

    test('a filter that matches nothing says so in the view', async () => {
      const api = await activated();
      await filterWith((p) => {
        p.value = 'no such requirement';
      });
      assert.deepEqual(api.trees.requirements.getChildren(), []);
      assert.equal(api.trees.requirementsView.message, 'No requirements match the filter.');
      await filterWith((p) => {
        p.value = '';
        p.tick('mallory', '(no owner)');
      });
      assert.equal(api.trees.requirementsView.message, undefined);
      assert.deepEqual(outline(api.trees.requirements), [
        'Known problems | bad.req.yaml · 2', '  BAD-001  No owner | high', '  BAD-004  Owner not in the roster | medium · mallory',
      ]);
    });

    test('the requirement tooltip escapes requirement text and trusts nothing', async () => {
      const tree = await requirementsTree();
      const [portal] = tree.getChildren();
      const [first] = tree.getChildren(portal);
      const item = tree.getTreeItem(first);
      const tooltip = tree.resolveTreeItem(item, first).tooltip;
      assert.ok(tooltip instanceof vscode.MarkdownString);
      assert.equal(tooltip.value, '**PORTAL-001** Login goes to the home page\n\nStatus: in-progress · Priority: high · Owner: Alice Wang (alice)\n\n' +
        'Discussed in 3 records, last 2026-12-03 Acme asks for single sign-on');
      assert.equal(tooltip.isTrusted, false);
      assert.equal(tooltip.supportHtml, false);
    });
  });

  suite('reveal', () => {
    const portal = (): vscode.Uri => fixtureUri(FIXTURE_FILES.portal);
    let original: Uint8Array | undefined;

    teardown(async () => {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      if (original) {
        await writeText(portal(), new TextDecoder().decode(original));
        const api = await activated();
        await waitUntil('portal.req.yaml back to 3 requirements', () => api.index.get(portal().toString())?.requirements.length === 3, DEADLINE_MS);
        original = undefined;
      }
    });

    test('clicking a requirement opens its file with the ID selected', async () => {
      const tree = await requirementsTree();
      const [portalDoc] = tree.getChildren();
      const second = tree.getChildren(portalDoc)[1];
      const command = (tree.getTreeItem(second)).command;
      assert.equal(command?.command, 'reqdesk.revealRequirement');
      assert.deepEqual(command?.arguments?.slice(0, 2), [portal().toString(), 'PORTAL-002']);
      await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
      const editor = vscode.window.activeTextEditor;
      assert.equal(editor?.document.uri.toString(), portal().toString());
      // line 11 is `  - id: PORTAL-002`: the ID's value is characters 8-18.
      assert.deepEqual(editor?.selection, new vscode.Selection(11, 8, 11, 18));
    });

    test('the range is read from the index when clicked, not when the tree was drawn; a tree element works too', async () => {
      const api = await activated();
      const tree = api.trees.requirements;
      const [portalDoc] = tree.getChildren();
      const third = tree.getChildren(portalDoc)[2];
      const command = (tree.getTreeItem(third)).command;
      assert.ok(command);

      original = await vscode.workspace.fs.readFile(portal());
      const text = new TextDecoder().decode(original);
      await writeText(portal(), text.replace('requirements:\n', 'requirements:\n  - id: PORTAL-000\n    title: Inserted above\n'));
      await waitUntil('the index to see the inserted requirement', () => api.index.get(portal().toString())?.requirements.length === 4, DEADLINE_MS);

      await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
      const moved = valueRange(api.index.requirementsWithId('PORTAL-003')[0], 'id');
      assert.ok(moved);
      assert.deepEqual(vscode.window.activeTextEditor?.selection, new vscode.Selection(19, 8, 19, 18), 'two lines further down than drawn');
      assert.deepEqual(vscode.window.activeTextEditor?.selection, new vscode.Selection(moved.start.line, moved.start.character, moved.end.line, moved.end.character));

      await vscode.commands.executeCommand('reqdesk.revealRequirement', tree.getChildren(portalDoc)[0]);
      assert.deepEqual(vscode.window.activeTextEditor?.selection, new vscode.Selection(8, 8, 8, 18), 'PORTAL-001, from the element');
    });
  });

  suite('following the index', () => {
    const extra = (): vscode.Uri => fixtureUri('requirements/extra-trees.req.yaml');
    const extraCr = (): vscode.Uri => fixtureUri('changes/CR-0099.cr.yaml');

    teardown(async () => {
      const api = await activated();
      for (const uri of [extra(), extraCr()]) {
        await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
      }
      await waitUntil('the extra files to leave the index', () => !api.index.has(extra().toString()) && !api.index.has(extraCr().toString()), DEADLINE_MS);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    });

    test('a new requirements file appears in the tree from the index event, with its text escaped in the tooltip', async () => {
      const api = await activated();
      const tree = api.trees.requirements;
      await writeText(extra(), [
        'document:',
        '  prefix: EXTRA',
        '  title: Added by the test',
        'requirements:',
        '  - id: EXTRA-10',
        '    title: Ten',
        '    priority: low',
        '    owner: bob',
        '  - id: EXTRA-2',
        '    title: "[click](command:workbench.action.quit) <b>bold</b>"',
        '    priority: high',
        '    owner: alice',
        '    status: new',
        '',
      ].join('\n'));
      await waitUntil('the new document in the tree', () => outline(tree).some((l) => l.startsWith('Added by the test')), DEADLINE_MS);
      assert.deepEqual(outline(tree).slice(0, 3), [
        'Added by the test | extra-trees.req.yaml · 2',
        '  EXTRA-2  [click](command:workbench.action.quit) <b>bold</b> | high · Alice Wang',
        '  EXTRA-10  Ten | low · Bob Li',
      ]);
      const [doc] = tree.getChildren();
      const [hostile] = tree.getChildren(doc);
      const item = tree.getTreeItem(hostile);
      const tooltip = tree.resolveTreeItem(item, hostile).tooltip;
      assert.ok(tooltip instanceof vscode.MarkdownString);
      assert.equal(
        tooltip.value.split('\n')[0],
        '**EXTRA-2** \\[click\\]\\(command:workbench.action.quit) \\<b>bold\\</b>',
        'no link, no command, no HTML',
      );
    });

    test('past a thousand requirements the groups start collapsed (VS Code would ship every item at once), and expand again below', async () => {
      const api = await activated();
      const tree = api.trees.requirements;
      const many = Array.from({ length: 1_000 }, (_, i) => `  - { id: MANY-${i + 1}, title: Item ${i + 1}, priority: low, owner: bob }`);
      await writeText(extra(), ['document:', '  prefix: MANY', '  title: Many', 'requirements:', ...many, ''].join('\n'));
      const documentItems = (): vscode.TreeItem[] => tree.getChildren().map((element) => tree.getTreeItem(element));
      await waitUntil('the large document in the tree', () => documentItems().some((item) => item.label === 'Many'), DEADLINE_MS);
      const items = documentItems();
      assert.ok(items.length > 1);
      for (const item of items) {
        assert.equal(item.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed, String(item.label));
        assert.match(item.id ?? '', /^document:.*:collapsed$/, 'another id, so that VS Code does not keep the expansion of the small tree');
      }
      await vscode.workspace.fs.delete(extra());
      await waitUntil('the large document to leave the tree', () => !documentItems().some((item) => item.label === 'Many'), DEADLINE_MS);
      assert.deepEqual(documentItems().map((item) => [item.collapsibleState, item.id?.endsWith(':collapsed')]), documentItems().map(() => [vscode.TreeItemCollapsibleState.Expanded, false]));
    });

    test('an unsaved edit of a document (WorkspaceEdit) updates its count', async () => {
      const api = await activated();
      const tree = api.trees.requirements;
      const portal = fixtureUri(FIXTURE_FILES.portal);
      const document = await vscode.workspace.openTextDocument(portal);
      const edit = new vscode.WorkspaceEdit();
      edit.insert(portal, new vscode.Position(document.lineCount, 0), '  - id: PORTAL-004\n    title: Added unsaved\n    priority: low\n    owner: bob\n');
      assert.ok(await vscode.workspace.applyEdit(edit));
      try {
        await waitUntil('portal.req.yaml to count 4', () => outline(tree)[0] === 'Customer portal | portal.req.yaml · 4', DEADLINE_MS);
        assert.equal(outline(tree)[4], '  PORTAL-004  Added unsaved | low · Bob Li');
      } finally {
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('workbench.action.files.revert');
        await waitUntil('portal.req.yaml back to 3', () => outline(tree)[0] === 'Customer portal | portal.req.yaml · 3', DEADLINE_MS);
      }
    });

    test('change requests: by status in workflow order, expandable to affected requirements, unknown IDs flagged', async () => {
      const api = await activated();
      const tree = await changeRequestsTree();
      const approvedOnly = (): string => outline(tree).join('\n');
      assert.equal(approvedOnly(), ['approved | 1', '  CR-0001  Support single sign-on | Bob Li (Acme)'].join('\n'));
      const [approved] = tree.getChildren();
      const [cr] = tree.getChildren(approved);
      const crItem = tree.getTreeItem(cr);
      assert.equal(crItem.contextValue, 'changeRequest:approved');
      assert.equal((cr as { changeRequest?: { id: string } }).changeRequest?.id, 'CR-0001');
      assert.equal(crItem.collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
      assert.equal(crItem.command?.command, 'vscode.open');
      assert.equal(crItem.resourceUri?.toString(), fixtureUri(FIXTURE_FILES.changeRequest).toString(), 'decorated with the file\'s problems');
      assert.deepEqual(tree.getChildren(cr).map((e) => line(tree, e)), ['PORTAL-001  Login goes to the home page']);

      await writeText(extraCr(), [
        'id: CR-0099',
        'title: Bigger buttons',
        'status: submitted',
        'requested_by: Carol (Acme)',
        'affects: [PORTAL-002, NOPE-001]',
        'reason: "*Everyone* asks: see <https://example.com>"',
        '',
      ].join('\n'));
      await waitUntil('CR-0099 in the tree', () => outline(tree).length === 4, DEADLINE_MS);
      assert.deepEqual(outline(tree), [
        'submitted | 1',
        '  CR-0099  Bigger buttons | Carol (Acme)',
        'approved | 1',
        '  CR-0001  Support single sign-on | Bob Li (Acme)',
      ]);
      const [submitted] = tree.getChildren();
      const [newCr] = tree.getChildren(submitted);
      const affected = tree.getChildren(newCr);
      assert.deepEqual(affected.map((e) => line(tree, e)), ['PORTAL-002  Password reset by e-mail', 'NOPE-001 | unknown']);
      const unknown = tree.getTreeItem(affected[1]);
      assert.equal((unknown.iconPath as vscode.ThemeIcon).id, 'warning');
      assert.equal(unknown.command, undefined, 'nothing to reveal');
      const known = tree.getTreeItem(affected[0]);
      assert.deepEqual(known.command?.arguments?.slice(0, 2), [fixtureUri(FIXTURE_FILES.portal).toString(), 'PORTAL-002']);

      const newItem = tree.getTreeItem(newCr);
      const tooltip = tree.resolveTreeItem(newItem, newCr).tooltip;
      assert.ok(tooltip instanceof vscode.MarkdownString);
      assert.ok(tooltip.value.includes('\\*Everyone\\* asks: see \\<https:\\//example.com>'), tooltip.value);
      assert.equal(tooltip.isTrusted, false);
      assert.ok(api.index.has(extraCr().toString()));
    });
  });
});
