// Overdue work in a real VS Code, as of a fixed day: the runner sets REQDESK_TODAY=2026-12-07 for the extension
// host (scripts/vscodeTest/runExtensionTests.js), and the reqdesk.today setting moves it.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { RequirementTreeElement } from '../../src/extension/requirements/requirementTreeElements';
import { activated, createFile, deleteFile, waitUntil } from './editTestSupport';

const LATE = [
  'document:',
  '  prefix: LATE',
  '  title: Late work',
  'requirements:',
  '  - id: LATE-001',
  '    title: Started, past due',
  '    priority: high',
  '    owner: alice',
  '    status: in-progress',
  '    due: 2026-11-20',
  '  - id: LATE-002',
  '    title: Done, past due',
  '    priority: high',
  '    owner: alice',
  '    status: done',
  '    due: 2026-11-20',
  '  - id: LATE-003',
  '    title: Due today',
  '    priority: low',
  '    owner: bob',
  '    status: new',
  '    due: 2026-12-07',
  '',
].join('\n');

/** Information diagnostics of the overdue rule, as `line:col message`. */
function overdueDiagnostics(uri: vscode.Uri): string[] {
  return vscode.languages.getDiagnostics(uri)
    .filter((d) => d.code === 'overdue')
    .map((d) => `${d.range.start.line}:${d.range.start.character}-${d.range.end.character} ${d.severity === vscode.DiagnosticSeverity.Information ? 'info' : 'other'} ${d.message}`);
}

async function requirementItems(): Promise<Map<string, vscode.TreeItem>> {
  const tree = (await activated()).trees.requirements;
  const items = new Map<string, vscode.TreeItem>();
  const visit = (element?: RequirementTreeElement): void => {
    for (const child of tree.getChildren(element)) {
      // The extension's classes come from its bundle, not from out/: told apart by what the element carries.
      const { requirement } = child as { requirement?: { id: string } };
      if (requirement) {
        items.set(requirement.id, tree.resolveTreeItem(tree.getTreeItem(child), child));
      } else {
        visit(child);
      }
    }
  };
  visit();
  return items;
}

function iconId(item: vscode.TreeItem | undefined): string | undefined {
  return item?.iconPath instanceof vscode.ThemeIcon ? item.iconPath.id : undefined;
}

async function setToday(value: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('reqdesk').update('today', value, vscode.ConfigurationTarget.Workspace);
}

suite('Overdue work', () => {
  let uri: vscode.Uri | undefined;

  teardown(async () => {
    const api = await activated();
    await setToday(undefined);
    await waitUntil('today to return to the runner’s 2026-12-07', () => api.index.today === '2026-12-07');
    if (uri) {
      await deleteFile(api, uri);
      uri = undefined;
    }
  });

  test('as of the fixed day: an information finding on the due date, the tree, the hover and the status bar say overdue by N days', async () => {
    const api = await activated();
    assert.equal(api.index.today, '2026-12-07', 'REQDESK_TODAY from the test runner');
    uri = await createFile(api, 'requirements/late.req.yaml', LATE);
    const expected = ["9:9-19 info Overdue by 17 days: due 2026-11-20, status 'in-progress'."];
    await waitUntil('the overdue diagnostic', () => overdueDiagnostics(uri as vscode.Uri).length > 0).catch(() => undefined);
    assert.deepEqual(overdueDiagnostics(uri), expected, 'done is never overdue; due today is not overdue yet');

    await waitUntil('the tree to show LATE-001', async () => (await requirementItems()).has('LATE-001'));
    const items = await requirementItems();
    assert.equal(items.get('LATE-001')?.description, 'high · Alice Wang · overdue by 17 days');
    assert.equal(iconId(items.get('LATE-001')), 'clock');
    assert.equal(items.get('LATE-002')?.description, 'high · Alice Wang');
    assert.equal(iconId(items.get('LATE-002')), 'pass', 'a done requirement keeps its status icon');
    assert.equal(items.get('LATE-003')?.description, 'low · Bob Li');
    const tooltip = items.get('LATE-001')?.tooltip;
    assert.ok(tooltip instanceof vscode.MarkdownString && tooltip.value.includes('2026-11-20 (overdue by 17 days)'), String(tooltip instanceof vscode.MarkdownString ? tooltip.value : tooltip));

    const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(4, 12))) ?? [];
    const hover = hovers.flatMap((h) => h.contents).map((c) => (c instanceof vscode.MarkdownString ? c.value : '')).join('\n');
    assert.ok(hover.includes('Due: 2026-11-20 · **overdue by 17 days**'), hover);

    await waitUntil(`the status bar to count it (now "${api.statusBar.text}")`, () => api.statusBar.text.endsWith(' $(clock) 1')).catch(() => undefined);
    assert.match(api.statusBar.text, / \$\(clock\) 1$/);
    assert.match(api.statusBar.tooltip, /\n1 overdue requirement\(s\)$/);
  });

  test('a new day (the reqdesk.today setting) re-judges every requirement without an edit', async () => {
    const api = await activated();
    uri = await createFile(api, 'requirements/late.req.yaml', LATE);
    await waitUntil('the first judgement', () => overdueDiagnostics(uri as vscode.Uri).length === 1);
    await setToday('2026-12-09');
    const expected = [
      "9:9-19 info Overdue by 19 days: due 2026-11-20, status 'in-progress'.",
      "21:9-19 info Overdue by 2 days: due 2026-12-07, status 'new'.",
    ];
    await waitUntil('the findings as of 2026-12-09', () => overdueDiagnostics(uri as vscode.Uri).length === 2).catch(() => undefined);
    assert.deepEqual(overdueDiagnostics(uri), expected);
    await waitUntil('the tree as of 2026-12-09', async () => (await requirementItems()).get('LATE-003')?.description === 'low · Bob Li · overdue by 2 days');
    assert.equal((await requirementItems()).get('LATE-001')?.description, 'high · Alice Wang · overdue by 19 days');
    await waitUntil(`the status bar to count both (now "${api.statusBar.text}")`, () => api.statusBar.text.endsWith(' $(clock) 2'));
  });
});
