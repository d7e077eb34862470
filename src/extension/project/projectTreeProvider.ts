import * as vscode from 'vscode';
import type { DocumentState, MilestoneState, RiskSummary, SourcePlace } from '../../core/project/projectState';
import { RISK_STATUSES } from '../../core/risks/risk';
import { riskStatusLabel } from '../support/riskStatusLabel';
import type { ProjectStateSource } from './projectStateSource';

export type ProjectSection = 'milestones' | 'risks' | 'documents';

export class SectionElement {
  constructor(readonly section: ProjectSection) {}
}

export class MilestoneElement {
  constructor(readonly milestone: MilestoneState) {}
}

export class RiskStatusElement {
  constructor(readonly status: string, readonly risks: readonly RiskSummary[]) {}
}

export class RiskElement {
  constructor(readonly risk: RiskSummary, readonly parent: RiskStatusElement) {}
}

export class DocumentElement {
  constructor(readonly document: DocumentState, readonly settingsFile: string | undefined) {}
}

export type ProjectTreeElement = SectionElement | MilestoneElement | RiskStatusElement | RiskElement | DocumentElement;

/**
 * The Project view: the project state's milestones (done of total, due), risks by status (score, owner) and
 * documents (missing ones marked). Each item opens where it is written; redrawn when the state changes.
 */
export class ProjectTreeProvider implements vscode.TreeDataProvider<ProjectTreeElement>, vscode.Disposable {
  private readonly treeChanged = new vscode.EventEmitter<ProjectTreeElement | undefined>();
  readonly onDidChangeTreeData = this.treeChanged.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly source: ProjectStateSource) {
    this.subscription = source.onDidChange(() => this.treeChanged.fire(undefined));
  }

  getChildren(element?: ProjectTreeElement): ProjectTreeElement[] {
    const state = this.source.state();
    const settingsFile = state.header.settingsFile;
    if (!element) {
      return [new SectionElement('milestones'), new SectionElement('risks'), new SectionElement('documents')];
    }
    if (element instanceof SectionElement) {
      switch (element.section) {
        case 'milestones':
          return state.milestones.map((m) => new MilestoneElement(m));
        case 'risks':
          return riskStatuses(state.risks.all).map((status) => new RiskStatusElement(status, state.risks.all.filter((r) => r.status === status)));
        case 'documents':
          return state.documents.map((d) => new DocumentElement(d, settingsFile));
      }
    }
    return element instanceof RiskStatusElement ? element.risks.map((risk) => new RiskElement(risk, element)) : [];
  }

  getParent(element: ProjectTreeElement): ProjectTreeElement | undefined {
    if (element instanceof RiskElement) {
      return element.parent;
    }
    if (element instanceof MilestoneElement) {
      return new SectionElement('milestones');
    }
    if (element instanceof RiskStatusElement) {
      return new SectionElement('risks');
    }
    return element instanceof DocumentElement ? new SectionElement('documents') : undefined;
  }

  getTreeItem(element: ProjectTreeElement): vscode.TreeItem {
    if (element instanceof SectionElement) {
      return this.sectionItem(element.section);
    }
    if (element instanceof MilestoneElement) {
      return milestoneItem(element);
    }
    if (element instanceof RiskStatusElement) {
      const item = new vscode.TreeItem(riskStatusLabel(element.status), vscode.TreeItemCollapsibleState.Collapsed);
      item.id = `riskStatus:${element.status}`;
      item.description = String(element.risks.length);
      item.contextValue = 'riskStatus';
      return item;
    }
    if (element instanceof RiskElement) {
      return riskItem(element.risk);
    }
    return documentItem(element);
  }

  private sectionItem(section: ProjectSection): vscode.TreeItem {
    const state = this.source.state();
    const [label, count, icon] = section === 'milestones'
      ? [vscode.l10n.t('Milestones'), state.milestones.length, 'milestone']
      : section === 'risks'
        ? [vscode.l10n.t('Risks'), state.risks.all.length, 'warning']
        : [vscode.l10n.t('Documents'), state.documents.length, 'files'];
    const item = new vscode.TreeItem(label, count === 0 ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Expanded);
    item.id = `section:${section}`;
    item.description = String(count);
    item.iconPath = new vscode.ThemeIcon(icon);
    item.contextValue = `projectSection`;
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.treeChanged.dispose();
  }
}

