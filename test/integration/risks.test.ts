// The risk register in a real VS Code: hover, go to definition and find references on RISK IDs, the quick fixes
// of the risk rules, New Risk and Set Risk Status. The suite writes its own register (and a note mentioning a
// risk) and deletes them again, so the fixture counts other suites assert stay as they are.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReqDeskApi } from '../../src/extension/extension';
import { activated, deleteFile, liveText, ScriptedPrompts, waitUntil, workspaceUri } from './editTestSupport';

const REGISTER = 'risks/project.risks.yaml';
const REGISTER_TEXT = [
  '# Risk register for risks.test.ts: every edit keeps this comment.',
  'risks:',
  '  - id: RISK-001 # the SSO tenant',
  "    title: Acme's identity provider test tenant arrives late",
  '    probability: 4',
  '    impact: 4',
  '    owner: alice',
  '    mitigation: Ask Acme IT weekly; test against a local Keycloak meanwhile.',
  '    status: mitigating',
  '    review_on: 2026-12-01 # before the suite\'s day, 2026-12-07',
  '    links: [PORTAL-001, CR-0001]',
  '  - id: RISK-002',
  '    title: Payment provider changes its API',
  '    probability: 2',
  '    impact: 3',
  '',
].join('\n');
const NOTE = 'docs/risk-notes.md';
const NOTE_TEXT = '# Risks\n\nRISK-001 is reviewed every week.\n';

function formatLocations(locations: readonly vscode.Location[] | undefined): string[] {
  return (locations ?? []).map((l) => `${vscode.workspace.asRelativePath(l.uri)} ${l.range.start.line}:${l.range.start.character}-${l.range.end.line}:${l.range.end.character}`).sort();
}

function fileLink(relative: string, line: number): string {
  return `[${relative}:${line}](${workspaceUri(relative).with({ fragment: `L${line}` }).toString()})`;
}

/** ReqDesk's hover at a position, told from others by its score fact. */
async function riskHover(uri: vscode.Uri, position: vscode.Position): Promise<{ readonly value: string; readonly markdown: vscode.MarkdownString; readonly hover: vscode.Hover } | undefined> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  for (const hover of hovers) {
    for (const content of hover.contents) {
      if (content instanceof vscode.MarkdownString && content.value.includes('Score: ')) {
        return { value: content.value, markdown: content, hover };
      }
    }
  }
  return undefined;
}

