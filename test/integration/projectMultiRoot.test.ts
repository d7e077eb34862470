// The Project Overview and the Status Report in a multi-root workspace (test/fixtures/multi-root: folders alpha
// and beta, each with its own reqdesk.yaml; beta's requirements name milestone M1). Runs only there, like
// multiRoot.test.ts: the overview shows the first folder's project and offers the other in a picker whose choice
// is remembered; the Status Report asks which project.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { computeProjectState } from '../../src/core/project/computeProjectState';
import type { ReqDeskApi } from '../../src/extension/extension';
import type { OverviewPanel } from '../../src/extension/project/overviewPanel';
import type { OverviewStateMessage } from '../../src/shared/overviewProtocol';
import { activated, diskText, ScriptedPrompts, waitUntil } from './editTestSupport';

/** `folder/path` inside the workspace folder named `folder`. */
function folderUri(relative: string): vscode.Uri {
  const [name, ...rest] = relative.split('/');
  const folder = vscode.workspace.workspaceFolders?.find((f) => f.name === name);
  assert.ok(folder, `workspace folder ${name} is open`);
  return vscode.Uri.joinPath(folder.uri, ...rest);
}

/** Opens the overview and returns what its page is sent once it says ready (as a shown page does). */
async function openedOverview(api: ReqDeskApi): Promise<{ panel: OverviewPanel; next: (what: string, test: (m: OverviewStateMessage) => boolean) => Promise<OverviewStateMessage> }> {
  await vscode.commands.executeCommand('reqdesk.openOverview');
  const panel = api.project.overview;
  assert.ok(panel, 'the overview is open');
  const posted: OverviewStateMessage[] = [];
  panel.onDidPost((message) => posted.push(message));
  const next = async (what: string, test: (m: OverviewStateMessage) => boolean): Promise<OverviewStateMessage> => {
    await waitUntil(what, () => posted.some(test));
    const found = posted.find(test);
    assert.ok(found);
    posted.splice(0);
    return found;
  };
  await panel.receive({ type: 'ready' });
  return { panel, next };
}

suite('Project Overview and Status Report in a multi-root workspace', () => {
  let api: ReqDeskApi;
  let alpha: string;
  let beta: string;

  suiteSetup(async function () {
    if ((vscode.workspace.workspaceFolders?.length ?? 0) < 2) {
      this.skip(); // the single-folder fixture run; the multi-root run opens the .code-workspace
    }
    api = await activated();
    alpha = folderUri('alpha/reqdesk.yaml').toString();
    beta = folderUri('beta/reqdesk.yaml').toString();
    await waitUntil('both folders are indexed', () => api.index.requirements().length >= 6);
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the overview shows the first folder\'s project, offers both in a picker and remembers the choice', async () => {
    const first = await openedOverview(api);
    const shown = await first.next('the first state', () => true);
    assert.deepEqual(shown.projects, [{ key: alpha, label: 'alpha/reqdesk.yaml' }, { key: beta, label: 'beta/reqdesk.yaml' }]);
    assert.equal(shown.project, alpha);
    assert.deepEqual(shown.state, computeProjectState(api.index, alpha, api.index.today));
    assert.deepEqual(shown.state.milestones, [], 'alpha names no milestone');

    await first.panel.receive({ type: 'chooseProject', key: beta });
    const chosen = await first.next('beta\'s state', (m) => m.project === beta);
    assert.deepEqual(chosen.state, computeProjectState(api.index, beta, api.index.today));
    assert.deepEqual(chosen.state.milestones.map((m) => `${m.id} ${m.done}/${m.total}`), ['M1 0/2']);
    const tree = api.project.project;
    const milestones = tree.getChildren(tree.getChildren()[0]).map((m) => tree.getTreeItem(m).label);
    assert.deepEqual(milestones, ['M1'], 'the Project view follows the choice');

    // Only an indexed reqdesk.yaml is a project to choose.
    await first.panel.receive({ type: 'chooseProject', key: vscode.Uri.file('/etc/reqdesk.yaml').toString() });
    await first.panel.receive({ type: 'ready' });
    assert.equal((await first.next('the state again', () => true)).project, beta);

    first.panel.dispose();
    const again = await openedOverview(api);
    assert.equal((await again.next('the reopened state', () => true)).project, beta, 'the choice is kept in the workspace state');
    await again.panel.receive({ type: 'chooseProject', key: alpha });
    await again.next('alpha again', (m) => m.project === alpha);
    again.panel.dispose();
  });

  test('Status Report asks which project and reports on that one, saved in its folder by default', async () => {
    const prompts = new ScriptedPrompts();
    try {
      const target = folderUri('beta/tmp-status/status.md');
      prompts.pick('beta/reqdesk.yaml').pick('Markdown').save(target);
      await vscode.commands.executeCommand('reqdesk.statusReport');
      prompts.assertAllAnswered();
      assert.deepEqual(prompts.picks.map((p) => [p.options?.placeHolder, ...p.items.map((i) => i.label)]),
        [['Which project?', 'alpha/reqdesk.yaml', 'beta/reqdesk.yaml'], ['Which format?', 'Markdown', 'HTML']]);
      assert.equal(prompts.saveDialogs[0]?.defaultUri?.toString(), folderUri(`beta/status-report-${api.index.today}.md`).toString());
      const text = await diskText(target);
      assert.ok(text.includes('\n| M1 |  |  | 0 of 2 |  |\n'), text);
    } finally {
      prompts.restore();
      await vscode.workspace.fs.delete(folderUri('beta/tmp-status'), { recursive: true, useTrash: false }).then(undefined, () => undefined);
    }
  });
});
