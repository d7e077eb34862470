// The risk register in a real VS Code: hover, go to definition and find references on RISK IDs, the quick fixes
// of the risk rules, New Risk and Set Risk Status. The suite writes its own register (and a note mentioning a
// risk) and deletes them again, so the fixture counts other suites assert stay as they are.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ReqDeskApi } from '../../src/extension/extension';
import { activated, deleteFile, waitUntil, workspaceUri } from './editTestSupport';

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
});
