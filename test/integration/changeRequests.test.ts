// Change-request control in a real VS Code: filing a request through the guided multi-step input, walking a
// request through assess → approve → implement → verify by the workflow commands (from a tree item, a
// CodeLens's URI and the palette's active editor), the menus offering only valid steps, refusals and conflicts
// that write nothing, who is recorded, the change log, the details page and the quick fixes. The user's answers
// are scripted at the vscode.window boundary: showInputBox/showQuickPick (ScriptedPrompts) for the transition
// prompts, createInputBox/createQuickPick (ScriptedQuickInputs) for the multi-step input with its Back button.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { fieldsFingerprint, requirementFingerprint } from '../../src/core/changeRequests/requirementFingerprint';
import { availableTransitions, CHANGE_REQUEST_STATUSES, TRANSITION_IDS, type TransitionId } from '../../src/core/changeRequests/workflow';
import type { ReqDeskApi } from '../../src/extension/extension';
import type { ChangeRequestTreeElement } from '../../src/extension/changeRequests/changeRequestsTreeProvider';
import { editorClock } from '../../src/extension/support/editorClock';
import {
  activated, createFile, deleteFile, diskText, FixtureFiles, gitUserConfig, labels, liveText, ScriptedPrompts, useGitUser, waitUntil, workspaceUri,
} from './editTestSupport';
import { FIXTURE_FILES } from './fixtureExpectations';
import { ScriptedQuickInputs } from './quickInputScript';

const { portal: PORTAL, changeRequest: CR_0001 } = FIXTURE_FILES;

const COMMANDS = {
  assess: 'reqdesk.assessChangeRequest',
  approve: 'reqdesk.approveChangeRequest',
  reject: 'reqdesk.rejectChangeRequest',
  withdraw: 'reqdesk.withdrawChangeRequest',
  reopen: 'reqdesk.reopenChangeRequest',
  implement: 'reqdesk.implementChangeRequest',
  reassess: 'reqdesk.reassessChangeRequest',
  verify: 'reqdesk.verifyChangeRequest',
  signOff: 'reqdesk.recordCustomerSignoff',
} as const;

/** A submitted request for the lifecycle: it proposes a new title and priority for PORTAL-002. */
const SUBMITTED = [
  '# Written by changeRequests.test.ts: comments must survive every step.',
  'id: CR-0050',
  'title: Reset passwords by SMS',
  'status: submitted # set by ReqDesk',
  'requested_by: Bob Li (Acme)',
  'requested_on: 2026-11-20',
  'channel: email',
  'affects: [PORTAL-002]',
  'proposed:',
  '  PORTAL-002:',
  '    title: Password reset by e-mail or SMS',
  '    priority: high # was medium',
  'history:',
  '  - { on: 2026-11-20T09:12:00Z, by: alice, action: submitted }',
  '',
].join('\n');

/**
 * History times written now are replaced by `<now>` (checked to lie between `since` and the call). Times come from
 * the extension's clock, whose day the runner fixes (the time of day stays real).
 */
function withNow(text: string, since: string): string {
  const until = new Date(editorClock().now().getTime() + 1_000).toISOString().slice(0, 19);
  return text.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z/g, (time) => (time.slice(0, 19) >= since && time.slice(0, 19) <= until ? '<now>' : time));
}

/** The same for the details page, which shows times as `2026-11-20 09:12:00 UTC`. */
function detailsWithNow(text: string, since: string): string {
  return text.replace(/(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2}) UTC/g, (time, y, mo, d, h, mi, sec) =>
    withNow(`${y}-${mo}-${d}T${h}:${mi}:${sec}Z`, since) === '<now>' ? '<now>' : time);
}

/** A many-item quick pick accepted as it opened: the items it pre-picked. */
function pickedAsShown(items: readonly vscode.QuickPickItem[]): vscode.QuickPickItem {
  return items.filter((i) => i.picked) as unknown as vscode.QuickPickItem;
}

function nowSeconds(): string {
  return new Date(editorClock().now().getTime() - 1_000).toISOString().slice(0, 19);
}

