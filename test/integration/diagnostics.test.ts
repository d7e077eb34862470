// ReqDesk's diagnostics in a real VS Code: the extension activates from the fixture workspace by itself,
// publishes exactly the core's problems, and follows unsaved edits. The runner opens a temp copy of
// test/fixtures/workspace, so editing it never dirties the repository.
import * as assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import * as vscode from 'vscode';
import type { ReqDeskApi } from '../../src/extension/extension';
import {
  BAD_PROBLEMS, BAD_PROBLEMS_AFTER_OWNER_EDIT, CHANGE_REQUEST_PROBLEMS, FIXTURE_FILES, OWNER_EDIT,
  sortProblems, type ExpectedProblem, type ExpectedSeverity,
} from './fixtureExpectations';

const EXTENSION_ID = 'reqdesk.reqdesk';
const SOURCE = 'ReqDesk';
/** Generous for a loaded CI machine; the extension's own debounce is 200 ms. */
const LIVE_UPDATE_DEADLINE_MS = 5_000;

const SEVERITY: Record<vscode.DiagnosticSeverity, ExpectedSeverity | 'hint'> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'info',
  [vscode.DiagnosticSeverity.Hint]: 'hint',
};

/** One line per problem, e.g. `6:4-6:15 warning missing-owner (ReqDesk)`: assertion diffs stay readable. */
function formatProblem(range: readonly [number, number, number, number], severity: string, code: string, source: string | undefined): string {
  return `${range[0]}:${range[1]}-${range[2]}:${range[3]} ${severity} ${code} (${source})`;
}

function codeOf(diagnostic: vscode.Diagnostic): string {
  return String(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code);
}

/** What VS Code shows for `uri`, ordered like sortProblems orders expectations: position, then code. */
function published(uri: vscode.Uri): string[] {
  return [...vscode.languages.getDiagnostics(uri)]
    .sort((a, b) => a.range.start.compareTo(b.range.start) || codeOf(a).localeCompare(codeOf(b)))
    .map((d) => formatProblem([d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character], SEVERITY[d.severity], codeOf(d), d.source));
}

function expected(problems: readonly ExpectedProblem[]): string[] {
  return sortProblems(problems).map((p) => formatProblem(p.range, p.severity, p.code, SOURCE));
}

/**
 * Resolves once `condition` holds, re-checking on each event (and every `pollMs` for state that has no event);
 * rejects at the deadline. Never a fixed sleep: a fast machine finishes as soon as the state is reached.
 */
function waitUntil(what: string, condition: () => boolean, options: { timeoutMs: number; events?: vscode.Event<unknown>[]; pollMs?: number }): Promise<void> {
  return new Promise((resolve, reject) => {
    const subscriptions = (options.events ?? []).map((event) => event(() => check()));
    const poll = options.pollMs ? setInterval(() => check(), options.pollMs) : undefined;
    const deadline = setTimeout(() => finish(new Error(`timed out after ${options.timeoutMs} ms waiting for ${what}`)), options.timeoutMs);
    function finish(error?: Error): void {
      clearTimeout(deadline);
      clearInterval(poll);
      subscriptions.forEach((s) => s.dispose());
      if (error) {
        reject(error);
      } else {
        resolve();
      }
    }
    function check(): void {
      if (condition()) {
        finish();
      }
    }
    check();
  });
}

/** Waits until `uri` shows exactly `problems`, then asserts it, so a timeout fails with a readable diff. */
async function expectDiagnostics(uri: vscode.Uri, problems: readonly ExpectedProblem[], timeoutMs = LIVE_UPDATE_DEADLINE_MS): Promise<void> {
  const want = expected(problems);
  await waitUntil(`the diagnostics of ${uri.path}`, () => isDeepStrictEqual(published(uri), want), {
    timeoutMs,
    events: [vscode.languages.onDidChangeDiagnostics],
  }).catch(() => undefined);
  assert.deepEqual(published(uri), want, `diagnostics of ${uri.path}`);
}

function withDeadline<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

let activation: Promise<ReqDeskApi> | undefined;

/** The API of the extension once it has activated by itself (never activate() here: that would hide a broken activation event). */
function activated(): Promise<ReqDeskApi> {
  activation ??= (async () => {
    const extension = vscode.extensions.getExtension<ReqDeskApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded in the extension host`);
    await waitUntil(`${EXTENSION_ID} to activate`, () => extension.isActive, { timeoutMs: 20_000, pollMs: 50 });
    const api = extension.exports;
    assert.equal(typeof api?.ready?.then, 'function', 'activate() returns { index, ready }');
    await withDeadline(api.ready, 20_000, 'the first full index (api.ready)');
    return api;
  })();
  return activation;
}

function fixtureUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace is open');
  return vscode.Uri.joinPath(folder.uri, relative);
}

suite('Diagnostics', () => {
  test('the extension activates from the fixture workspace and indexes it', async () => {
    const api = await activated();
    assert.equal(api.index.requirements().length, 8, 'portal.req.yaml has 3 requirements, bad.req.yaml 5');
    assert.equal(api.index.changeRequests().length, 1);
  });

  test('bad.req.yaml shows exactly its known problems', async () => {
    await activated();
    await expectDiagnostics(fixtureUri(FIXTURE_FILES.bad), BAD_PROBLEMS);
  });

  test('the approved change request without a decision is flagged', async () => {
    await activated();
    await expectDiagnostics(fixtureUri(FIXTURE_FILES.changeRequest), CHANGE_REQUEST_PROBLEMS);
  });

  test('clean files have no diagnostics', async () => {
    await activated();
    await expectDiagnostics(fixtureUri(FIXTURE_FILES.bad), BAD_PROBLEMS); // published, so absence below means something
    assert.deepEqual(published(fixtureUri(FIXTURE_FILES.portal)), []);
    assert.deepEqual(published(fixtureUri(FIXTURE_FILES.settings)), []);
    const withReqDesk = vscode.languages
      .getDiagnostics()
      .filter(([, diagnostics]) => diagnostics.some((d) => d.source === SOURCE))
      .map(([uri]) => uri.toString())
      .sort();
    // The weekly call's overdue action is information (record-action-overdue).
    assert.deepEqual(withReqDesk, [fixtureUri(FIXTURE_FILES.changeRequest).toString(), fixtureUri(FIXTURE_FILES.bad).toString(), fixtureUri('notes/2026-11-20-weekly-call.md').toString()].sort());
  });

  suite('while the user types (unsaved)', () => {
    const bad = (): vscode.Uri => fixtureUri(FIXTURE_FILES.bad);

    teardown(async () => {
      // Back to the text on disk, so later tests see the fixture as it is.
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === bad().toString());
      if (document?.isDirty) {
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      await expectDiagnostics(bad(), BAD_PROBLEMS);
    });

    test('adding the missing owner removes missing-owner before the file is saved', async () => {
      await activated();
      await expectDiagnostics(bad(), BAD_PROBLEMS);
      const onDisk = new TextDecoder().decode(await vscode.workspace.fs.readFile(bad()));
      const editor = await vscode.window.showTextDocument(bad());
      const started = Date.now();
      assert.ok(await editor.edit((edit) => edit.insert(new vscode.Position(OWNER_EDIT.line, 0), OWNER_EDIT.text)), 'the edit applies');

      await expectDiagnostics(bad(), BAD_PROBLEMS_AFTER_OWNER_EDIT);
      console.log(`      (diagnostics followed the edit in ${Date.now() - started} ms)`);
      assert.ok(editor.document.isDirty, 'the edit is not saved');
      assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(bad())), onDisk, 'the file on disk is unchanged');
    });
  });
});
