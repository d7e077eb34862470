import * as vscode from 'vscode';
import { changeRequestStatusLabel } from '../support/changeRequestStatusLabel';
import { buildChangeRequestTree, type ChangeRequestGroup } from '../../core/changeRequestTree';
import type { ChangeRequest, Requirement } from '../../core/model';
import { NONE_KEY } from '../../core/requirementTree';
import type { IndexChanges } from '../../core/indexChanges';
import type { IndexView } from '../../core/indexView';
import { personLabel, personName } from '../../core/roster';
import type { ProjectSettings } from '../../core/settings';
import { groupPresentation } from '../support/groupPresentation';
import { MarkdownTooltip } from '../support/markdownTooltip';
import { requirementLabel } from '../requirements/requirementsTreeProvider';
import { changeRequestStatusIcon, requirementStatusIcon } from '../support/statusIcons';

export class ChangeRequestStatusElement {
  readonly contextValue = 'changeRequestStatus';

  constructor(readonly group: ChangeRequestGroup) {}
}

/**
 * A change request; the workflow commands hang their menus on `changeRequest:<status>`, with `:signed` once the
 * customer signed off (so that sign-off is not offered twice), and read `changeRequest`.
 */
export class ChangeRequestElement {
  readonly contextValue: string;

  constructor(readonly changeRequest: ChangeRequest, readonly parent: ChangeRequestStatusElement) {
    this.contextValue = `changeRequest:${changeRequest.data.status ?? ''}${changeRequest.data.customer_signoff ? ':signed' : ''}`;
  }
}

/** An ID a change request affects; `requirement` is the first requirement with that ID, if any. */
export class AffectedRequirementElement {
  readonly contextValue = 'affectedRequirement';

  constructor(readonly id: string, readonly requirement: Requirement | undefined, readonly parent: ChangeRequestElement, readonly position: number) {}
}

export type ChangeRequestTreeElement = ChangeRequestStatusElement | ChangeRequestElement | AffectedRequirementElement;

/** Change requests by status in workflow order, each expandable to the requirements it affects. */
export class ChangeRequestsTreeProvider implements vscode.TreeDataProvider<ChangeRequestTreeElement>, vscode.Disposable {
  private readonly treeChanged = new vscode.EventEmitter<ChangeRequestTreeElement | undefined>();
  readonly onDidChangeTreeData = this.treeChanged.event;
  private roots: ChangeRequestStatusElement[] | undefined;
  /** Change requests below the roots, which decides whether groups start expanded (groupPresentation). */
  private shown = 0;
  private readonly subscription: { dispose(): void };

  constructor(private readonly index: IndexView, changes: IndexChanges) {
    // A change request's own file matters, and a requirement it affects (its title, its status); problems do not.
    this.subscription = changes.onDidChange((change) => {
      if (change.changeRequests || change.requirements) {
        this.roots = undefined;
        this.treeChanged.fire(undefined);
      }
    });
  }

  getChildren(element?: ChangeRequestTreeElement): ChangeRequestTreeElement[] {
    if (!element) {
      if (!this.roots) {
        const groups = buildChangeRequestTree(this.index.changeRequests());
        this.shown = groups.reduce((n, group) => n + group.changeRequests.length, 0);
        this.roots = groups.map((g) => new ChangeRequestStatusElement(g));
      }
      return this.roots;
    }
    if (element instanceof ChangeRequestStatusElement) {
      return element.group.changeRequests.map((cr) => new ChangeRequestElement(cr, element));
    }
    if (element instanceof ChangeRequestElement) {
      return (element.changeRequest.data.affects ?? []).map(
        (id, i) => new AffectedRequirementElement(id, this.index.requirementsWithId(id)[0], element, i),
      );
    }
    return [];
  }

  getParent(element: ChangeRequestTreeElement): ChangeRequestTreeElement | undefined {
    return element instanceof ChangeRequestStatusElement ? undefined : element.parent;
  }

