import * as vscode from 'vscode';
import type { WorkspaceIndex } from '../core/workspaceIndex';

/** Change requests still waiting for a decision or for implementation. */
const OPEN_CHANGE_REQUEST_STATUSES: ReadonlySet<string> = new Set(['submitted', 'assessed', 'approved']);
/** Index changes come in bursts (a whole workspace load, typing); count once per burst. */
const UPDATE_DELAY_MS = 100;

/** What the status bar item shows, readable by tests through the extension's API. */
export interface StatusBarState {
  readonly text: string;
  readonly tooltip: string;
  readonly visible: boolean;
}

/**
 * `$(error) 2 $(warning) 5 $(git-pull-request) 3`: ReqDesk's problems and open change requests at a glance;
 * a click opens the Problems panel. Hidden while the workspace has no ReqDesk files.
 */
export class ProblemsStatusBar implements vscode.Disposable, StatusBarState {
  private readonly item = vscode.window.createStatusBarItem('reqdesk.status', vscode.StatusBarAlignment.Left, 10);
  private readonly subscription: { dispose(): void };
  private timer: NodeJS.Timeout | undefined;
  private shown = false;

  constructor(private readonly index: WorkspaceIndex) {
    this.item.name = vscode.l10n.t('ReqDesk Problems');
    this.item.command = 'workbench.actions.view.problems';
    this.subscription = index.onDidChange(() => (this.timer ??= setTimeout(() => this.update(), UPDATE_DELAY_MS)));
    this.update();
  }

  get text(): string {
    return this.item.text;
  }

  get tooltip(): string {
    return typeof this.item.tooltip === 'string' ? this.item.tooltip : '';
  }

  get visible(): boolean {
    return this.shown;
  }

  private update(): void {
    this.timer = undefined;
    let errors = 0;
    let warnings = 0;
    let files = 0;
    for (const file of this.index.files()) {
      files++;
      for (const finding of this.index.findings(file)) {
        errors += finding.severity === 'error' ? 1 : 0;
        warnings += finding.severity === 'warning' ? 1 : 0;
      }
    }
    const open = this.index.changeRequests().filter((cr) => OPEN_CHANGE_REQUEST_STATUSES.has(cr.data.status ?? '')).length;
    this.item.text = `$(error) ${errors} $(warning) ${warnings} $(git-pull-request) ${open}`;
    const summary = vscode.l10n.t('ReqDesk: {0} errors, {1} warnings, {2} open change requests', errors, warnings, open);
    this.item.tooltip = summary;
    this.item.accessibilityInformation = { label: summary, role: 'button' };
    this.shown = files > 0;
    if (this.shown) {
      this.item.show();
    } else {
      this.item.hide();
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscription.dispose();
    this.item.dispose();
  }
}
