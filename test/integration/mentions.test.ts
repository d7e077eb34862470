// The live mention index in a real VS Code: a saved code file's mention of an ID is counted, an edit on disk
// updates it, and neither a .gitignored file nor a folder in files.exclude counts.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { MentionSummary } from '../../src/core/trace/mentions';
import type { ReqDeskApi } from '../../src/extension/extension';
import { activated, waitUntil, workspaceUri } from './editTestSupport';

const encoder = new TextEncoder();

async function write(relative: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceUri(relative);
  await vscode.workspace.fs.writeFile(uri, encoder.encode(text));
  return uri;
}

function counts(summary: MentionSummary): string {
  const { code, tests, records, changeRequests } = summary.files;
  return `${code} code, ${tests} tests, ${records} records, ${changeRequests} CRs`;
}

/** Writes a file and waits until this extension host has seen the watcher's event for it. */
async function writeSeen(relative: string, text: string): Promise<vscode.Uri> {
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(workspaceUri('.'), relative));
  try {
    const seen = new Promise<void>((resolve) => {
      watcher.onDidCreate(() => resolve());
      watcher.onDidChange(() => resolve());
    });
    const uri = await write(relative, text);
    await seen;
    return uri;
  } finally {
    watcher.dispose();
  }
}

suite('Mention index', () => {
  let api: ReqDeskApi;
  const made: vscode.Uri[] = [];

  suiteSetup(async () => {
    api = await activated();
    await api.mentions.whenScanned();
  });

  suiteTeardown(async () => {
    for (const uri of made.reverse()) {
      await vscode.workspace.fs.delete(uri, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    }
    await vscode.workspace.getConfiguration('files').update('exclude', undefined, vscode.ConfigurationTarget.Workspace);
    await api.mentions.whenScanned();
  });

  test('a code file mentioning an ID is counted, and editing it updates the count', async () => {
    const code = await write('src/mentionProbe.ts', '// Implements MENTION-901.\nexport const probe = 1;\n');
    made.push(workspaceUri('src'));
    await waitUntil('src/mentionProbe.ts to be counted', () => api.mentions.mentionsOf('MENTION-901').files.code === 1);
    assert.deepEqual(api.mentions.mentionsOf('MENTION-901'), {
      files: { code: 1, tests: 0, records: 0, changeRequests: 0 },
      first: [{ file: code.toString(), line: 0, character: 14, kind: 'code' }],
    });

    const test = await write('test/mentionProbe.test.ts', "it('MENTION-901 works', () => undefined);\n");
    made.push(workspaceUri('test'));
    await waitUntil('the test file to be counted', () => counts(api.mentions.mentionsOf('MENTION-901')) === '1 code, 1 tests, 0 records, 0 CRs');

    await write('src/mentionProbe.ts', 'export const probe = 1; // MENTION-902\n');
    await waitUntil('the edit to move the mention', () => counts(api.mentions.mentionsOf('MENTION-901')) === '0 code, 1 tests, 0 records, 0 CRs'
      && counts(api.mentions.mentionsOf('MENTION-902')) === '1 code, 0 tests, 0 records, 0 CRs');
    assert.deepEqual(api.mentions.mentionsOf('MENTION-902').first, [{ file: code.toString(), line: 0, character: 27, kind: 'code' }]);

    await vscode.workspace.fs.delete(test);
    await waitUntil('the deleted test to count no more', () => api.mentions.mentionsOf('MENTION-901').files.tests === 0);
  });

  test('a .gitignored file and a folder in files.exclude are not counted', async () => {
    made.push(await writeSeen('.gitignore', '# build output\ngenerated/\n'));
    await vscode.workspace.getConfiguration('files').update('exclude', { '**/vendored': true }, vscode.ConfigurationTarget.Workspace);
    await api.mentions.whenScanned();

    await write('src/generated/api.ts', '// MENTION-903\n');
    await write('src/vendored/lib.ts', '// MENTION-903\n');
    const kept = await write('src/kept.ts', '// MENTION-903\n');
    await waitUntil('src/kept.ts to be counted', () => api.mentions.mentionsOf('MENTION-903').files.code > 0);
    assert.deepEqual(api.mentions.mentionsOf('MENTION-903').first.map((p) => p.file), [kept.toString()]);

    // A whole scan (as after a branch switch) skips them too.
    await api.mentions.rescan();
    assert.equal(counts(api.mentions.mentionsOf('MENTION-903')), '1 code, 0 tests, 0 records, 0 CRs');
    assert.equal(api.mentions.mentionsOf('MENTION-901').files.code, 0);
    assert.equal(api.mentions.mentionsOf('MENTION-902').files.code, 1);
  });
});