  getTreeItem(element: ChangeRequestTreeElement): vscode.TreeItem {
    if (element instanceof ChangeRequestStatusElement) {
      const status = element.group.status;
      const { id, collapsibleState } = groupPresentation(`changeRequestStatus:${status}`, this.shown);
      const item = new vscode.TreeItem(status === NONE_KEY ? vscode.l10n.t('(none)') : changeRequestStatusLabel(status), collapsibleState);
      item.id = id;
      item.description = String(element.group.changeRequests.length);
      item.iconPath = changeRequestStatusIcon(status);
      item.contextValue = element.contextValue;
      return item;
    }
    if (element instanceof ChangeRequestElement) {
      return changeRequestItem(element, this.index.settingsFor(element.changeRequest.file));
    }
    return affectedItem(element);
  }

  resolveTreeItem(item: vscode.TreeItem, element: ChangeRequestTreeElement): vscode.TreeItem {
    if (element instanceof ChangeRequestElement) {
      item.tooltip = changeRequestTooltip(element.changeRequest, this.index.settingsFor(element.changeRequest.file));
    }
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.treeChanged.dispose();
  }
}

/** Who asked, by name where the roster knows them (requested_by may hold a roster id). */
function changeRequestItem(element: ChangeRequestElement, settings: ProjectSettings): vscode.TreeItem {
  const cr = element.changeRequest;
  const id = cr.id || vscode.l10n.t('(no ID)');
  const affects = cr.data.affects ?? [];
  const item = new vscode.TreeItem(
    cr.data.title ? `${id}  ${cr.data.title}` : id,
    affects.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
  );
  item.id = `changeRequest:${cr.file}`;
  item.description = cr.data.requested_by === undefined ? '' : personName(settings, cr.data.requested_by);
  item.iconPath = changeRequestStatusIcon(cr.data.status);
  // The file's own URI: VS Code's problem decorations colour the item and count the file's problems.
  item.resourceUri = vscode.Uri.parse(cr.file);
  item.contextValue = element.contextValue;
  item.command = { command: 'vscode.open', title: vscode.l10n.t('Open Change Request'), arguments: [item.resourceUri] };
  return item;
}

function affectedItem(element: AffectedRequirementElement): vscode.TreeItem {
  const r = element.requirement;
  const item = new vscode.TreeItem(r ? requirementLabel(r) : element.id, vscode.TreeItemCollapsibleState.None);
  item.id = `changeRequest:${element.parent.changeRequest.file}:affects:${element.position}`;
  item.contextValue = element.contextValue;
  if (r) {
    item.iconPath = requirementStatusIcon(r.data.status);
    item.command = {
      command: 'reqdesk.revealRequirement',
      title: vscode.l10n.t('Reveal Requirement in File'),
      arguments: [r.file, r.id, r.index],
    };
  } else {
    item.description = vscode.l10n.t('unknown');
    item.tooltip = vscode.l10n.t('No requirement in the workspace has the ID {0}.', element.id);
    item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
  }
  return item;
}

function changeRequestTooltip(cr: ChangeRequest, settings: ProjectSettings): vscode.MarkdownString {
  const d = cr.data;
  const person = (id: string | undefined): string | undefined => (id === undefined ? undefined : personLabel(settings, id));
  const impact = d.impact ?? {};
  return new MarkdownTooltip()
    .heading(cr.id || vscode.l10n.t('(no ID)'), d.title)
    .facts([
      [vscode.l10n.t('Status'), changeRequestStatusLabel(d.status)],
      [vscode.l10n.t('Requested by'), person(d.requested_by)],
      [vscode.l10n.t('Requested on'), d.requested_on],
      [vscode.l10n.t('Channel'), d.channel],
    ])
    .text(vscode.l10n.t('Reason'), d.reason)
    .text(vscode.l10n.t('Description'), d.description)
    .text(vscode.l10n.t('Expected effect'), d.expected_effect)
    .facts([
      [vscode.l10n.t('Schedule (days)'), impact.schedule_days],
      [vscode.l10n.t('Cost'), impact.cost],
      [vscode.l10n.t('Effort (hours)'), impact.effort_hours],
      [vscode.l10n.t('Risk'), impact.risk],
      [vscode.l10n.t('Resources'), impact.resources],
    ])
    .text(vscode.l10n.t('Impact notes'), impact.notes)
    .facts([
      [vscode.l10n.t('Decision'), d.decision?.outcome],
      [vscode.l10n.t('Decided by'), d.decision?.by?.map(person).join(', ')],
    ])
    .build();
}
