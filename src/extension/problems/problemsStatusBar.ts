import * as vscode from 'vscode';
import type { IndexChanges } from '../../core/indexChanges';
import type { ProblemTotals } from '../../core/problemTotals';
import type { IndexView } from '../../core/indexView';

/** Change requests still waiting for a decision or for implementation. */
const OPEN_CHANGE_REQUEST_STATUSES: ReadonlySet<string> = new Set(['submitted', 'assessed', 'approved']);

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
  private shown = false;
  private openChangeRequests = 0;

  constructor(private readonly index: IndexView, changes: IndexChanges, private readonly problems: ProblemTotals) {
    this.item.name = vscode.l10n.t('ReqDesk Problems');
    this.item.command = 'workbench.actions.view.problems';
    this.subscription = changes.onDidChange((change) => this.update(change.changeRequests));
    this.update(true);
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

  /** The problem totals follow the changed files on their own; change requests are counted again only when one changed. */
  private update(changeRequestsChanged: boolean): void {
    const { error: errors, warning: warnings } = this.problems.totals;
    if (changeRequestsChanged) {
      this.openChangeRequests = this.index.changeRequests().filter((cr) => OPEN_CHANGE_REQUEST_STATUSES.has(cr.data.status ?? '')).length;
    }
    const open = this.openChangeRequests;
    this.item.text = `$(error) ${errors} $(warning) ${warnings} $(git-pull-request) ${open}`;
    const summary = vscode.l10n.t('ReqDesk: {0} errors, {1} warnings, {2} open change requests', errors, warnings, open);
    this.item.tooltip = summary;
    this.item.accessibilityInformation = { label: summary, role: 'button' };
    this.shown = this.index.files().next().done !== true;
    if (this.shown) {
      this.item.show();
    } else {
      this.item.hide();
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }
}
