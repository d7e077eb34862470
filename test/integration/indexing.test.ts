// Indexing off the extension host's thread, and the persisted index: the extension parses the fixture in its
// worker thread, and a loader that starts over with the same workspace storage parses nothing it has seen.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { WorkspaceIndex } from '../../src/core/workspaceIndex';
import type { ReqDeskApi } from '../../src/extension/extension';
import { WorkspaceLoader } from '../../src/extension/indexing/workspaceLoader';
import { plainParsedFile } from '../unit/plainParsedFile';
import { activated, FixtureFiles, waitUntil, workspaceUri } from './editTestSupport';

/** A file's size + mtime vouch for its content only this long after it was written (the loader's rule). */
const SETTLE_MS = 2_100;
const PROBE = 'requirements/indexing-probe.req.yaml';
const PROBE_TEXT = 'document:\n  prefix: IDXPROBE\n  title: Probe\nrequirements:\n  - id: IDXPROBE-001\n    title: Probe\n    priority: low\n    owner: alice\n    status: new\n';

function workerScript(): string {
  const extension = vscode.extensions.getExtension('reqdesk.reqdesk');
  assert.ok(extension);
  return vscode.Uri.joinPath(extension.extensionUri, 'dist', 'indexWorker.js').fsPath;
}

/** Loads the whole workspace into a fresh index with `storage` as the extension's workspace storage. */
async function loadOnce(storage: vscode.Uri): Promise<{ index: WorkspaceIndex; loader: WorkspaceLoader }> {
  const index = new WorkspaceIndex();
  const loader = new WorkspaceLoader(index, { workerScript: workerScript(), storageUri: storage });
  await loader.loadAll();
  await loader.persist();
  loader.dispose();
  return { index, loader };
}

/** Files written a moment ago are parsed again on purpose (their mtime cannot tell yet): wait until none is that new. */
async function filesSettled(keys: readonly string[]): Promise<void> {
  await waitUntil('the workspace files to be older than the mtime granularity', async () => {
    const stats = await Promise.all(keys.map((k) => vscode.workspace.fs.stat(vscode.Uri.parse(k))));
    return stats.every((s) => Date.now() - s.mtime >= SETTLE_MS);
  }, 10_000, 100);
}

suite('Indexing', () => {
  let api: ReqDeskApi;
  let storage: string | undefined;
  let files: FixtureFiles;

  suiteSetup(async () => {
    api = await activated();
    files = new FixtureFiles(api);
    await files.remember('requirements/portal.req.yaml');
  });

  teardown(async () => {
    await files.restore();
    if (storage) {
      fs.rmSync(storage, { recursive: true, force: true });
      storage = undefined;
    }
    const probe = workspaceUri(PROBE);
    if (fs.existsSync(probe.fsPath)) {
      await vscode.workspace.fs.delete(probe);
      // Later suites count the fixture's requirements: wait until the extension has dropped the probe again.
      await waitUntil('the extension to forget the probe file', () => !api.index.has(probe.toString()));
    }
  });

  test('the extension parsed the workspace in its worker thread and counted every file', () => {
    const stats = api.stats;
    assert.equal(stats.parser, 'worker');
    assert.ok(stats.files >= 4, `the fixture has 4 ReqDesk files, the last full load found ${stats.files}`);
    assert.equal(stats.parsedFiles + stats.reusedFiles, stats.files);
    assert.ok(stats.fullLoads >= 1);
    assert.ok(typeof stats.firstLoadMs === 'number' && stats.firstLoadMs > 0);
  });

  test('a second start over the persisted index parses nothing and builds the same index', async () => {
    storage = fs.mkdtempSync(path.join(os.tmpdir(), 'reqdesk-storage-'));
    const storageUri = vscode.Uri.file(storage);
    await filesSettled([...api.index.files()]);

    const first = await loadOnce(storageUri);
    const files = [...first.index.files()].sort();
    assert.ok(files.length >= 4);
    assert.equal(first.loader.stats.parser, 'worker');
    assert.deepEqual({ parsed: first.loader.stats.parsedFiles, reused: first.loader.stats.reusedFiles }, { parsed: files.length, reused: 0 });
    assert.equal(first.loader.stats.persistedFiles, files.length, 'every file is in the persisted index');
    assert.ok(fs.readdirSync(path.join(storage, 'index-cache')).some((f) => f.endsWith('.ndjson')));

    const second = await loadOnce(storageUri);
    assert.deepEqual({ parsed: second.loader.stats.parsedFiles, reused: second.loader.stats.reusedFiles }, { parsed: 0, reused: files.length });
    assert.deepEqual([...second.index.files()].sort(), files);
    for (const file of files) {
      assert.deepStrictEqual(plainParsedFile(second.index.get(file)), plainParsedFile(first.index.get(file)), file);
      assert.deepStrictEqual(second.index.findings(file), first.index.findings(file), file);
    }

    // A file added while "VS Code was closed" is parsed; the others still come from the persisted index.
    await vscode.workspace.fs.writeFile(workspaceUri(PROBE), new TextEncoder().encode(PROBE_TEXT));
    const third = await loadOnce(storageUri);
    assert.deepEqual({ parsed: third.loader.stats.parsedFiles, reused: third.loader.stats.reusedFiles }, { parsed: 1, reused: files.length });
    assert.deepEqual(third.index.requirementsWithId('IDXPROBE-001').map((r) => r.data.title), ['Probe']);
  });

  test('a damaged persisted index is ignored, parsed again and rewritten', async () => {
    storage = fs.mkdtempSync(path.join(os.tmpdir(), 'reqdesk-storage-'));
    const storageUri = vscode.Uri.file(storage);
    await filesSettled([...api.index.files()]);
    const first = await loadOnce(storageUri);
    const count = [...first.index.files()].length;
    const folder = path.join(storage, 'index-cache');
    for (const chunk of fs.readdirSync(folder)) {
      fs.writeFileSync(path.join(folder, chunk), '{"format":"reqdesk-index-cache"\n\u0000 not json at all');
    }
    const second = await loadOnce(storageUri);
    assert.deepEqual({ parsed: second.loader.stats.parsedFiles, reused: second.loader.stats.reusedFiles }, { parsed: count, reused: 0 });
    const third = await loadOnce(storageUri);
    assert.deepEqual({ parsed: third.loader.stats.parsedFiles, reused: third.loader.stats.reusedFiles }, { parsed: 0, reused: count });
  });

  test('an unsaved buffer is parsed in the worker, and a read of the disk does not overwrite it', async () => {
    const uri = workspaceUri('requirements/portal.req.yaml');
    const index = new WorkspaceIndex();
    const loader = new WorkspaceLoader(index, { workerScript: workerScript() });
    try {
      await loader.loadAll();
      const document = await vscode.workspace.openTextDocument(uri);
      const at = document.getText().indexOf('Login goes to the home page');
      const edit = new vscode.WorkspaceEdit();
      edit.replace(uri, new vscode.Range(document.positionAt(at), document.positionAt(at + 'Login'.length)), 'Sign-in');
      assert.ok(await vscode.workspace.applyEdit(edit));
      await loader.loadBuffer(document);
      const title = (): string | undefined => index.requirementsWithId('PORTAL-001')[0]?.data.title;
      assert.equal(title(), 'Sign-in goes to the home page');
      assert.equal(loader.stats.parser, 'worker');
      await loader.load(uri);
      assert.equal(title(), 'Sign-in goes to the home page', 'the buffer, which the user sees, wins over the disk');
    } finally {
      loader.dispose();
    }
  });
});
