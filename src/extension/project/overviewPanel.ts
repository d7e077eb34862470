import * as vscode from 'vscode';
import type { IndexView } from '../../core/indexView';
import { namesPlace } from '../../shared/overviewModel';
import { parseOverviewMessage } from '../../shared/overviewMessages';
import type { OverviewHostMessage, OverviewRenderedMessage, OverviewWebviewMessage } from '../../shared/overviewProtocol';
import { webviewOptions, webviewPage } from '../support/webviewPage';
import { overviewStrings } from './overviewStrings';
import { projectLabel } from './projectLabels';
import type { ProjectStateSource } from './projectStateSource';
import { assertNever } from '../../shared/assertNever';

export const OVERVIEW_VIEW_TYPE = 'reqdesk.overview';

/**
 * The Project Overview's host side: one webview panel drawing the project state. The page says `ready` and gets
 * the state; every change of the state after that is posted again while the panel is visible (a hidden panel
 * loses its page and says `ready` again when shown). Every message from the page goes through
 * parseOverviewMessage first, `open` only opens a place the posted state names, and `chooseProject` only shows an
 * indexed reqdesk.yaml's project.
 */
export class OverviewPanel implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private readonly posted = new vscode.EventEmitter<OverviewHostMessage>();
  private readonly renderedEmitter = new vscode.EventEmitter<OverviewRenderedMessage>();
  private readonly disposedEmitter = new vscode.EventEmitter<void>();
  private ready = false;
  private disposed = false;

  /** Every message posted to the page (tests capture them here). */
  readonly onDidPost = this.posted.event;
  /** The page drew a state. */
  readonly onDidRender = this.renderedEmitter.event;
  readonly onDidDispose = this.disposedEmitter.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly index: IndexView,
    private readonly source: ProjectStateSource,
    extensionUri: vscode.Uri,
  ) {
    panel.iconPath = vscode.Uri.joinPath(extensionUri, 'media', 'reqdesk.svg');
    panel.webview.options = webviewOptions(extensionUri);
    panel.webview.html = webviewPage(panel.webview, extensionUri, {
      script: 'overview.js', styles: ['common.css', 'overview.css'], title: vscode.l10n.t('Project Overview'),
    });
    this.disposables.push(
      this.posted,
      this.renderedEmitter,
      panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      panel.onDidChangeViewState(() => {
        if (!panel.visible) {
          this.ready = false;
        }
      }),
      panel.onDidDispose(() => this.dispose()),
      source.onDidChange(() => {
        if (this.ready) {
          this.postState();
        }
      }),
    );
  }

  /** Handles one message as if the page had posted it; anything that is not a protocol message is ignored. */
  async receive(value: unknown): Promise<void> {
    const message = parseOverviewMessage(value);
    if (message) {
      await this.handle(message);
    }
  }

  private async handle(message: OverviewWebviewMessage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.postState();
        return;
      case 'open':
        if (namesPlace(this.source.state(), message.file, message.line)) {
          await this.open(message.file, message.line);
        }
        return;
      case 'chooseProject':
        await this.source.choose(message.key);
        return;
      case 'rendered':
        this.renderedEmitter.fire(message);
        return;
      default:
        return assertNever(message);
    }
  }

  reveal(): void {
    this.panel.reveal();
  }

  /**
   * Opens the item's file at its line beside the overview, which stays in view: where the file is shown already,
   * else in another editor group, so that opening item after item does not split the window again and again.
   */
  private async open(file: string, line: number): Promise<void> {
    const position = new vscode.Position(line, 0);
    const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === file && e.viewColumn !== this.panel.viewColumn);
    const other = vscode.window.tabGroups.all.find((group) => group.viewColumn !== this.panel.viewColumn);
    const editor = await vscode.window.showTextDocument(vscode.Uri.parse(file), {
      selection: new vscode.Range(position, position), viewColumn: shown?.viewColumn ?? other?.viewColumn ?? vscode.ViewColumn.Beside, preview: true,
    });
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  private postState(): void {
    const state = this.source.state();
    const scope = this.source.scope();
    const settings = this.index.settingsFor(scope ?? '');
    const projects = this.source.projects().flatMap((key) => (key === undefined ? [] : [{ key, label: projectLabel(this.index, key) }]));
    this.post({
      type: 'state', state, doneStatuses: settings.doneStatuses, strings: overviewStrings(state, settings), locale: vscode.env.language,
      projects: projects.length > 1 ? projects : [], project: scope,
    });
  }

  private post(message: OverviewHostMessage): void {
    this.posted.fire(message);
    void this.panel.webview.postMessage(message);
  }

  dispose(): void {
    if (this.disposed) {
      return;
    }
    this.disposed = true;
    this.disposedEmitter.fire();
    this.disposedEmitter.dispose();
    this.panel.dispose();
    vscode.Disposable.from(...this.disposables.splice(0)).dispose();
  }
}
