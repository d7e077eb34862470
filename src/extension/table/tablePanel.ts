import * as vscode from 'vscode';
import type { IndexChanges } from '../../core/indexChanges';
import type { IndexView } from '../../core/indexView';
import { encodeRows } from '../../shared/encodedRows';
import type { HostMessage, ReadyMessage, RenderedMessage, TableData, TableViewState, WebviewMessage } from '../../shared/protocol';
import { revealRequirement } from '../requirements/revealRequirement';
import { applyTableEdit } from './tableEdit';
import { exportTable } from './tableExport';
import { firstRows } from '../../shared/firstRows';
import { tableHtml } from './tableHtml';
import { webviewOptions } from '../support/webviewPage';
import { parseViewState, parseWebviewMessage } from '../../shared/tableMessages';
import { type AllRows, type ResolvedRow, TableRows } from './tableRows';
import { tableStrings } from './tableStrings';
import type { LiveMentions } from '../trace/mentionSource';
import { assertNever } from '../../shared/assertNever';

export const TABLE_VIEW_TYPE = 'reqdesk.table';
const VIEW_STATE_KEY = 'reqdesk.table.view';

/** Rows built for one index version; encoded when there was time to spare (while the page loads). */
interface Prepared {
  readonly version: number;
  readonly rows: AllRows;
  encoded?: TableData;
}

/**
 * The requirements table's host side: one webview panel, fed from the index. The webview says `ready`, gets the
 * rows it shows first (`firstRows`), says `rendered` when they are on screen, then gets all rows (`init`), then
 * only the documents that changed (`patch`), or everything again (`reset`) when most did.
 * Every message from the webview goes through parseWebviewMessage first; edits go through applyTableEdit.
 */
