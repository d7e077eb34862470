// Shared by quickFixes.test.ts and commands.test.ts: the extension's API, scripted answers to prompts, and
// putting fixture files back exactly as they were, so that suites running later see the fixture unchanged.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ReqDeskApi } from '../../src/extension/extension';

const EXTENSION_ID = 'reqdesk.reqdesk';
const DEADLINE_MS = 10_000;

/** Resolves once `condition` holds (checked every `pollMs`); rejects at the deadline. Never a fixed sleep. */
export async function waitUntil(what: string, condition: () => boolean | Promise<boolean>, timeoutMs = DEADLINE_MS, pollMs = 25): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

let activation: Promise<ReqDeskApi> | undefined;

/** Buffers changed since the index last updated them: the extension re-reads a buffer a moment after it changes. */
const behindIndex = new Set<string>();

/** The API once the extension has activated by itself from the fixture workspace and indexed it. */
export function activated(): Promise<ReqDeskApi> {
  activation ??= (async () => {
    const extension = vscode.extensions.getExtension<ReqDeskApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded in the extension host`);
    await waitUntil(`${EXTENSION_ID} to activate`, () => extension.isActive, 20_000, 50);
    await extension.exports.ready;
    // Any change event (saves and reverts too) makes the extension re-read the buffer after its debounce.
    vscode.workspace.onDidChangeTextDocument((e) => behindIndex.add(e.document.uri.toString()));
    extension.exports.changes.onDidChange((change) => change.files.forEach((file) => behindIndex.delete(file)));
    return extension.exports;
  })();
  return activation;
}

/**
 * Waits until the index has read the buffer's latest change. Deleting a file while the extension is still
 * about to re-read its buffer would bring the file back into the index after the delete.
 */
export async function indexCaughtUp(uri: vscode.Uri): Promise<void> {
  await waitUntil(`the index to read the latest ${vscode.workspace.asRelativePath(uri)}`, () => !behindIndex.has(uri.toString()));
}

export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the fixture workspace is open');
  return vscode.Uri.joinPath(folder.uri, relative);
}

export async function diskText(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** The text the user sees: the open buffer's, else the file's. */
export async function liveText(uri: vscode.Uri): Promise<string> {
  return (await vscode.workspace.openTextDocument(uri)).getText();
}

/** `text` with its 0-based line `line` replaced (`undefined` removes the line). */
export function withLine(text: string, line: number, replacement: string | undefined): string {
  const lines = text.split('\n');
  lines.splice(line, 1, ...(replacement === undefined ? [] : [replacement]));
  return lines.join('\n');
}

/** `text` with `inserted` lines placed before 0-based line `line`. */
export function withLinesAt(text: string, line: number, ...inserted: string[]): string {
  const lines = text.split('\n');
  lines.splice(line, 0, ...inserted);
  return lines.join('\n');
}

/** How the index sees a file: changes whenever the index has re-read a different text. */
function indexView(api: ReqDeskApi, uri: vscode.Uri): string {
  const parsed = api.index.get(uri.toString());
  return JSON.stringify(parsed ? { header: parsed.header, requirements: parsed.requirements.map((r) => [r.data, r.range]) } : null);
}

/**
 * Fixture files a test may edit: remembered as they are on disk and in the index, and put back afterwards —
 * unsaved edits reverted, the disk rewritten if a test saved, and the index back to the same view.
 */
export class FixtureFiles {
  private readonly saved = new Map<string, { readonly uri: vscode.Uri; readonly text: string; readonly view: string }>();

  constructor(private readonly api: ReqDeskApi) {}

  async remember(...relatives: string[]): Promise<void> {
    for (const relative of relatives) {
      const uri = workspaceUri(relative);
      this.saved.set(uri.toString(), { uri, text: await diskText(uri), view: indexView(this.api, uri) });
    }
  }

  original(relative: string): string {
    const saved = this.saved.get(workspaceUri(relative).toString());
    assert.ok(saved, `${relative} was remembered`);
    return saved.text;
  }

  async restore(): Promise<void> {
    for (const { uri, text } of this.saved.values()) {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (document?.isDirty) {
        await vscode.window.showTextDocument(document);
        await vscode.commands.executeCommand('workbench.action.files.revert');
      }
      if ((await diskText(uri)) !== text) {
        await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
      }
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    for (const { uri, text, view } of this.saved.values()) {
      await indexCaughtUp(uri);
      await waitUntil(`${vscode.workspace.asRelativePath(uri)} to be as before`, async () => (await liveText(uri)) === text && indexView(this.api, uri) === view);
    }
  }
}

/** Writes a file the test needs and waits until the index has it. */
export async function createFile(api: ReqDeskApi, relative: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceUri(relative);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
  await waitUntil(`the index to read ${relative}`, () => api.index.has(uri.toString()));
  return uri;
}

/** Deletes a file a test made and waits until neither the index nor the Problems panel has it. */
export async function deleteFile(api: ReqDeskApi, uri: vscode.Uri): Promise<void> {
  await indexCaughtUp(uri);
  await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
  await waitUntil(`the index to forget ${uri.path}`, () => !api.index.has(uri.toString()));
  await waitUntil(`the diagnostics of ${uri.path} to clear`, () => vscode.languages.getDiagnostics(uri).length === 0);
}

/** A prompt as the extension showed it. */
export interface ShownPick {
  readonly items: readonly vscode.QuickPickItem[];
  readonly options: vscode.QuickPickOptions | undefined;
}

export interface ShownInput {
  readonly options: vscode.InputBoxOptions | undefined;
  /** What validateInput said to each value typed, in order (undefined: accepted). */
  readonly validation: (string | undefined)[];
}

export interface ShownMessage {
  readonly severity: 'error' | 'warning' | 'info';
  readonly message: string;
}

type PickAnswer = (items: readonly vscode.QuickPickItem[]) => vscode.QuickPickItem | undefined;

const PROMPTS = ['showQuickPick', 'showInputBox', 'showSaveDialog', 'showErrorMessage', 'showWarningMessage', 'showInformationMessage'] as const;

type Window = Record<(typeof PROMPTS)[number], unknown>;

/**
 * Replaces the prompts on `vscode.window` (which the extension shares with the tests) by scripted answers and
 * records what was shown. A prompt with no scripted answer fails the test. `restore()` puts the real ones back.
 */
export class ScriptedPrompts {
  readonly picks: ShownPick[] = [];
  readonly inputs: ShownInput[] = [];
  readonly messages: ShownMessage[] = [];
  readonly saveDialogs: (vscode.SaveDialogOptions | undefined)[] = [];
  private readonly pickAnswers: PickAnswer[] = [];
  private readonly saveAnswers: (vscode.Uri | undefined)[] = [];
  private readonly inputAnswers: (readonly string[] | undefined)[] = [];
  private readonly originals: Window;
  private readonly unexpected: string[] = [];

  constructor() {
    const window = vscode.window as unknown as Window;
    this.originals = Object.fromEntries(PROMPTS.map((name) => [name, window[name]])) as Window;
    window.showQuickPick = async (items: readonly vscode.QuickPickItem[] | Thenable<readonly vscode.QuickPickItem[]>, options?: vscode.QuickPickOptions) => {
      const list = await items;
      this.picks.push({ items: list, options });
      const answer = this.pickAnswers.shift();
      if (!answer) {
        this.unexpected.push(`quick pick "${options?.placeHolder ?? options?.title ?? ''}"`);
        return undefined;
      }
      return answer(list);
    };
    window.showInputBox = async (options?: vscode.InputBoxOptions) => {
      const shown: ShownInput = { options, validation: [] };
      this.inputs.push(shown);
      if (this.inputAnswers.length === 0) {
        this.unexpected.push(`input box "${options?.prompt ?? ''}"`);
        return undefined;
      }
      // The user types each value in turn; the box accepts the first that validation lets through.
      for (const value of this.inputAnswers.shift() ?? []) {
        const result = await options?.validateInput?.(value);
        const message = typeof result === 'string' || result === null || result === undefined ? result ?? undefined : result.message;
        const blocks = typeof result === 'string' ? result !== '' : result !== null && result !== undefined && result.severity === vscode.InputBoxValidationSeverity.Error;
        shown.validation.push(message);
        if (!blocks) {
          return value;
        }
      }
      return undefined;
    };
    window.showSaveDialog = async (options?: vscode.SaveDialogOptions) => {
      this.saveDialogs.push(options);
      if (this.saveAnswers.length === 0) {
        this.unexpected.push(`save dialog "${options?.title ?? ''}"`);
        return undefined;
      }
      return this.saveAnswers.shift();
    };
    const message = (severity: ShownMessage['severity']) => async (text: string) => {
      this.messages.push({ severity, message: text });
      return undefined;
    };
    window.showErrorMessage = message('error');
    window.showWarningMessage = message('warning');
    window.showInformationMessage = message('info');
  }

  /** The next quick pick answers with the item of this label (or as the function decides; undefined = Escape). */
  pick(answer: string | PickAnswer | undefined): this {
    this.pickAnswers.push(
      typeof answer === 'function'
        ? answer
        : (items) => {
            if (answer === undefined) {
              return undefined;
            }
            const item = items.find((i) => i.label === answer);
            assert.ok(item, `the quick pick offers "${answer}"; it offers ${items.map((i) => `"${i.label}"`).join(', ')}`);
            return item;
          },
    );
    return this;
  }

  /** The next input box: the user types these values in turn; none accepted (or none given) = Escape. */
  input(...values: string[]): this {
    this.inputAnswers.push(values);
    return this;
  }

  /** The next save dialog answers with this file (undefined = Cancel); the real one confirms an overwrite. */
  save(answer: vscode.Uri | undefined): this {
    this.saveAnswers.push(answer);
    return this;
  }

  /** Fails when a prompt came that the test did not script, or a scripted answer was not asked for. */
  assertAllAnswered(): void {
    assert.deepEqual(this.unexpected, [], 'prompts without a scripted answer');
    assert.equal(this.pickAnswers.length + this.inputAnswers.length + this.saveAnswers.length, 0, 'scripted answers that were never asked for');
  }

  restore(): void {
    Object.assign(vscode.window, this.originals);
  }
}

/** Labels of the selectable items (separators left out). */
export function labels(pick: ShownPick | undefined): string[] {
  return (pick?.items ?? []).filter((i) => i.kind !== vscode.QuickPickItemKind.Separator).map((i) => i.label);
}

/**
 * A git configuration for the extension host's git (GIT_CONFIG_GLOBAL) naming `name` as user.name (none: no name),
 * so that "who" files or decides is known; one file per name.
 */
export function gitUserConfig(name: string | undefined): string {
  const file = path.join(os.tmpdir(), `reqdesk-gitconfig-${process.pid}-${name ? name.replace(/[^A-Za-z0-9]+/g, '-') : 'none'}`);
  fs.writeFileSync(file, name ? `[user]\n\tname = ${name}\n` : '');
  return file;
}

/** Points the extension host's git at gitUserConfig(name), system configuration off; returns what puts both back. */
export function useGitUser(name: string | undefined): () => void {
  const saved = { GIT_CONFIG_GLOBAL: process.env.GIT_CONFIG_GLOBAL, GIT_CONFIG_NOSYSTEM: process.env.GIT_CONFIG_NOSYSTEM };
  process.env.GIT_CONFIG_GLOBAL = gitUserConfig(name);
  process.env.GIT_CONFIG_NOSYSTEM = '1';
  return () => {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) {
        delete process.env[key];
      } else {
        process.env[key] = value;
      }
    }
  };
}
