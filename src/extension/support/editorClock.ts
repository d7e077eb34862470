import * as vscode from 'vscode';
import { utcTimestamp } from '../../core/changeRequests/utcTimestamp';
import { chooseClock, msUntilLocalMidnight, systemClock, type Clock } from '../../core/clock';
import type { WorkspaceIndex } from '../../core/workspaceIndex';

/**
 * The editor's clock: the `reqdesk.today` setting (for tests and demos), else the REQDESK_TODAY environment
 * variable, else the local date. Read on every call, so a changed setting applies at once; a value that is no
 * date is ignored (the setting's schema already flags it).
 */
export function editorClock(): Clock {
  const clock = chooseClock([
    { source: 'reqdesk.today', value: vscode.workspace.getConfiguration('reqdesk').get<string>('today') },
    { source: 'REQDESK_TODAY', value: process.env.REQDESK_TODAY },
  ]);
  return 'invalid' in clock ? systemClock : clock;
}

/** A history entry's moment (UTC) and today's local date, read together from the editor's clock. */
export function transitionTime(): { readonly now: string; readonly today: string } {
  const clock = editorClock();
  return { now: utcTimestamp(clock.now()), today: clock.today() };
}

/**
 * Keeps the index's today current in a long-running editor: at local midnight (unless the day is fixed) and
 * when `reqdesk.today` changes. Setting a new day re-judges every requirements file.
 */
export class TodayFollower implements vscode.Disposable {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly index: WorkspaceIndex) {
    this.subscription = vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('reqdesk.today')) {
        this.follow();
      }
    });
    this.follow();
  }

  private follow(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const clock = editorClock();
    this.index.setToday(clock.today());
    if (!clock.fixed) {
      // A second past midnight: a timer may fire a little early, and the new date must have begun.
      this.timer = setTimeout(() => this.follow(), msUntilLocalMidnight(clock.now()) + 1_000);
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscription.dispose();
  }
}
