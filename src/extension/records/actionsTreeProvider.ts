import * as vscode from 'vscode';
import type { IndexChanges } from '../../core/indexChanges';
import type { IndexView } from '../../core/indexView';
import { buildActionTree, type ActionGroup } from '../../core/records/recordTree';
import { NONE_KEY } from '../../core/requirementTree';
import { personLabel, personName } from '../../core/roster';
import type { ProjectSettings } from '../../core/settings';
import { groupPresentation } from '../support/groupPresentation';
import { ActionElement, actionItem } from './actionItem';

export class PersonElement {
  readonly contextValue = 'actionPerson';

  constructor(readonly group: ActionGroup) {}
}

export type ActionTreeElement = PersonElement | ActionElement;

/** The Actions view: every open action of every record, by person (roster names), soonest due first. */
export class ActionsTreeProvider implements vscode.TreeDataProvider<ActionTreeElement>, vscode.Disposable {
  private readonly treeChanged = new vscode.EventEmitter<ActionTreeElement | undefined>();
  readonly onDidChangeTreeData = this.treeChanged.event;
  private roots: PersonElement[] | undefined;
  private shown = 0;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly index: IndexView, changes: IndexChanges) {
    this.subscription = changes.onDidChange((change) => {
      if (change.records || change.settings) {
        this.roots = undefined;
        this.treeChanged.fire(undefined);
      }
    });
  }

  getChildren(element?: ActionTreeElement): ActionTreeElement[] {
    if (!element) {
      if (!this.roots) {
        // People are named by the roster of the first action's project: one roster per workspace, in practice.
        const open = this.index.openActions();
        const settings = this.index.settingsFor(open[0]?.record.file ?? '');
        const collator = new Intl.Collator(vscode.env.language);
        const groups = buildActionTree(open, (a, b) => collator.compare(personName(settings, a), personName(settings, b)));
        this.shown = groups.reduce((n, group) => n + group.actions.length, 0);
        this.roots = groups.map((group) => new PersonElement(group));
      }
      return this.roots;
    }
    return element instanceof PersonElement ? element.group.actions.map((open) => new ActionElement(open, element, 'actions')) : [];
  }

  getParent(element: ActionTreeElement): ActionTreeElement | undefined {
    return element instanceof ActionElement ? (element.parent as PersonElement) : undefined;
  }

  getTreeItem(element: ActionTreeElement): vscode.TreeItem {
    if (element instanceof ActionElement) {
      return actionItem(element, this.settingsOf(element));
    }
    const { who, actions } = element.group;
    const settings = this.index.settingsFor(actions[0]?.record.file ?? '');
    const { id, collapsibleState } = groupPresentation(`actionPerson:${who}`, this.shown);
    const item = new vscode.TreeItem(who === NONE_KEY ? vscode.l10n.t('(nobody)') : personName(settings, who), collapsibleState);
    item.id = id;
    const overdue = actions.filter((a) => a.overdueDays !== undefined).length;
    item.description = overdue === 0 ? String(actions.length) : vscode.l10n.t('{0} · {1} overdue', actions.length, overdue);
    item.tooltip = who === NONE_KEY ? undefined : personLabel(settings, who);
    item.iconPath = new vscode.ThemeIcon(who === NONE_KEY ? 'person-add' : 'person');
    item.contextValue = element.contextValue;
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.treeChanged.dispose();
  }

  private settingsOf(element: ActionElement): ProjectSettings {
    return this.index.settingsFor(element.record.file);
  }
}
