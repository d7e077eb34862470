import * as vscode from 'vscode';
import { changeRequestStatusLabel } from '../support/changeRequestStatusLabel';
import type { IndexChanges } from '../../core/indexChanges';
import type { ProblemTotals } from '../../core/problemTotals';
import type { IndexView } from '../../core/indexView';
import { CHANGE_REQUEST_STATUSES } from '../../core/changeRequests/workflow';
import { overdueInIndex } from '../../core/rules/overdueRule';

/** A change request is open until it is verified, rejected or withdrawn: implemented ones still wait for verification. */
const CLOSED_CHANGE_REQUEST_STATUSES: ReadonlySet<string> = new Set(['verified', 'rejected', 'withdrawn']);

/** What the status bar item shows, readable by tests through the extension's API. */
export interface StatusBarState {
  readonly text: string;
  readonly tooltip: string;
  readonly visible: boolean;
}

/**
 * `$(error) 2 $(warning) 5 $(git-pull-request) 3 $(clock) 7`: ReqDesk's problems, open change requests and
 * (when there are any) overdue requirements at a glance; the tooltip breaks the open requests down by status.
 * A click opens the Problems panel. Hidden while the workspace has no ReqDesk files.
 */
export class ProblemsStatusBar implements vscode.Disposable, StatusBarState {
  private readonly item = vscode.window.createStatusBarItem('reqdesk.status', vscode.StatusBarAlignment.Left, 10);
  private readonly subscription: { dispose(): void };
  private shown = false;
  /** Open change requests per status, in workflow order (statuses outside the workflow last). */
  private openByStatus = new Map<string, number>();
  /** Overdue requirements per requirements file, recounted for the files a change names. */
  private readonly overdueByFile = new Map<string, number>();
  private overdue = 0;

  constructor(private readonly index: IndexView, changes: IndexChanges, private readonly problems: ProblemTotals) {
    this.item.name = vscode.l10n.t('ReqDesk Problems');
    this.item.command = 'workbench.actions.view.problems';
    this.subscription = changes.onDidChange((change) => this.update(change.changeRequests, change.settings ? this.index.files() : change.files));
    this.update(true, this.index.files());
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

  /**
   * The problem totals follow the changed files on their own; change requests are counted again only when one
   * changed, overdue requirements only in the files a change names (every file when the settings changed; a new
   * day names every requirements file).
   */
  private update(changeRequestsChanged: boolean, files: Iterable<string>): void {
    const { error: errors, warning: warnings } = this.problems.totals;
    if (changeRequestsChanged) {
      this.openByStatus = openChangeRequestsByStatus(this.index);
    }
    for (const file of files) {
      this.overdue -= this.overdueByFile.get(file) ?? 0;
      const count = this.index.get(file)?.requirements.filter((r) => overdueInIndex(this.index, r) !== undefined).length ?? 0;
      this.overdue += count;
      if (count > 0) {
        this.overdueByFile.set(file, count);
      } else {
        this.overdueByFile.delete(file);
      }
    }
    const open = [...this.openByStatus.values()].reduce((sum, n) => sum + n, 0);
    this.item.text = `$(error) ${errors} $(warning) ${warnings} $(git-pull-request) ${open}${this.overdue > 0 ? ` $(clock) ${this.overdue}` : ''}`;
    const summary = vscode.l10n.t('ReqDesk: {0} errors, {1} warnings, {2} open change requests', errors, warnings, open);
    const lines = [
      summary,
      ...(open > 0 ? [[...this.openByStatus].map(([status, count]) => vscode.l10n.t('{0}: {1}', status ? changeRequestStatusLabel(status) : vscode.l10n.t('(none)'), count)).join(', ')] : []),
      ...(this.overdue > 0 ? [vscode.l10n.t('{0} overdue requirement(s)', this.overdue)] : []),
    ];
    this.item.tooltip = lines.join('\n');
    this.item.accessibilityInformation = { label: lines.join('. '), role: 'button' };
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

function openChangeRequestsByStatus(index: IndexView): Map<string, number> {
  const counts = new Map<string, number>();
  for (const cr of index.changeRequests()) {
    const status = cr.data.status ?? '';
    if (!CLOSED_CHANGE_REQUEST_STATUSES.has(status)) {
      counts.set(status, (counts.get(status) ?? 0) + 1);
    }
  }
  const rank = (status: string): number => {
    const i = (CHANGE_REQUEST_STATUSES as readonly string[]).indexOf(status);
    return i === -1 ? CHANGE_REQUEST_STATUSES.length : i;
  };
  return new Map([...counts].sort((a, b) => rank(a[0]) - rank(b[0]) || a[0].localeCompare(b[0])));
}