suite('Risk register', () => {
  let api: ReqDeskApi;
  let register: vscode.Uri;
  let note: vscode.Uri;

  suiteSetup(async () => {
    api = await activated();
    register = workspaceUri(REGISTER);
    await vscode.workspace.fs.writeFile(register, new TextEncoder().encode(REGISTER_TEXT));
    // Run alone right after activation, the file watcher may not be listening yet: read the workspace again.
    await vscode.commands.executeCommand('reqdesk.revalidateWorkspace');
    await waitUntil('the index to read the register', () => api.index.risksWithId('RISK-002').length === 1);
    // Not a record (those live in notes/): a Markdown file the index does not hold, as in any project.
    note = workspaceUri(NOTE);
    await vscode.workspace.fs.writeFile(note, new TextEncoder().encode(NOTE_TEXT));
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(note, { useTrash: false });
    await deleteFile(api, register);
  });

  suite('RISK IDs in any file', () => {
    test('the hover in Markdown shows title, score, status, owner by name, review date (overdue), mitigation and the file, untrusted', async () => {
      const shown = await riskHover(note, new vscode.Position(2, 3));
      assert.ok(shown, 'a ReqDesk hover on RISK-001');
      assert.equal(shown.value, [
        "**RISK-001 — Acme's identity provider test tenant arrives late**",
        'Score: 16 (4 × 4) · Status: mitigating · Owner: Alice Wang (alice) · Review on: 2026-12-01 · **overdue by 6 days**',
        'Mitigation: Ask Acme IT weekly; test against a local Keycloak meanwhile.',
        `File: ${fileLink(REGISTER, 3)}`,
      ].join('\n\n'));
      assert.equal(shown.hover.range?.start.character, 0);
      assert.equal(shown.hover.range?.end.character, 8);
      assert.notEqual(shown.markdown.isTrusted, true);
    });

    test('a risk without owner, mitigation or review date shows the dashes', async () => {
      const shown = await riskHover(register, new vscode.Position(11, 10));
      assert.equal(shown?.value, [
        '**RISK-002 — Payment provider changes its API**',
        'Score: 6 (2 × 3) · Status: open · Owner: —',
        'Mitigation: —',
        `File: ${fileLink(REGISTER, 12)}`,
      ].join('\n\n'));
    });

    test("go to definition goes from the note to the risk's id", async () => {
      const locations = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeDefinitionProvider', note, new vscode.Position(2, 4));
      assert.deepEqual(formatLocations(locations), [`${REGISTER} 2:8-2:16`]);
    });

    test('find references lists the declaration and the mention', async () => {
      const references = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', note, new vscode.Position(2, 1));
      assert.deepEqual(formatLocations(references), [`${NOTE} 2:0-2:8`, `${REGISTER} 2:8-2:16`]);
    });

    test('completion offers the risk IDs after RISK-, with their titles', async () => {
      const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: 'See RISK-' });
      const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, new vscode.Position(0, 9));
      const risks = list.items.filter((i) => String(typeof i.label === 'string' ? i.label : i.label.label).startsWith('RISK-'));
      assert.deepEqual(risks.map((i) => [typeof i.label === 'string' ? i.label : i.label.label, i.detail]), [
        ['RISK-001', "Acme's identity provider test tenant arrives late"],
        ['RISK-002', 'Payment provider changes its API'],
      ]);
    });
  });

  suite('quick fixes and commands', () => {
    let prompts: ScriptedPrompts | undefined;

    teardown(async () => {
      prompts?.restore();
      prompts = undefined;
      // Back to the text on disk, for the next test and for the index.
      const document = await vscode.workspace.openTextDocument(register);
      if (document.isDirty) {
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
      await waitUntil('the register as written', async () => (await liveText(register)) === REGISTER_TEXT && api.index.risksWithId('RISK-003').length === 0);
    });

    const fixes = async (code: string, line: number): Promise<vscode.CodeAction[]> => {
      await vscode.window.showTextDocument(register);
      await waitUntil(`${code} on line ${line}`, () => vscode.languages.getDiagnostics(register).some((d) => d.code === code && d.range.start.line === line));
      const range = vscode.languages.getDiagnostics(register).find((d) => d.code === code && d.range.start.line === line)?.range ?? new vscode.Range(line, 0, line, 0);
      return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', register, range, vscode.CodeActionKind.QuickFix.value);
    };
    const run = async (action: vscode.CodeAction | undefined): Promise<void> => {
      assert.ok(action?.command, 'the fix runs a command');
      await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
    };

    test('risk-missing-owner: "Assign owner…" picks from the roster and adds the owner after the impact; one undo takes it back', async () => {
      const actions = await fixes('risk-missing-owner', 11);
      assert.deepEqual(actions.map((a) => a.title), ['Assign owner…']);
      prompts = new ScriptedPrompts().pick('bob');
      await run(actions[0]);
      prompts.assertAllAnswered();
      assert.equal(prompts.picks[0].options?.placeHolder, 'Owner of RISK-002 (now: none)');
      assert.equal(await liveText(register), REGISTER_TEXT.replace('    impact: 3\n', '    impact: 3\n    owner: bob\n'));
      await vscode.commands.executeCommand('undo');
      assert.equal(await liveText(register), REGISTER_TEXT);
    });

    test('risk-review-due: "Set review date…" proposes today + 14 days and replaces the date, its comment kept', async () => {
      const actions = await fixes('risk-review-due', 9);
      assert.deepEqual(actions.map((a) => a.title), ['Set review date…']);
      prompts = new ScriptedPrompts().input('next week', '2026-12-21');
      await run(actions[0]);
      prompts.assertAllAnswered();
      assert.equal(prompts.inputs[0].options?.value, '2026-12-21', 'the suite runs on 2026-12-07');
      assert.deepEqual(prompts.inputs[0].validation, ['Enter a date like 2026-12-21.', undefined]);
      assert.equal(await liveText(register), REGISTER_TEXT.replace('review_on: 2026-12-01 #', 'review_on: 2026-12-21 #'));
    });

    test('Set Risk Status acts on the RISK ID under the cursor, in any file', async () => {
      const editor = await vscode.window.showTextDocument(note);
      editor.selection = new vscode.Selection(2, 3, 2, 3);
      prompts = new ScriptedPrompts().pick('closed');
      await vscode.commands.executeCommand('reqdesk.setRiskStatus');
      prompts.assertAllAnswered();
      assert.equal(prompts.picks[0].options?.placeHolder, 'Status of RISK-001 (now: mitigating)');
      assert.deepEqual(prompts.picks[0].items.map((i) => [i.label, i.description ?? '']), [['open', ''], ['mitigating', 'current'], ['occurred', ''], ['closed', '']]);
      assert.equal(await liveText(register), REGISTER_TEXT.replace('status: mitigating', 'status: closed'));
    });

    test('New Risk appends the next free ID to the active register, laid out like the others, and selects the ID', async () => {
      const editor = await vscode.window.showTextDocument(register);
      editor.selection = new vscode.Selection(0, 0, 0, 0);
      prompts = new ScriptedPrompts().input('Key user leaves Acme').pick('2').pick('5').pick('carol');
      await vscode.commands.executeCommand('reqdesk.newRisk');
      prompts.assertAllAnswered();
      assert.deepEqual(prompts.picks.map((p) => p.options?.placeHolder), ['Probability of RISK-003', 'Impact of RISK-003', 'Owner of RISK-003']);
      assert.equal(await liveText(register), `${REGISTER_TEXT}${[
        '  - id: RISK-003',
        '    title: Key user leaves Acme',
        '    probability: 2',
        '    impact: 5',
        '    owner: carol',
        '    status: open',
        '',
      ].join('\n')}`);
      const selection = vscode.window.activeTextEditor?.selection;
      assert.deepEqual(selection && [selection.start.line, selection.start.character, selection.end.character], [15, 8, 16]);
    });
  });
});
