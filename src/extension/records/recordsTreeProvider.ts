import * as vscode from 'vscode';
import type { IndexChanges } from '../../core/indexChanges';
import type { IndexView } from '../../core/indexView';
import type { CommunicationRecord } from '../../core/records/communicationRecord';
import { actionsOf } from '../../core/records/openActions';
import { buildRecordTree, type RecordGroup, type RecordGroupBy } from '../../core/records/recordTree';
import { groupPresentation } from '../support/groupPresentation';
import { MarkdownTooltip } from '../support/markdownTooltip';
import { ActionElement, actionItem } from './actionItem';
import { monthLabel, recordKindLabel, recordPeople } from './recordLabels';

export class RecordGroupElement {
  readonly contextValue = 'recordGroup';

  constructor(readonly groupBy: RecordGroupBy, readonly group: RecordGroup) {}
}

/** A record; File Change Request from this Record reads `record`. */
export class RecordElement {
  readonly contextValue = 'record';

  constructor(readonly record: CommunicationRecord, readonly parent: RecordGroupElement, readonly today: string) {}
}

export type RecordTreeElement = RecordGroupElement | RecordElement | ActionElement;

const GROUP_BY_KEY = 'reqdesk.recordsGroupBy';

/**
 * The Communications view: records newest first, grouped by month or by kind (remembered per workspace), each
 * with its date, people and open actions, expandable to those actions.
 */
export class RecordsTreeProvider implements vscode.TreeDataProvider<RecordTreeElement>, vscode.Disposable {
  private readonly treeChanged = new vscode.EventEmitter<RecordTreeElement | undefined>();
  readonly onDidChangeTreeData = this.treeChanged.event;
  private roots: RecordGroupElement[] | undefined;
  private shown = 0;
  private groupByValue: RecordGroupBy;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly index: IndexView, changes: IndexChanges, private readonly state: vscode.Memento) {
    this.groupByValue = state.get<RecordGroupBy>(GROUP_BY_KEY) === 'kind' ? 'kind' : 'month';
    void this.announceGroupBy();
    // Names come from the roster (settings); overdue marks from today, which a new day announces as a change.
    this.subscription = changes.onDidChange((change) => {
      if (change.records || change.settings) {
        this.refresh();
      }
    });
  }

  get groupBy(): RecordGroupBy {
    return this.groupByValue;
  }

  async setGroupBy(groupBy: RecordGroupBy): Promise<void> {
    this.groupByValue = groupBy;
    await this.state.update(GROUP_BY_KEY, groupBy);
    await this.announceGroupBy();
    this.refresh();
  }

  getChildren(element?: RecordTreeElement): RecordTreeElement[] {
    if (!element) {
      if (!this.roots) {
        const groups = buildRecordTree(this.index.records(), this.groupByValue);
        this.shown = groups.reduce((n, group) => n + group.records.length, 0);
        this.roots = groups.map((group) => new RecordGroupElement(this.groupByValue, group));
      }
      return this.roots;
    }
    if (element instanceof RecordGroupElement) {
      return element.group.records.map((record) => new RecordElement(record, element, this.index.today));
    }
    if (element instanceof RecordElement) {
      return actionsOf([element.record], element.today).map((open) => new ActionElement(open, element, 'records'));
    }
    return [];
  }

  getParent(element: RecordTreeElement): RecordTreeElement | undefined {
    return element instanceof RecordGroupElement ? undefined : (element.parent as RecordTreeElement);
  }

  getTreeItem(element: RecordTreeElement): vscode.TreeItem {
    if (element instanceof RecordGroupElement) {
      const { key, records } = element.group;
      const { id, collapsibleState } = groupPresentation(`recordGroup:${element.groupBy}:${key}`, this.shown);
      const item = new vscode.TreeItem(element.groupBy === 'month' ? monthLabel(key) : recordKindLabel(key), collapsibleState);
      item.id = id;
      item.description = String(records.length);
      item.iconPath = new vscode.ThemeIcon(element.groupBy === 'month' ? 'calendar' : kindIcon(key));
      item.contextValue = element.contextValue;
      return item;
    }
    if (element instanceof RecordElement) {
      return this.recordItem(element);
    }
    return actionItem(element, this.index.settingsFor(element.record.file));
  }

  dispose(): void {
    this.subscription.dispose();
    this.treeChanged.dispose();
  }

  private recordItem(element: RecordElement): vscode.TreeItem {
    const { record } = element;
    const open = actionsOf([record], element.today);
    const settings = this.index.settingsFor(record.file);
    const item = new vscode.TreeItem(
      record.data.subject?.trim() || vscode.l10n.t('(no subject)'),
      open.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
    );
    item.id = `record:${record.file}`;
    const people = recordPeople(record, settings);
    const actions = open.length === 0 ? undefined : open.length === 1 ? vscode.l10n.t('1 open action') : vscode.l10n.t('{0} open actions', open.length);
    item.description = [record.date, people, actions].filter((part) => part !== undefined && part !== '').join(' · ');
    item.iconPath = new vscode.ThemeIcon(open.some((a) => a.overdueDays !== undefined) ? 'warning' : kindIcon(record.data.kind));
    // The file's own URI: VS Code's problem decorations colour the item and count the file's problems.
    item.resourceUri = vscode.Uri.parse(record.file);
    item.contextValue = element.contextValue;
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open Record'), arguments: [item.resourceUri] };
    item.tooltip = new MarkdownTooltip()
      .heading(record.data.subject?.trim() || vscode.l10n.t('(no subject)'), undefined)
      .facts([
        [vscode.l10n.t('Kind'), recordKindLabel(record.data.kind)],
        [vscode.l10n.t('On'), record.data.on],
        [vscode.l10n.t('With'), people],
      ])
      .list(vscode.l10n.t('Decisions'), record.data.decisions)
      .build();
    return item;
  }

  private refresh(): void {
    this.roots = undefined;
    this.treeChanged.fire(undefined);
  }

  private announceGroupBy(): Thenable<unknown> {
    return vscode.commands.executeCommand('setContext', GROUP_BY_KEY, this.groupByValue);
  }
}

function kindIcon(kind: string | undefined): string {
  switch (kind) {
    case 'meeting':
      return 'organization';
    case 'email':
      return 'mail';
    case 'call':
      return 'call-outgoing';
    case 'chat':
      return 'comment-discussion';
    case 'visit':
      return 'location';
    default:
      return 'note';
  }
}
