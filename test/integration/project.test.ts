// The Project view and the Project Overview in a real VS Code on the fixture workspace, as of REQDESK_TODAY: the
// view's children are the core's project state (milestones with done of total and due, risks, documents), and
// Open Project Overview opens one panel whose page draws the state and opens only the places it shows.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { computeProjectState } from '../../src/core/project/computeProjectState';
import { settingsScopes } from '../../src/core/project/projectScope';
import type { ReqDeskApi } from '../../src/extension/extension';
import { activated, waitUntil, workspaceUri } from './editTestSupport';

/** The suite's own files, written for it and removed after it, so other suites' counts stay as they are. */
const FILES: Readonly<Record<string, string>> = {
  'project-suite/suite.req.yaml': 'document:\n  prefix: PRJ\n  title: Project suite\nrequirements:\n  - id: PRJ-001\n    title: Late one\n    status: new\n    priority: high\n    owner: alice\n    milestone: M9\n    due: 2026-11-01\n  - id: PRJ-002\n    title: Done one\n    status: done\n    priority: low\n    owner: bob\n    milestone: M9\n',
  'project-suite/suite.risks.yaml': 'risks:\n  - id: RISK-901\n    title: "<img src=x onerror=alert(1)>"\n    probability: 4\n    impact: 3\n    owner: alice\n    status: open\n',
};

suite('Project view and overview', () => {
  let api: ReqDeskApi;

  suiteSetup(async () => {
    api = await activated();
    for (const [path, text] of Object.entries(FILES)) {
      await vscode.workspace.fs.writeFile(workspaceUri(path), new TextEncoder().encode(text));
    }
    await waitUntil('the suite\'s files are indexed', () => api.index.risksWithId('RISK-901').length === 1 && api.index.requirementsWithId('PRJ-002').length === 1);
    await waitUntil('the Project view has the milestone', () => coreState().milestones.some((m) => m.id === 'M9'));
  });

  suiteTeardown(async () => {
    await vscode.workspace.fs.delete(workspaceUri('project-suite'), { recursive: true });
    await waitUntil('the suite\'s files are gone from the index', () => api.index.risksWithId('RISK-901').length === 0 && api.index.requirementsWithId('PRJ-001').length === 0);
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  function coreState(): ReturnType<typeof computeProjectState> {
    return computeProjectState(api.index, settingsScopes(api.index)[0], api.index.today);
  }

  test('the Project view lists milestones, risks and documents of the project state', () => {
    const tree = api.project.project;
    const sections = tree.getChildren();
    assert.deepEqual(sections.map((s) => tree.getTreeItem(s).label), ['Milestones', 'Risks', 'Documents']);
    const state = coreState();
    assert.ok(state.milestones.some((m) => m.id === 'M9' && m.done === 1 && m.total === 2), 'the suite names milestone M9');
    const milestones = tree.getChildren(sections[0]);
    assert.deepEqual(milestones.map((m) => tree.getTreeItem(m).description),
      state.milestones.map((m) => `${m.done}/${m.total} done · ${m.due ? `due ${m.due}` : 'no due date'}`));
    assert.deepEqual(milestones.map((m) => tree.getTreeItem(m).label), state.milestones.map((m) => (m.title ? `${m.id} ${m.title}` : m.id)));
    // A declared milestone opens reqdesk.yaml at its entry; one only requirements name (M9) opens nothing.
    const opens = milestones.map((m) => tree.getTreeItem(m).command?.arguments as [vscode.Uri, { selection: vscode.Range }] | undefined);
    assert.deepEqual(opens.map((args) => args && [args[0].toString(), args[1].selection.start.line]), state.milestones.map((m) => m.place && [m.place.file, m.place.line]));
    assert.equal(tree.getTreeItem(sections[1]).description, String(state.risks.all.length));
    const [open] = tree.getChildren(sections[1]);
    assert.equal(tree.getTreeItem(open).label, 'open');
    const risk = tree.getChildren(open).map((r) => tree.getTreeItem(r)).find((item) => item.label === 'RISK-901 <img src=x onerror=alert(1)>');
    assert.ok(risk, 'the hostile title is the label, as written');
    assert.equal(risk.description, 'score 12 · alice');
    assert.equal(risk.command?.command, 'vscode.open');
    assert.equal(tree.getTreeItem(sections[2]).description, String(state.documents.length));
  });

  test('Open Project Overview opens one panel; the page draws the state and opens only the places it shows', async () => {
    await vscode.commands.executeCommand('reqdesk.openOverview');
    const panel = api.project.overview;
    assert.ok(panel, 'the overview is open');
    const posted: unknown[] = [];
    const subscription = panel.onDidPost((message) => posted.push(message));
    try {
      // The page says ready and the host posts the state; simulate a second ready (a shown-again page) to capture it.
      await panel.receive({ type: 'ready' });
      await waitUntil('the state is posted', () => posted.length > 0);
      const message = posted[0] as { type: string; state: ReturnType<typeof computeProjectState>; strings: Record<string, string> };
      assert.equal(message.type, 'state');
      assert.deepEqual(message.state, coreState());
      assert.equal(message.strings.risksTitle, 'Risks');

      await vscode.commands.executeCommand('reqdesk.openOverview');
      assert.equal(api.project.overview, panel, 'a second call reveals the same panel');

      const overdue = message.state.overdueRequirements[0];
      assert.equal(overdue?.id, 'PRJ-001');
      await panel.receive({ type: 'open', file: overdue.place.file, line: overdue.place.line });
      await waitUntil('the requirement is open', () => vscode.window.activeTextEditor?.document.uri.toString() === overdue.place.file);
      assert.equal(vscode.window.activeTextEditor?.selection.active.line, overdue.place.line);

      await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
      const before = vscode.window.visibleTextEditors.length;
      await panel.receive({ type: 'open', file: overdue.place.file, line: overdue.place.line + 1_000 });
      await panel.receive({ type: 'open', file: vscode.Uri.file('/etc/hostname').toString(), line: 0 });
      assert.equal(vscode.window.visibleTextEditors.length, before, 'a place the state does not show is not opened');
    } finally {
      subscription.dispose();
    }
  });
});