/** The register's statuses first, in its order, then any other value the files hold. */
function riskStatuses(risks: readonly RiskSummary[]): string[] {
  const present = new Set(risks.map((r) => r.status));
  return [...RISK_STATUSES.filter((s) => present.has(s)), ...[...present].filter((s) => !(RISK_STATUSES as readonly string[]).includes(s))];
}

/** Opens a file at a line with VS Code's own command, so an item needs no command of ours. */
function openAt(place: SourcePlace, title: string): vscode.Command {
  const position = new vscode.Position(place.line, 0);
  return { command: 'vscode.open', title, arguments: [vscode.Uri.parse(place.file), { selection: new vscode.Range(position, position), preview: true }] };
}

function milestoneItem({ milestone: m }: MilestoneElement): vscode.TreeItem {
  const item = new vscode.TreeItem(m.title ? `${m.id} ${m.title}` : m.id, vscode.TreeItemCollapsibleState.None);
  item.id = `milestone:${m.id}`;
  const due = m.due ? vscode.l10n.t('due {0}', m.due) : vscode.l10n.t('no due date');
  item.description = vscode.l10n.t('{0}/{1} done · {2}', m.done, m.total, due);
  item.iconPath = m.overdue ? new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground')) : new vscode.ThemeIcon(m.done === m.total && m.total > 0 ? 'pass' : 'milestone');
  item.tooltip = m.overdue ? vscode.l10n.t('{0}: past its due date with requirements not done', m.id) : undefined;
  item.contextValue = 'milestone';
  if (m.place) {
    item.command = openAt(m.place, vscode.l10n.t('Open'));
  }
  return item;
}

function riskItem(risk: RiskSummary): vscode.TreeItem {
  const item = new vscode.TreeItem(risk.title ? `${risk.id} ${risk.title}` : risk.id, vscode.TreeItemCollapsibleState.None);
  item.id = `risk:${risk.place.file}:${risk.place.line}`;
  const score = risk.score === undefined ? vscode.l10n.t('not scored') : vscode.l10n.t('score {0}', risk.score);
  item.description = `${score} · ${risk.owner ?? vscode.l10n.t('No owner')}`;
  item.iconPath = new vscode.ThemeIcon(risk.reviewOverdue ? 'bell-dot' : 'shield');
  item.tooltip = risk.reviewOverdue && risk.reviewOn ? vscode.l10n.t('review was due {0}', risk.reviewOn) : undefined;
  item.contextValue = 'risk';
  item.command = openAt(risk.place, vscode.l10n.t('Open'));
  return item;
}

function documentItem({ document, settingsFile }: DocumentElement): vscode.TreeItem {
  const item = new vscode.TreeItem(document.title ?? document.path, vscode.TreeItemCollapsibleState.None);
  item.id = `document:${document.path}`;
  const version = document.version ? ` · ${document.version}` : '';
  item.description = document.exists ? `${document.path}${version}` : vscode.l10n.t('{0} (missing)', document.path);
  item.iconPath = document.exists ? new vscode.ThemeIcon('file') : new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
  item.contextValue = document.exists ? 'document' : 'missingDocument';
  // A missing document has no file to open: its entry in reqdesk.yaml is where to fix the path.
  if (document.exists && settingsFile) {
    item.command = { command: 'vscode.open', title: vscode.l10n.t('Open'), arguments: [vscode.Uri.joinPath(vscode.Uri.parse(settingsFile), '..', document.path)] };
  } else if (document.place) {
    item.command = openAt(document.place, vscode.l10n.t('Open'));
  }
  return item;
}