suite('Change requests', () => {
  let api: ReqDeskApi;
  let fixtures: FixtureFiles;
  let prompts: ScriptedPrompts;
  let steps: ScriptedQuickInputs;
  /** Files a test created: saved, closed and deleted in teardown. */
  let created: vscode.Uri[];
  let restoreGit: () => void;

  /** The Change Requests tree's element for a request, once the tree shows it with `contextValue`. */
  async function treeElement(id: string, contextValue?: string): Promise<ChangeRequestTreeElement & { changeRequest: { id: string } }> {
    const tree = api.trees.changeRequests;
    const find = (): (ChangeRequestTreeElement & { changeRequest: { id: string } }) | undefined => {
      for (const group of tree.getChildren()) {
        for (const element of tree.getChildren(group)) {
          if ('changeRequest' in element && element.changeRequest.id === id && (contextValue === undefined || element.contextValue === contextValue)) {
            return element;
          }
        }
      }
      return undefined;
    };
    await waitUntil(`the tree to show ${id}${contextValue ? ` as ${contextValue}` : ''}`, () => find() !== undefined);
    const element = find();
    assert.ok(element);
    return element;
  }

  /** Waits until the index has read the buffer's text (the commands' pre-checks ask the live text, the tree the index). */
  async function indexed(relative: string, status: string): Promise<void> {
    const uri = workspaceUri(relative);
    await waitUntil(`the index to see ${relative} as ${status}`, () => api.index.get(uri.toString())?.changeRequest?.data.status === status);
  }

  async function createRequest(relative: string, text: string): Promise<vscode.Uri> {
    const uri = await createFile(api, relative, text);
    created.push(uri);
    return uri;
  }

  /** Records applyEdit calls (the extension shares the vscode.workspace object) while still applying them. */
  function spyOnApplyEdit(): { readonly calls: vscode.WorkspaceEdit[]; restore(): void } {
    const workspace = vscode.workspace as unknown as { applyEdit: typeof vscode.workspace.applyEdit };
    const original = workspace.applyEdit;
    const calls: vscode.WorkspaceEdit[] = [];
    workspace.applyEdit = (edit, metadata) => {
      calls.push(edit);
      return original.call(vscode.workspace, edit, metadata);
    };
    return { calls, restore: () => { workspace.applyEdit = original; } };
  }

  /** Also keeps the options and items of error messages (ScriptedPrompts keeps only the text). */
  function recordErrors(answer?: string): { message: string; options: unknown; items: unknown[] }[] {
    const shown: { message: string; options: unknown; items: unknown[] }[] = [];
    const window = vscode.window as unknown as { showErrorMessage: (...args: unknown[]) => Promise<unknown> };
    window.showErrorMessage = async (message: unknown, ...rest: unknown[]) => {
      const options = typeof rest[0] === 'object' && rest[0] !== null && !('title' in rest[0]) ? rest.shift() : undefined;
      shown.push({ message: String(message), options, items: rest });
      return rest.find((item) => item === answer);
    };
    return shown;
  }

  suiteSetup(async () => {
    api = await activated();
    fixtures = new FixtureFiles(api);
    await fixtures.remember(PORTAL, CR_0001);
    // git's user.name names the user in most tests: no setting, so the configuration (and the index) stays as it is.
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
    // Untitled reports are closed without saving; edited temp files are saved, then deleted.
    for (const document of vscode.workspace.textDocuments.filter((d) => d.isUntitled && d.isDirty && !d.isClosed)) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
    for (const uri of created) {
      await vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.isDirty)?.save();
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const uri of created) {
      await deleteFile(api, uri);
    }
    await fixtures.restore();
  });

  suite('File Change Request', () => {
    test('a guided input with Back writes the next CR file, opens it and lists it in the tree', async () => {
      const since = nowSeconds();
      const [portal002] = api.index.requirementsWithId('PORTAL-002');
      steps
        .input('Support SMS password reset')
        .pick('PORTAL-002', 'PORTAL-003')
        .input('  ', 'Bob Li (Acme)')
        .back()
        .input('Bob Li (Acme)')
        .pick('phone')
        .input('Customers without e-mail cannot reset passwords.')
        .input('Send the reset code by SMS as well.')
        .input('')
        .pick('PORTAL-002 · priority')
        .pick('high')
        .pick('PORTAL-003 · acceptance')
        .input('Works on every page; Logs out other sessions')
        .pick('$(check) File the change request');
      const uri = await vscode.commands.executeCommand<vscode.Uri>('reqdesk.fileChangeRequest', { requirement: portal002 });
      steps.assertAllAnswered();
      prompts.assertAllAnswered();

      assert.equal(vscode.workspace.asRelativePath(uri), 'changes/CR-0002.cr.yaml', 'the next free number, in the changes folder');
      created.push(uri);
      const today = api.index.today; // requested_on comes from the one clock, which the runner fixes
      assert.equal(withNow(await diskText(uri), since), [
        'id: CR-0002',
        'title: Support SMS password reset',
        'status: submitted',
        'requested_by: Bob Li (Acme)',
        `requested_on: ${today}`,
        'channel: phone',
        'affects: [PORTAL-002, PORTAL-003]',
        'reason: Customers without e-mail cannot reset passwords.',
        'description: Send the reset code by SMS as well.',
        'proposed:',
        '  PORTAL-002:',
        '    priority: high',
        '  PORTAL-003:',
        '    acceptance:',
        '      - Works on every page',
        '      - Logs out other sessions',
        'history:',
        '  - { on: <now>, by: carol, action: submitted }',
        '',
      ].join('\n'));

      const shown = steps.shown;
      assert.deepEqual(shown.map((s) => `${s.kind} ${s.step}${s.back ? ' back' : ''}`), [
        'input 1/8', 'pick 2/8 back', 'input 3/8 back', 'pick 4/8 back', 'input 3/8 back', 'pick 4/8 back', 'input 5/8 back', 'input 6/8 back',
        'input 7/8 back', 'pick 8/8 back', 'pick 8/8 back', 'pick 8/8 back', 'input 8/8 back', 'pick 8/8 back',
      ]);
      assert.ok(shown.every((s) => s.title === 'File Change Request'));
      assert.deepEqual(shown[1].selected, ['PORTAL-002'], 'run on a requirement, the step starts with it picked');
      assert.deepEqual(shown[1].items.slice(-3), ['PORTAL-001 — Login goes to the home page', 'PORTAL-002 — Password reset by e-mail', 'PORTAL-003 — Log out from every page']);
      assert.deepEqual(shown[2].validation, ['This cannot be empty.', undefined]);
      assert.equal(shown[4].value, 'Bob Li (Acme)', 'Back returns to the step with its answer kept');
      assert.deepEqual(shown[5].items, ['meeting', 'email', 'phone', 'chat', 'ticket', 'other']);
      assert.ok(shown[11].items.includes('PORTAL-002 · priority — medium → high'), shown[11].items.join('\n'));
      assert.ok(shown[11].items.includes('PORTAL-002 · owner — Bob Li'), 'the owner by name');
      assert.equal(shown[13].items[0], '$(check) File the change request — 2 proposed value(s)');

      assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString(), 'the new request is open');
      const element = await treeElement('CR-0002', 'changeRequest:submitted');
      assert.equal(element.changeRequest.id, 'CR-0002');
      assert.deepEqual(prompts.messages, []);
    });

    test('Escape at any step ends the input and writes nothing', async () => {
      steps.input('Dark mode').escape();
      const uri = await vscode.commands.executeCommand<vscode.Uri | undefined>('reqdesk.fileChangeRequest');
      steps.assertAllAnswered();
      assert.equal(uri, undefined);
      assert.deepEqual(steps.shown.map((s) => s.step), ['1/8', '2/8']);
      assert.deepEqual(steps.shown[1].selected, [], 'from the palette, nothing is picked in advance');
      await assert.rejects(async () => { await vscode.workspace.fs.stat(workspaceUri('changes/CR-0002.cr.yaml')); });
      assert.equal(api.index.changeRequests().length, 1);
    });
  });

  suite('the workflow', () => {
    test('assess → approve → sign-off → implement → verify, each step recorded; the implementation is one WorkspaceEdit that one undo reverts', async () => {
      const crUri = await createRequest('changes/CR-0050.cr.yaml', SUBMITTED);
      const portalUri = workspaceUri(PORTAL);
      const since = nowSeconds();

      // Assess, from the tree item.
      // The impact step comes first (what links to PORTAL-002 and mentions it); the pre-picked dependant is kept.
      prompts.pick(pickedAsShown).input('5').input('8000').input('-1', '40').input('one backend developer').pick('medium').input('Needs an SMS provider.');
      assert.equal(await vscode.commands.executeCommand(COMMANDS.assess, await treeElement('CR-0050', 'changeRequest:submitted')), true);
      prompts.assertAllAnswered();
      assert.deepEqual(prompts.inputs.map((i) => i.options?.title), ['Assess CR-0050 (2/7)', 'Assess CR-0050 (3/7)', 'Assess CR-0050 (4/7)', 'Assess CR-0050 (5/7)', 'Assess CR-0050 (7/7)']);
      assert.deepEqual(prompts.inputs[2].validation, ['Enter 0 or more.', undefined]);
      assert.deepEqual(prompts.picks.map((p) => [p.options?.title, ...labels(p)]), [['Assess CR-0050 (1/7)', 'PORTAL-003', 'PORTAL-002', 'PORTAL-003'], ['Assess CR-0050 (6/7)', 'low', 'medium', 'high']]);
      const fingerprint = fieldsFingerprint(api.index.requirementsWithId('PORTAL-002')[0].data, ['title', 'description', 'priority', 'acceptance']);
      const assessed = [
        '# Written by changeRequests.test.ts: comments must survive every step.',
        'id: CR-0050',
        'title: Reset passwords by SMS',
        'status: assessed # set by ReqDesk',
        'requested_by: Bob Li (Acme)',
        'requested_on: 2026-11-20',
        'channel: email',
        'affects: [PORTAL-002]',
        'proposed:',
        '  PORTAL-002:',
        '    title: Password reset by e-mail or SMS',
        '    priority: high # was medium',
        'baseline:',
        '  PORTAL-002:',
        `    fingerprint: ${fingerprint}`,
        '    title: Password reset by e-mail',
        '    description: null',
        '    priority: medium',
        '    acceptance: null',
        'impact:',
        '  schedule_days: 5',
        '  cost: 8000',
        '  effort_hours: 40',
        '  resources: one backend developer',
        '  risk: medium',
        '  related: [PORTAL-003]',
        '  notes: Needs an SMS provider.',
        'history:',
        '  - { on: 2026-11-20T09:12:00Z, by: alice, action: submitted }',
        '  - { on: <now>, by: carol, action: assessed }',
        '',
      ].join('\n');
      assert.equal(withNow(await liveText(crUri), since), assessed);

      // The CodeLens at the top offers what the new status allows; Approve through the URI a lens passes.
      await indexed('changes/CR-0050.cr.yaml', 'assessed');
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', crUri);
      assert.deepEqual(lenses.map((l) => `${l.range.start.line} ${l.command?.title} ${l.command?.command}`), [
        '0 Assess reqdesk.assessChangeRequest', '0 Approve reqdesk.approveChangeRequest', '0 Reject reqdesk.rejectChangeRequest',
        '0 Withdraw reqdesk.withdrawChangeRequest', '0 Show Details reqdesk.showChangeRequestDetails',
      ]);
      assert.ok(lenses.every((l) => l.command?.arguments?.[0]?.toString() === crUri.toString()), 'each lens acts on this file');
      prompts
        .pick((items) => items.filter((i) => i.label === 'carol') as unknown as vscode.QuickPickItem)
        .input('', 'Customers without e-mail asked for it.')
        .input('2026-11-32', '2026-11-22');
      assert.equal(await vscode.commands.executeCommand(COMMANDS.approve, crUri), true);
      prompts.assertAllAnswered();
      assert.equal(prompts.picks[2].options?.placeHolder, 'Who decided? Pick the CCB members (quorum: 1)');
      assert.equal(prompts.picks[2].options?.canPickMany, true);
      assert.deepEqual(prompts.picks[2].items.map((i) => `${i.label} ${i.description}`), ['carol Carol Chen'], 'only the CCB members of the roster');
      assert.deepEqual(prompts.inputs.slice(5).map((i) => [i.options?.title, ...i.validation]), [
        ['Approve CR-0050 (2/3)', 'This cannot be empty.', undefined],
        ['Approve CR-0050 (3/3)', 'Enter a date like 2026-11-22.', undefined],
      ]);
      const approved = assessed.replace('status: assessed #', 'status: approved #').replace(
        'history:',
        ['decision:', '  outcome: approved', '  by: [carol]', '  on: 2026-11-22', '  rationale: Customers without e-mail asked for it.', 'history:'].join('\n'),
      ) + '  - { on: <now>, by: carol, action: approved }\n';
      assert.equal(withNow(await liveText(crUri), since), approved);

      // The customer signs off (from the tree); the sign-off is offered while none is recorded.
      await indexed('changes/CR-0050.cr.yaml', 'approved');
      prompts.input('Bob Li (Acme)').input('2026-11-23');
      assert.equal(await vscode.commands.executeCommand(COMMANDS.signOff, await treeElement('CR-0050', 'changeRequest:approved')), true);
      prompts.assertAllAnswered();
      assert.equal(prompts.inputs[7].options?.value, 'Bob Li (Acme)', 'the requester is proposed as the one who signs off');
      const signed = approved.replace('history:', 'customer_signoff: { by: Bob Li (Acme), on: 2026-11-23 }\nhistory:') + '  - { on: <now>, by: carol, action: signed-off }\n';
      assert.equal(withNow(await liveText(crUri), since), signed);

      // The details page: current and proposed values side by side, the history as a timeline.
      await waitUntil('the index to read the sign-off', () => api.index.get(crUri.toString())?.changeRequest?.data.customer_signoff !== undefined);
      const detailsUri = await vscode.commands.executeCommand<vscode.Uri>('reqdesk.showChangeRequestDetails', crUri);
      const details = await vscode.workspace.openTextDocument(detailsUri);
      assert.equal(details.languageId, 'markdown');
      const page = (table: string[], next: string, history: string[]): string => [
        '# CR-0050 · Reset passwords by SMS',
        '',
        `**Status** ${history.length === 4 ? 'approved' : 'verified'} · **Requested by** Bob Li (Acme) · **Requested on** 2026-11-20 · **Channel** email`,
        '',
        `Next steps: ${next}`,
        '',
        '## Request',
        '',
        'None recorded.',
        '',
        '## Affected requirements',
        '',
        ...table,
        '',
        '## Impact',
        '',
        '| Schedule (days) | Cost | Effort (hours) | Risk | Resources |',
        '| --- | --- | --- | --- | --- |',
        '| 5 | 8000 | 40 | medium | one backend developer |',
        '',
        '**Impacted** PORTAL-003',
        '',
        'Needs an SMS provider.',
        '',
        '## Decision',
        '',
        '**Outcome** approved · **Decided on** 2026-11-22 · **Decided by** Carol Chen (carol)',
        '',
        'Customers without e-mail asked for it.',
        '',
        '## Customer sign-off',
        '',
        '**Signed off by** Bob Li (Acme) · **Signed off on** 2026-11-23',
        '',
        '## Communication records',
        '',
        'None mention it.',
        '',
        '## History',
        '',
        '- **2026-11-20 09:12:00 UTC** · Alice Wang (alice) · **submitted**',
        '- **<now>** · Carol Chen (carol) · **assessed**',
        '- **<now>** · Carol Chen (carol) · **approved**',
        '- **<now>** · Carol Chen (carol) · **signed-off**',
        ...history.slice(4),
        '',
      ].join('\n');
      const history = ['', '', '', ''];
      assert.equal(detailsWithNow(details.getText(), since), page([
        '### PORTAL-002 · Password reset by e-mail',
        '',
        'requirements/portal.req.yaml',
        '',
        '| Field | Current | Proposed | Same |',
        '| --- | --- | --- | --- |',
        '| title | Password reset by e-mail | Password reset by e-mail or SMS |   |',
        '| priority | medium | high |   |',
      ], 'Mark Implemented · Re-assess', history));

      // Implement, from the palette (the active editor): ONE applyEdit over the request and the requirements file.
      await vscode.window.showTextDocument(crUri);
      const spy = spyOnApplyEdit();
      try {
        prompts.input('Release 1.4');
        assert.equal(await vscode.commands.executeCommand(COMMANDS.implement), true);
      } finally {
        spy.restore();
      }
      prompts.assertAllAnswered();
      assert.equal(spy.calls.length, 1, 'one applyEdit: VS Code makes it one undo step over every file');
      assert.deepEqual(spy.calls[0].entries().map(([uri]) => vscode.workspace.asRelativePath(uri)).sort(), ['changes/CR-0050.cr.yaml', PORTAL]);
      const portal = fixtures.original(PORTAL);
      assert.equal(await liveText(portalUri), portal
        .replace('    title: Password reset by e-mail\n    priority: medium', '    title: Password reset by e-mail or SMS\n    priority: high')
        .replace('    links: [PORTAL-001]\n', '    links: [PORTAL-001]\n    changes: [CR-0050]\n'), 'the proposed values and the CR in changes; the comment stays');
      assert.ok(portal.startsWith('# Clean:'));
      const implemented = signed.replace('status: approved #', 'status: implemented #') + [
        '  - on: <now>',
        '    by: carol',
        '    action: implemented',
        '    note: Release 1.4',
        '    changed:',
        '      - requirement: PORTAL-002',
        '        field: title',
        '        old: Password reset by e-mail',
        '        new: Password reset by e-mail or SMS',
        '      - requirement: PORTAL-002',
        '        field: priority',
        '        old: medium',
        '        new: high',
        '',
      ].join('\n');
      assert.equal(withNow(await liveText(crUri), since), implemented);
      assert.deepEqual(prompts.messages, [{
        severity: 'info',
        message: 'CR-0050 is implemented: 2 field(s) of 1 requirement(s) changed in 2 file(s), not saved yet. Undo reverts all of them.',
      }]);

      // One undo in the request's editor reverts every file; redo brings the implementation back.
      await vscode.window.showTextDocument(crUri);
      await vscode.commands.executeCommand('undo');
      await waitUntil('undo to revert both files', async () => (await liveText(portalUri)) === portal && withNow(await liveText(crUri), since) === signed);
      await vscode.commands.executeCommand('redo');
      await waitUntil('redo to implement again', async () => (await liveText(portalUri)) !== portal && withNow(await liveText(crUri), since) === implemented);

      // Verify; the tree, the details page and the history follow.
      await indexed('changes/CR-0050.cr.yaml', 'implemented');
      prompts.input('Checked on staging.');
      assert.equal(await vscode.commands.executeCommand(COMMANDS.verify, await treeElement('CR-0050', 'changeRequest:implemented:signed')), true);
      prompts.assertAllAnswered();
      const verified = `${implemented.replace('status: implemented #', 'status: verified #')}  - on: <now>\n    by: carol\n    action: verified\n    note: Checked on staging.\n`;
      assert.equal(withNow(await liveText(crUri), since), verified);
      await treeElement('CR-0050', 'changeRequest:verified:signed');
      await waitUntil('the details page to follow the index', async () => (await vscode.workspace.openTextDocument(detailsUri)).getText().includes('**verified**'));
      assert.equal(detailsWithNow((await vscode.workspace.openTextDocument(detailsUri)).getText(), since), page([
        '### PORTAL-002 · Password reset by e-mail or SMS',
        '',
        'requirements/portal.req.yaml',
        '',
        '| Field | Current | Proposed | Same |',
        '| --- | --- | --- | --- |',
        '| title | Password reset by e-mail or SMS | Password reset by e-mail or SMS | ✓ |',
        '| priority | high | high | ✓ |',
      ], 'none: the request is closed.', [...history,
        '- **<now>** · Carol Chen (carol) · **implemented** — Release 1.4',
        '  - PORTAL-002 title: Password reset by e-mail → Password reset by e-mail or SMS',
        '  - PORTAL-002 priority: medium → high',
        '- **<now>** · Carol Chen (carol) · **verified** — Checked on staging.',
      ]));
      assert.deepEqual(api.index.get(crUri.toString())?.changeRequest?.data.history?.map((h) => `${h.action} ${h.by}`), [
        'submitted alice', 'assessed carol', 'approved carol', 'signed-off carol', 'implemented carol', 'verified carol',
      ]);
    });

    test('Assess shows what the change reaches first: dependants with their path, mentions by kind, open risks, conflicting requests; the picks are recorded in the one assessment edit', async () => {
      await createRequest('requirements/impact.req.yaml', [
        'document: { prefix: IMP, title: Impact fixture }',
        'requirements:',
        '  - { id: IMP-001, title: Audit log of resets, owner: alice, priority: low, links: [PORTAL-003] }',
        '',
      ].join('\n'));
      await createRequest('risks/impact.risks.yaml', [
        'risks:',
        '  - { id: RISK-101, title: Sessions survive a reset, status: open, links: [PORTAL-003] }',
        '  - { id: RISK-102, title: Mail provider outage, status: closed, links: [PORTAL-002] }',
        '  - { id: RISK-103, title: Login page redesign, status: open, links: [PORTAL-001] }',
        '',
      ].join('\n'));
      for (const [relative, text] of [['src/reset.ts', '// Implements\n// PORTAL-002\n'], ['test/reset.test.ts', '// PORTAL-003, then PORTAL-002\n']]) {
        const uri = workspaceUri(relative);
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
        created.push(uri);
      }
      await createRequest('changes/CR-0061.cr.yaml', SUBMITTED.replace('CR-0050', 'CR-0061').replace('Reset passwords by SMS', 'Reset by phone call'));
      const crUri = await createRequest('changes/CR-0060.cr.yaml', SUBMITTED.replace('CR-0050', 'CR-0060'));
      // A file written a moment ago counts once the watcher has told the mention index, as for a user who just saved.
      await waitUntil('the mention index to count src/reset.ts', () => api.mentions.mentionsOf('PORTAL-002').files.code === 1);
      const edits = spyOnApplyEdit();
      // The user keeps the pre-picked items but IMP-001, and adds the conflicting request.
      prompts
        .pick((items) => items.filter((i) => (i.picked === true && i.label !== 'IMP-001') || i.label === 'CR-0061') as unknown as vscode.QuickPickItem)
        .input('1').input('0').input('4').input('the team').pick('low').input('');
      try {
        assert.equal(await vscode.commands.executeCommand(COMMANDS.assess, crUri), true);
      } finally {
        edits.restore();
      }
      prompts.assertAllAnswered();
      const impact = prompts.picks[0];
      assert.equal(impact.options?.title, 'Assess CR-0060 (1/7)');
      assert.equal(impact.options?.canPickMany, true);
      assert.deepEqual(impact.items.map((i) => [i.kind === vscode.QuickPickItemKind.Separator ? '--' : i.picked ? '[x]' : '[ ]', i.label, i.description, i.detail].filter((part) => part !== undefined).join(' | ')), [
        '-- | Requirements that link to PORTAL-002 (up to 3 links back)',
        '[x] | PORTAL-003 | Log out from every page | PORTAL-002 ← PORTAL-003 · depth 1',
        '[x] | IMP-001 | Audit log of resets | PORTAL-002 ← PORTAL-003 ← IMP-001 · depth 2',
        '-- | Mentioned in code, tests, records and change requests',
        '[ ] | PORTAL-002 | code 1 · tests 1 · records 1 · change requests 2 | changes/CR-0060.cr.yaml:8 · changes/CR-0060.cr.yaml:10 · changes/CR-0061.cr.yaml:8 · changes/CR-0061.cr.yaml:10 · notes/2026-11-02-kick-off.md:13',
        '[ ] | PORTAL-003 | tests 1 · records 1 | notes/2026-11-02-kick-off.md:7 · test/reset.test.ts:1',
        '-- | Open risks linked to them',
        '[x] | RISK-101 | Sessions survive a reset | open · PORTAL-003',
        '-- | Open change requests affecting the same requirements (a conflict to know about)',
        '[ ] | CR-0061 | Reset by phone call | submitted · PORTAL-002',
      ]);
      assert.deepEqual(prompts.inputs.map((i) => i.options?.title), ['Assess CR-0060 (2/7)', 'Assess CR-0060 (3/7)', 'Assess CR-0060 (4/7)', 'Assess CR-0060 (5/7)', 'Assess CR-0060 (7/7)']);
      assert.equal(edits.calls.length, 1, 'one edit, so one undo');
      const text = await liveText(crUri);
      assert.ok(text.includes([
        'impact:',
        '  schedule_days: 1',
        '  cost: 0',
        '  effort_hours: 4',
        '  resources: the team',
        '  risk: low',
        '  risks: [RISK-101]',
        '  related: [PORTAL-003, CR-0061]',
        'history:',
      ].join('\n')), text);
      assert.ok(text.startsWith(SUBMITTED.replace('CR-0050', 'CR-0060').split('\nhistory:')[0].replace('status: submitted #', 'status: assessed #')), text);
      await indexed('changes/CR-0060.cr.yaml', 'assessed');
      const details = await vscode.workspace.openTextDocument(await vscode.commands.executeCommand<vscode.Uri>('reqdesk.showChangeRequestDetails', crUri));
      assert.ok(details.getText().includes('| 1 | 0 | 4 | low | the team |\n\n**Risks** RISK-101 · **Impacted** PORTAL-003, CR-0061\n'), details.getText());
    });

    test('reject, then reopen with a reason', async () => {
      const crUri = await createRequest('changes/CR-0056.cr.yaml', SUBMITTED.replace('CR-0050', 'CR-0056').replace(
        'status: submitted # set by ReqDesk',
        'status: assessed\nimpact: { schedule_days: 1, cost: 0, effort_hours: 8, resources: the team, risk: low }',
      ));
      const since = nowSeconds();
      prompts.pick((items) => items.filter((i) => i.label === 'carol') as unknown as vscode.QuickPickItem).input('Not this quarter.').input('2026-11-22');
      assert.equal(await vscode.commands.executeCommand(COMMANDS.reject, await treeElement('CR-0056', 'changeRequest:assessed')), true);
      await indexed('changes/CR-0056.cr.yaml', 'rejected');
      prompts.input('', 'The customer raised it again.');
      assert.equal(await vscode.commands.executeCommand(COMMANDS.reopen, await treeElement('CR-0056', 'changeRequest:rejected')), true);
      prompts.assertAllAnswered();
      assert.deepEqual(prompts.inputs.map((i) => i.options?.title), ['Reject CR-0056 (2/3)', 'Reject CR-0056 (3/3)', 'Reopen CR-0056 (1/1)']);
      const text = withNow(await liveText(crUri), since);
      assert.ok(text.includes('status: assessed\n'), text);
      assert.ok(!/^decision:/m.test(text), 'reopening takes the rejection off the record (the history keeps it)');
      assert.ok(text.endsWith([
        '  - { on: <now>, by: carol, action: rejected }',
        "  - { on: <now>, by: carol, action: reopened, note: 'The customer raised it again. (previous decision: rejected on 2026-11-22 by carol: Not this quarter.)' }",
        '',
      ].join('\n')), text);
      assert.deepEqual(prompts.inputs[2].validation, ['This cannot be empty.', undefined], 'reopening needs a reason');
    });

    test('menus offer only the transitions the status allows', async () => {
      const manifest = vscode.extensions.getExtension('reqdesk.reqdesk')?.packageJSON as { contributes: { menus: Record<string, { command: string; when?: string }[]> } };
      const itemMenus = manifest.contributes.menus['view/item/context'];
      const offered = (contextValue: string): TransitionId[] => TRANSITION_IDS.filter((t) => itemMenus.some((m) => {
        const match = /view == reqdesk\.changeRequests && viewItem =~ \/(.+)\/$/.exec(m.when ?? '');
        return m.command === COMMANDS[t] && match !== null && new RegExp(match[1]).test(contextValue);
      }));
      for (const status of CHANGE_REQUEST_STATUSES) {
        assert.deepEqual(offered(`changeRequest:${status}`), availableTransitions({ status }), status);
      }
      assert.deepEqual(offered('changeRequest:'), [], 'no status, no step');
      // The fixture's CR-0001 as the tree shows it.
      const element = await treeElement('CR-0001');
      assert.equal(element.contextValue, 'changeRequest:approved');
      assert.deepEqual(offered(element.contextValue), ['implement', 'reassess', 'signOff']);
      const palette = manifest.contributes.menus.commandPalette;
      for (const command of Object.values(COMMANDS)) {
        assert.deepEqual(palette.filter((m) => m.command === command).map((m) => m.when), ['resourceFilename =~ /\\.cr\\.ya?ml$/'], command);
      }
    });

    test('a step the status does not allow is refused at once, asks nothing and writes nothing', async () => {
      const crUri = await createRequest('changes/CR-0050.cr.yaml', SUBMITTED);
      await vscode.window.showTextDocument(crUri);
      assert.equal(await vscode.commands.executeCommand(COMMANDS.approve), false);
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      assert.equal(await vscode.commands.executeCommand(COMMANDS.verify), false);
      prompts.assertAllAnswered();
      assert.deepEqual(prompts.messages, [
        { severity: 'error', message: 'ReqDesk did not change CR-0050: CR-0050 cannot be approved: it is submitted, and only an assessed change request can be approved.' },
        { severity: 'warning', message: 'Open a change request file (*.cr.yaml), or run the command on a change request in the Change Requests view.' },
      ]);
      assert.equal(await liveText(crUri), SUBMITTED);
    });

    /** CR-0051, approved, proposing a new title for PORTAL-003; its baselines as the lines given. */
    const conflicting = (baseline: string[]): string => [
      'id: CR-0051',
      'title: Log out after an hour',
      'status: approved',
      'affects: [PORTAL-002, PORTAL-003]',
      'proposed:',
      '  PORTAL-003:',
      '    title: Log out from every page after an hour',
      'baseline:',
      ...baseline,
      'impact: { schedule_days: 1, cost: 500, effort_hours: 4, resources: the team, risk: low }',
      'decision: { outcome: approved, by: [carol], on: 2026-11-22, rationale: Security policy. }',
      'history:',
      '  - { on: 2026-11-20T09:12:00Z, by: alice, action: submitted }',
      '',
    ].join('\n');
    const REASSESS_HINT = 'Re-assess records the requirements as they are now and takes the request back to assessed, for the CCB to decide again. Show Details compares them with the proposed values.';

    test('a requirement changed since the assessment stops the implementation: the changed fields are shown, nothing is written', async () => {
      // PORTAL-002's baseline covers its title, description and acceptance (unchanged): its owner and status never block.
      // PORTAL-003 was renamed and got a new priority since.
      const text = conflicting([
        '  PORTAL-002: { fingerprint: "v2:00000000", title: Password reset by e-mail, description: null, acceptance: null }',
        '  PORTAL-003: { title: Log out, description: null, priority: medium, acceptance: null }',
      ]).replace('v2:00000000', fieldsFingerprint(api.index.requirementsWithId('PORTAL-002')[0].data, ['title', 'description', 'acceptance']));
      const crUri = await createRequest('changes/CR-0051.cr.yaml', text);
      const errors = recordErrors();
      const spy = spyOnApplyEdit();
      try {
        assert.equal(await vscode.commands.executeCommand(COMMANDS.implement, await treeElement('CR-0051', 'changeRequest:approved')), false);
      } finally {
        spy.restore();
      }
      prompts.assertAllAnswered(); // the conflict is found before the note is asked
      assert.equal(spy.calls.length, 0, 'nothing is applied');
      assert.deepEqual(errors, [{
        message: 'CR-0051 was not implemented: PORTAL-003 changed since the request was assessed. Nothing was changed.',
        options: {
          modal: true,
          detail: [
            `PORTAL-003 (${PORTAL}):`,
            '  title: "Log out" → "Log out from every page"',
            '  priority: "medium" → "low"',
            '',
            REASSESS_HINT,
          ].join('\n'),
        },
        items: ['Re-assess', 'Show Details'],
      }]);
      assert.equal(await liveText(crUri), text);
      assert.equal(await liveText(workspaceUri(PORTAL)), fixtures.original(PORTAL));
    });

    test('an old baseline (one fingerprint) blocks without naming a field; Re-assess asks why and records the requirements anew', async () => {
      // The old test of this refusal pinned "fingerprint 0badf00d when assessed, … now." in the dialog.
      const text = conflicting(['  PORTAL-003: 0badf00d']).replace('affects: [PORTAL-002, PORTAL-003]', 'affects: [PORTAL-003]');
      const crUri = await createRequest('changes/CR-0051.cr.yaml', text);
      const errors = recordErrors('Re-assess');
      const since = nowSeconds();
      prompts.input('', 'PORTAL-003 changed since the CCB meeting.');
      assert.equal(await vscode.commands.executeCommand(COMMANDS.implement, await treeElement('CR-0051', 'changeRequest:approved')), false);
      prompts.assertAllAnswered();
      assert.deepEqual(prompts.inputs.map((i) => [i.options?.title, i.validation]), [['Re-assess CR-0051 (1/1)', ['This cannot be empty.', undefined]]]);
      const data = api.index.requirementsWithId('PORTAL-003')[0].data;
      assert.equal((errors[0].options as { detail: string }).detail.split('\n').slice(0, 2).join('\n'), [
        `PORTAL-003 (${PORTAL}):`,
        `  its baseline is one fingerprint of the whole requirement (0badf00d when assessed, ${requirementFingerprint(data)} now), so which field changed is not known.`,
      ].join('\n'));
      assert.deepEqual(errors[0].items, ['Re-assess', 'Show Details']);
      assert.equal(withNow(await liveText(crUri), since), [
        'id: CR-0051',
        'title: Log out after an hour',
        'status: assessed',
        'affects: [PORTAL-003]',
        'proposed:',
        '  PORTAL-003:',
        '    title: Log out from every page after an hour',
        'baseline:',
        '  PORTAL-003:',
        `    fingerprint: ${fieldsFingerprint(data, ['title', 'description', 'acceptance'])}`,
        '    title: Log out from every page',
        '    description: null',
        '    acceptance: null',
        'impact: { schedule_days: 1, cost: 500, effort_hours: 4, resources: the team, risk: low }',
        'history:',
        '  - { on: 2026-11-20T09:12:00Z, by: alice, action: submitted }',
        "  - { on: <now>, by: carol, action: reassessed, note: 'PORTAL-003 changed since the CCB meeting. (previous decision: approved on 2026-11-22 by carol: Security policy.)' }",
        '',
      ].join('\n'));
      await indexed('changes/CR-0051.cr.yaml', 'assessed');
      assert.deepEqual(api.index.get(crUri.toString())?.changeRequest?.data.history?.map((h) => h.action), ['submitted', 'reassessed']);
    });
  });

  suite('reports and details', () => {
    test('Change Log: the filter asked, the report saved where asked, linked relative to it, opened in the preview', async () => {
      const report = workspaceUri('tmp-reports/change-log.md');
      prompts.pick((items) => items.filter((i) => i.label === 'approved') as unknown as vscode.QuickPickItem).pick('All customers').input('2026-13-01', '2026-11-01').input('2026-10-01', '').save(report);
      const saved = await vscode.commands.executeCommand<vscode.Uri>('reqdesk.showChangeLog');
      prompts.assertAllAnswered();
      assert.deepEqual(prompts.picks.map((p) => [p.options?.title, ...p.items.map((i) => (i.description ? `${i.label} (${i.description})` : i.label))]), [
        ['Change Log (1/4)', 'submitted (0 request(s))', 'assessed (0 request(s))', 'approved (1 request(s))', 'rejected (0 request(s))',
          'implemented (0 request(s))', 'verified (0 request(s))', 'withdrawn (0 request(s))'],
        ['Change Log (2/4)', 'All customers', 'Acme Corp'],
      ]);
      assert.deepEqual(prompts.inputs.map((i) => i.validation), [['Enter a date like 2026-11-22.', undefined], ['Enter a date on or after 2026-11-01.', undefined]]);
      assert.equal(prompts.saveDialogs[0]?.title, 'Save the Change Log');
      assert.equal(prompts.saveDialogs[0]?.defaultUri?.toString(), workspaceUri('change-log.md').toString());
      assert.deepEqual(prompts.saveDialogs[0]?.filters, { Markdown: ['md'] });
      assert.equal(saved?.toString(), report.toString());
      const link = '../changes/CR-0001.cr.yaml';
      assert.equal(vscode.Uri.joinPath(report, '..', link).toString(), workspaceUri(CR_0001).toString());
      const tabs = (): string[] => vscode.window.tabGroups.all.flatMap((g) => g.tabs).map((t) => `${t.label} ${t.input instanceof vscode.TabInputWebview ? t.input.viewType : ''}`);
      await waitUntil('the Markdown preview to show the report', () => tabs().some((t) => /change-log\.md .*markdown\.preview$/.test(t))).catch((e: Error) => assert.fail(`${e.message}: ${tabs().join(', ')}`));
      assert.equal(await diskText(report), [
        '# Change log',
        '',
        'Filter: status approved · requested from 2026-11-01',
        '',
        '| ID | Title | Status | Requested on | Requested by | Channel | Affects | Days | Cost | Effort (hours) | Risk | Impacted | Decision | Customer sign-off |',
        '| --- | --- | --- | --- | --- | --- | --- | ---: | ---: | ---: | --- | --- | --- | --- |',
        `| [CR-0001](${link}) | Support single sign-on | approved | 2026-11-20 | Bob Li (Acme) | email | PORTAL-001 | 5 | 8000 | 40 | medium |  |  |  |`,
        '',
        '1 change request: 1 approved.',
        '',
        'Impact of the approved, implemented or verified change request: 5 days, cost 8000, 40 hours of effort.',
        '',
      ].join('\n'));
      await vscode.workspace.fs.delete(workspaceUri('tmp-reports'), { recursive: true, useTrash: false });
    });

    test('Change Log: cancelling the save dialog writes nothing', async () => {
      prompts.pick((items) => items.filter((i) => i.label === 'approved') as unknown as vscode.QuickPickItem).pick('All customers').input('').input('').save(undefined);
      assert.equal(await vscode.commands.executeCommand('reqdesk.showChangeLog'), undefined);
      prompts.assertAllAnswered();
      await assert.rejects(Promise.resolve(vscode.workspace.fs.stat(workspaceUri('change-log.md'))));
    });

    test('the details page escapes what the files say: no HTML, links or table cells of their own', async () => {
      const crUri = await createRequest('changes/CR-0057.cr.yaml', [
        'id: CR-0057',
        "title: '<img src=x onerror=alert(1)> [click](command:workbench.action.quit) #'",
        'status: submitted',
        'affects: [PORTAL-001]',
        'reason: "a | b\\n\\n# not a heading"',
        'proposed:',
        '  PORTAL-001:',
        "    title: '| cell | <b>bold</b>'",
        '',
      ].join('\n'));
      const uri = await vscode.commands.executeCommand<vscode.Uri>('reqdesk.showChangeRequestDetails', await treeElement('CR-0057'));
      const text = (await vscode.workspace.openTextDocument(uri)).getText();
      // A closing ` #` is part of the title, not the end of the heading.
      assert.ok(text.startsWith('# CR-0057 · \\<img src=x onerror=alert(1)> \\[click\\]\\(command:workbench.action.quit) \\#\n'), text);
      assert.ok(text.includes('**Reason**\n\na \\| b\n\n\\# not a heading\n'), text);
      assert.ok(text.includes('| title | Login goes to the home page | \\| cell \\| \\<b>bold\\</b> |   |'), text);
      assert.ok(!/(^|[^\\])(<img|<b>)|\]\(command:/m.test(text), 'nothing can render as HTML or a command link');
      assert.equal(uri.query, crUri.toString(), 'the page names its file');
    });

    test('quick fixes: a mistyped affected ID, a proposal for a requirement not in affects', async () => {
      const crUri = await createRequest('changes/CR-0055.cr.yaml', [
        'id: CR-0055',
        'title: Typos',
        'status: submitted',
        'affects: [PORTAL-0030]',
        'proposed:',
        '  PORTAL-001:',
        '    priority: low',
        '',
      ].join('\n'));
      await waitUntil('the unknown-requirement diagnostics', () => vscode.languages.getDiagnostics(crUri).filter((d) => d.code === 'cr-unknown-requirement').length === 2);
      await vscode.window.showTextDocument(crUri);
      /** The fixes for the problem on `line`, every edit resolved. */
      const fixesAt = async (line: number): Promise<vscode.CodeAction[]> => {
        const diagnostic = vscode.languages.getDiagnostics(crUri).find((d) => d.range.start.line === line);
        assert.ok(diagnostic, `a problem on line ${line}`);
        return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', crUri, diagnostic.range, vscode.CodeActionKind.QuickFix.value, 100);
      };
      const affects = await fixesAt(3);
      assert.deepEqual(affects.map((a) => a.title).sort(), [
        'Change PORTAL-0030 to PORTAL-001', 'Change PORTAL-0030 to PORTAL-002', 'Change PORTAL-0030 to PORTAL-003', 'Remove PORTAL-0030 from affects',
      ]);
      const change = affects.find((a) => a.title === 'Change PORTAL-0030 to PORTAL-003');
      assert.ok(change?.edit);
      assert.ok(await vscode.workspace.applyEdit(change.edit));
      assert.equal(await liveText(crUri), 'id: CR-0055\ntitle: Typos\nstatus: submitted\naffects: [PORTAL-003]\nproposed:\n  PORTAL-001:\n    priority: low\n');

      await waitUntil('the index to read the fix', () => api.index.get(crUri.toString())?.changeRequest?.data.affects?.[0] === 'PORTAL-003');
      await waitUntil('the diagnostic on proposed', () => vscode.languages.getDiagnostics(crUri).some((d) => d.range.start.line === 5));
      const proposed = await fixesAt(5);
      assert.deepEqual(proposed.map((a) => `${a.title}${a.isPreferred ? ' (preferred)' : ''}`).sort(), ['Add PORTAL-001 to affects (preferred)', 'Remove PORTAL-001 from proposed']);
      const add = proposed.find((a) => a.title === 'Add PORTAL-001 to affects');
      assert.ok(add?.edit);
      assert.ok(await vscode.workspace.applyEdit(add.edit));
      assert.equal(await liveText(crUri), 'id: CR-0055\ntitle: Typos\nstatus: submitted\naffects: [PORTAL-003, PORTAL-001]\nproposed:\n  PORTAL-001:\n    priority: low\n');
      await waitUntil('the problems to clear', () => !vscode.languages.getDiagnostics(crUri).some((d) => d.code === 'cr-unknown-requirement'));
    });
  });

  suite('who', () => {
    teardown(async () => {
      process.env.GIT_CONFIG_GLOBAL = gitUserConfig('carol');
      await vscode.workspace.getConfiguration('reqdesk').update('user', undefined, vscode.ConfigurationTarget.Global);
    });

    test("with a roster, who is the roster id: reqdesk.user or git's user.name written as a member's name", async () => {
      process.env.GIT_CONFIG_GLOBAL = gitUserConfig('Carol Chen');
      const first = await createRequest('changes/CR-0053.cr.yaml', SUBMITTED.replace('CR-0050', 'CR-0053'));
      const second = await createRequest('changes/CR-0054.cr.yaml', SUBMITTED.replace('CR-0050', 'CR-0054'));
      const since = nowSeconds();
      prompts.input('');
      assert.equal(await vscode.commands.executeCommand(COMMANDS.withdraw, first), true);
      prompts.assertAllAnswered();
      assert.ok(withNow(await liveText(first), since).endsWith('  - { on: <now>, by: carol, action: withdrawn }\n'), await liveText(first));

      await vscode.workspace.getConfiguration('reqdesk').update('user', 'alice wang', vscode.ConfigurationTarget.Global);
      prompts.input('');
      assert.equal(await vscode.commands.executeCommand(COMMANDS.withdraw, second), true);
      prompts.assertAllAnswered();
      assert.ok(withNow(await liveText(second), since).endsWith('  - { on: <now>, by: alice, action: withdrawn }\n'), await liveText(second));
    });

    test('when nothing matches the roster, the user is asked once from it and the answer is remembered for the workspace', async () => {
      process.env.GIT_CONFIG_GLOBAL = gitUserConfig('Dana Tester');
      const first = await createRequest('changes/CR-0053.cr.yaml', SUBMITTED.replace('CR-0050', 'CR-0053'));
      const second = await createRequest('changes/CR-0054.cr.yaml', SUBMITTED.replace('CR-0050', 'CR-0054'));
      const since = nowSeconds();
      prompts.pick('Bob Li').input('');
      const loads = api.stats.fullLoads;
      assert.equal(await vscode.commands.executeCommand(COMMANDS.withdraw, first), true);
      prompts.assertAllAnswered();
      assert.equal(prompts.picks[0].options?.title, 'Who are you in the roster?');
      assert.deepEqual(prompts.picks[0].items.map((i) => [i.label, i.description, i.detail]), [
        ['Alice Wang', 'alice', undefined], ['Bob Li', 'bob', undefined], ['Carol Chen', 'carol', 'ccb'],
      ]);
      assert.ok(withNow(await liveText(first), since).endsWith('  - { on: <now>, by: bob, action: withdrawn }\n'), await liveText(first));

      prompts.input('Duplicate of CR-0053.');
      assert.equal(await vscode.commands.executeCommand(COMMANDS.withdraw, second), true);
      prompts.assertAllAnswered();
      assert.equal(prompts.picks.length, 1, 'not asked again');
      assert.ok(withNow(await liveText(second), since).endsWith('  - { on: <now>, by: bob, action: withdrawn, note: Duplicate of CR-0053. }\n'), await liveText(second));
      // Remembered in the workspace's state, not in anyone's settings; and nothing is re-read.
      assert.equal(vscode.workspace.getConfiguration('reqdesk').inspect<string>('user')?.globalValue, undefined);
      assert.equal(api.stats.fullLoads, loads);
    });
  });
});
