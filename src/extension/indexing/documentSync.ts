import * as vscode from 'vscode';
import type { WorkspaceLoader } from './workspaceLoader';

/** Typing pauses shorter than this do not re-validate: it keeps the editor smooth on large files. */
const TYPING_DEBOUNCE_MS = 200;

/**
 * Keeps the index current: live buffers while the user types (before saving), and the disk for everything
 * else, including changes made outside the editor (git checkout, other tools).
 */
export class DocumentSync implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly timers = new Map<string, NodeJS.Timeout>();

  constructor(private readonly loader: WorkspaceLoader, private readonly reloadAll: () => Promise<void>) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => this.scheduleBuffer(e.document)),
      vscode.workspace.onDidCloseTextDocument((d) => this.onClose(d)),
    );
    // Markdown for communication records: the loader reads only those its settings' record globs take.
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{req.yaml,req.yml,cr.yaml,cr.yml,risks.yaml,risks.yml,md}');
    const settingsWatcher = vscode.workspace.createFileSystemWatcher('**/reqdesk.yaml');
    // Deletions only: a deleted folder is reported once, for itself, whatever ReqDesk files it held.
    const folderWatcher = vscode.workspace.createFileSystemWatcher('**', true, true, false);
    this.disposables.push(
      watcher,
      watcher.onDidCreate((uri) => this.fromDisk(uri)),
      watcher.onDidChange((uri) => this.fromDisk(uri)),
      watcher.onDidDelete((uri) => {
        // A pending re-read of the buffer would bring the deleted file back into the index.
        clearTimeout(this.timers.get(uri.toString()));
        this.timers.delete(uri.toString());
        this.loader.forget(uri);
      }),
      settingsWatcher,
      // Settings decide globs, vocabularies and severities: re-read everything.
      settingsWatcher.onDidCreate(() => void this.reloadAll()),
      settingsWatcher.onDidChange(() => void this.reloadAll()),
      settingsWatcher.onDidDelete((uri) => {
        this.loader.forget(uri);
        void this.reloadAll();
      }),
      folderWatcher,
      folderWatcher.onDidDelete((uri) => {
        if (this.loader.forgetFolder(uri)) {
          void this.reloadAll();
        }
      }),
    );
  }

  private tracked(document: vscode.TextDocument): boolean {
    return this.loader.kindOf(document.uri) !== undefined && vscode.workspace.getWorkspaceFolder(document.uri) !== undefined;
  }

  private scheduleBuffer(document: vscode.TextDocument): void {
    if (!this.tracked(document)) {
      return;
    }
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => {
      this.timers.delete(key);
      // Parsed in the index worker, off the shared extension host.
      void this.loader.loadBuffer(document);
    }, TYPING_DEBOUNCE_MS));
  }

  /** A buffer closed without saving leaves the disk as the truth. */
  private onClose(document: vscode.TextDocument): void {
    if (this.tracked(document)) {
      clearTimeout(this.timers.get(document.uri.toString()));
      void this.loader.load(document.uri);
    }
  }

  private fromDisk(uri: vscode.Uri): void {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    // An open, modified buffer is what the user sees; the disk version would hide their edits.
    if (!open?.isDirty) {
      void this.loader.load(uri);
    }
  }

  dispose(): void {
    for (const timer of this.timers.values()) {
      clearTimeout(timer);
    }
    vscode.Disposable.from(...this.disposables).dispose();
  }
}