export class TablePanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly rows: TableRows;
  private readonly pending = new Set<string>();
  /** The webview has all rows and has not been torn down since (a hidden panel loses its page). */
  private live = false;
  /** `firstRows` went out: the page's next `rendered` asks for all rows. */
  private initOwed = false;
  private disposed = false;
  /** Batches of index changes so far: rows prepared before one of them are stale. */
  private version = 0;
  /** All rows, built while the page loads (it takes as long), for the page's `ready` and the `init` after it. */
  private prepared: Prepared | undefined;
  private prepareTimer: NodeJS.Timeout | undefined;
  private readonly posted = new vscode.EventEmitter<HostMessage>();
  private readonly renderedEmitter = new vscode.EventEmitter<RenderedMessage>();
  private readonly disposedEmitter = new vscode.EventEmitter<void>();

  /** Every message posted to the webview (tests capture them here). */
  readonly onDidPost = this.posted.event;
  /** The webview drew rows (after init, reset or patch). */
  readonly onDidRender = this.renderedEmitter.event;
  readonly onDidDispose = this.disposedEmitter.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly index: IndexView,
    changes: IndexChanges,
    private readonly context: vscode.ExtensionContext,
    mentions: LiveMentions,
  ) {
    this.rows = new TableRows(index, mentions);
    panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'media', 'reqdesk.svg');
    panel.webview.options = webviewOptions(context.extensionUri);
    panel.webview.html = tableHtml(panel.webview, context.extensionUri);
    this.prepare();
    this.disposables.push(
      this.posted,
      this.renderedEmitter,
      panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      panel.onDidChangeViewState(() => {
        if (!panel.visible) {
          // A hidden panel loses its page; shown again, the page loads anew and says ready.
          this.live = false;
          this.initOwed = false;
          this.prepared = undefined;
        } else if (!this.live) {
          this.prepare();
        }
      }),
      panel.onDidDispose(() => this.dispose()),
      changes.onDidChange((change) => {
        this.version++;
        this.update(change.records ? [...change.files, ...this.rows.recordCountsChanged()] : change.files);
      }),
      mentions.onDidChange(() => {
        this.version++;
        this.update(this.rows.tracedCountsChanged());
      }),
      // Saving changes no value but clears the row's "unsaved" mark.
      vscode.workspace.onDidSaveTextDocument((document) => this.update([document.uri.toString()])),
    );
  }

  /** Handles one message as if the webview had posted it; anything that is not a protocol message is ignored. */
  async receive(value: unknown): Promise<void> {
    const message = parseWebviewMessage(value);
    if (message) {
      await this.handle(message);
    }
  }

  private async handle(message: WebviewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.postFirstRows(message);
        return;
      case 'edit':
        this.post(await applyTableEdit(this.index, message));
        return;
      case 'reveal': {
        const resolved = this.rows.resolve(message.key);
        if (resolved) {
          await this.revealBeside(resolved);
        }
        return;
      }
      case 'export': {
        const rows = message.keys.map((key) => this.rows.resolve(key)).filter((row): row is ResolvedRow => row !== undefined);
        this.post(await exportTable(message, rows, this.index));
        return;
      }
      case 'save':
        await this.saveAll();
        return;
      case 'viewState':
        await this.context.workspaceState.update(VIEW_STATE_KEY, message.view);
        return;
      case 'rendered':
        this.renderedEmitter.fire(message);
        if (this.initOwed) {
          this.postInit();
        }
        return;
      default:
        return assertNever(message);
    }
  }

  reveal(): void {
    this.panel.reveal();
  }

  /**
   * Opens a row's requirement next to the table, which stays in view: in a group that already shows the file,
   * else in the group beside the table's (VS Code makes one when there is none).
   */
  private async revealBeside(resolved: ResolvedRow): Promise<void> {
    const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === resolved.file && e.viewColumn !== this.panel.viewColumn);
    await revealRequirement(this.index, resolved.file, resolved.row.id, resolved.index, shown?.viewColumn ?? vscode.ViewColumn.Beside);
  }

  /** Builds all rows right after the page is requested, so that building and loading overlap. */
  private prepare(): void {
    clearTimeout(this.prepareTimer);
    // A moment later: the panel's creation and its page go out to the workbench first.
    this.prepareTimer = setTimeout(() => {
      const prepared = this.build();
      prepared.encoded = { rows: encodeRows(prepared.rows.rows), vocabularies: prepared.rows.vocabularies };
    }, 0);
  }

  /** The prepared rows while no index change has made them stale, else built now. */
  private current(): Prepared {
    return this.prepared?.version === this.version ? this.prepared : this.build();
  }

  private build(): Prepared {
    // The rows hold every change so far: none is left to send as a patch.
    this.pending.clear();
    this.prepared = { version: this.version, rows: this.rows.all() };
    return this.prepared;
  }

  private postFirstRows(ready: ReadyMessage): void {
    const { rows, vocabularies } = this.current().rows;
    this.initOwed = true;
    this.post({
      type: 'firstRows', strings: tableStrings(), locale: vscode.env.language,
      ...firstRows(rows, vocabularies, ready.view ?? this.savedView(), ready.first, ready.count),
    });
  }

  /** All rows, once the first ones are on screen: posted earlier, their transfer would delay that first paint. */
  private postInit(): void {
    const prepared = this.current();
    prepared.encoded ??= { rows: encodeRows(prepared.rows.rows), vocabularies: prepared.rows.vocabularies };
    this.initOwed = false;
    this.prepared = undefined;
    this.live = true;
    this.post({ type: 'init', strings: tableStrings(), locale: vscode.env.language, view: this.savedView(), data: prepared.encoded });
    // Files saved or changed since the rows were built.
    this.update([]);
  }

  private savedView(): TableViewState | undefined {
    // Stored by an older version or edited by hand: only a well-formed state is used.
    return parseViewState(this.context.workspaceState.get<unknown>(VIEW_STATE_KEY));
  }

  private post(message: HostMessage): void {
    this.posted.fire(message);
    void this.panel.webview.postMessage(message);
  }

  /**
   * Sends the documents changed, once the page has all rows (until then they wait for init). A patch costs time in
   * proportion to the documents it carries and a reset to the whole table; when more than half of the documents
   * changed (a settings change, a checkout), a reset is as cheap and simpler for the webview.
   */
  private update(changed: Iterable<string>): void {
    for (const file of changed) {
      this.pending.add(file);
    }
    if (!this.live || this.pending.size === 0) {
      return;
    }
    const files = [...this.pending].filter((file) => this.rows.concernsRows(file));
    this.pending.clear();
    if (files.length === 0) {
      return;
    }
    if (files.length * 2 > Math.max(this.rows.documentCount(), 1)) {
      const { rows, vocabularies } = this.rows.all();
      this.post({ type: 'reset', data: { rows: encodeRows(rows), vocabularies } });
    } else {
      this.post({ type: 'patch', ...this.rows.documents(files) });
    }
  }

  /** Saves the requirement files with unsaved changes (the table's edits land in buffers). */
  private async saveAll(): Promise<void> {
    const dirty = vscode.workspace.textDocuments.filter((d) => d.isDirty && this.index.get(d.uri.toString())?.kind === 'requirements');
    await Promise.all(dirty.map((d) => d.save()));
  }

  dispose(): void {
    if (this.disposed) {
      return;
    }
    this.disposed = true;
    clearTimeout(this.prepareTimer);
    this.prepared = undefined;
    this.live = false;
    this.initOwed = false;
    this.disposedEmitter.fire();
    this.disposedEmitter.dispose();
    this.panel.dispose();
    vscode.Disposable.from(...this.disposables.splice(0)).dispose();
  }
}
