import * as vscode from 'vscode';
import type { IndexChanges } from '../../core/indexChanges';
import type { IndexView } from '../../core/indexView';
import { computeProjectState } from '../../core/project/computeProjectState';
import { type SettingsScope, settingsScopes } from '../../core/project/projectScope';
import type { ProjectState } from '../../core/project/projectState';

/** Later changes within this spell are one recomputation: a save often touches several files in turn. */
const RECOMPUTE_DELAY_MS = 100;

/** The workspace state key of the project chosen in the overview, kept across sessions. */
const CHOSEN_PROJECT_KEY = 'reqdesk.overview.project';

/**
 * The project state the overview and the Project view show: computed from the index on first use after a change
 * (never while nobody looks), and announced, debounced, when the index changes. The project is the one chosen in
 * the overview (remembered in the workspace state) while its reqdesk.yaml is indexed, else the first reqdesk.yaml
 * (in a multi-root workspace, the first folder's).
 */
export class ProjectStateSource implements vscode.Disposable {
  private cached: ProjectState | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[];
  /** The state may differ from the one last read: fired once after a spell of index changes. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly index: IndexView, changes: IndexChanges, private readonly memento: vscode.Memento) {
    this.subscriptions = [
      this.changed,
      changes.onDidChange(() => this.invalidate()),
      // The clock's day moved (the reqdesk.today setting, or midnight re-judging the files through the index).
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('reqdesk.today')) {
          this.invalidate();
        }
      }),
    ];
  }

  /** The projects there are to choose from: every indexed reqdesk.yaml, or the one undefined scope without any. */
  projects(): SettingsScope[] {
    return settingsScopes(this.index);
  }

  /** The project shown. */
  scope(): SettingsScope {
    const projects = this.projects();
    const chosen = this.memento.get<string>(CHOSEN_PROJECT_KEY);
    return projects.find((scope) => scope !== undefined && scope === chosen) ?? projects[0];
  }

  /** Shows the project of this reqdesk.yaml (an index key) from now on; anything else is ignored. */
  async choose(scope: string): Promise<void> {
    if (!this.projects().includes(scope) || scope === this.scope()) {
      return;
    }
    await this.memento.update(CHOSEN_PROJECT_KEY, scope);
    this.cached = undefined;
    clearTimeout(this.timer);
    this.changed.fire();
  }

  state(): ProjectState {
    this.cached ??= computeProjectState(this.index, this.scope(), this.index.today);
    return this.cached;
  }

  private invalidate(): void {
    this.cached = undefined;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.changed.fire(), RECOMPUTE_DELAY_MS);
  }

  dispose(): void {
    clearTimeout(this.timer);
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
