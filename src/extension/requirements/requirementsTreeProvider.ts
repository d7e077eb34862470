import * as vscode from 'vscode';
import type { WordOrder } from '../../core/vocabulary';
import type { Requirement } from '../../core/model';
import { personLabel, personName } from '../../core/roster';
import type { ProjectSettings } from '../../core/settings';
import { problemsByRequirement, type ProblemCount } from '../../core/requirementProblems';
import {
  buildRequirementTree, EMPTY_FILTER, fileNameOf, filterChoices, isFilterActive, isGroupBy, NONE_KEY,
  type DocumentInfo, type RequirementFilterChoices, type GroupBy, type RequirementFilter,
} from '../../core/requirementTree';
import type { IndexChanges } from '../../core/indexChanges';
import type { IndexChange } from '../../core/workspaceIndex';
import type { IndexView } from '../../core/indexView';
import { groupPresentation } from '../support/groupPresentation';
import { MarkdownTooltip } from '../support/markdownTooltip';
import { recordsSummary } from '../records/recordMentions';
import { problemsText, problemsUri } from '../problems/problemDecorations';
import {
  DocumentElement, RequirementElement, ValueGroupElement, type GroupElement, type RequirementTreeElement,
} from './requirementTreeElements';
import { requirementStatusIcon } from '../support/statusIcons';
import { overdueInIndex, overdueLabel } from '../../core/rules/overdueRule';
import { suspectTargets } from '../trace/indexTrace';
import { localizedMessage } from '../support/rangeConversion';
import { displayLabel } from '../support/displayLabel';

const GROUP_BY_KEY = 'reqdesk.requirements.groupBy';

/**
 * Shows the index's requirements, grouped and filtered. The model (src/core/requirementTree.ts) is rebuilt
 * lazily when VS Code asks for the root after a change; problem counts are kept per file and recomputed only
 * for the files a batch of the change stream names.
 */
export class RequirementsTreeProvider implements vscode.TreeDataProvider<RequirementTreeElement>, vscode.Disposable {
  private readonly treeChanged = new vscode.EventEmitter<RequirementTreeElement | undefined>();
  readonly onDidChangeTreeData = this.treeChanged.event;
  private readonly stateChanged = new vscode.EventEmitter<void>();
  /** Grouping, filter or problem counts changed: the view's description, message and badge follow. */
  readonly onDidChangeState = this.stateChanged.event;

  private filterValue: RequirementFilter = EMPTY_FILTER;
  private roots: GroupElement[] | undefined;
  /** Requirements below the roots, which decides whether groups start expanded (groupPresentation). */
  private shown = 0;
  private readonly problemsByFile = new Map<string, Map<Requirement, ProblemCount>>();
  private readonly pending = new Set<string>();
  private readonly subscription: { dispose(): void };

  constructor(private readonly index: IndexView, changes: IndexChanges, private readonly state: vscode.Memento) {
    for (const file of index.files()) {
      this.pending.add(file);
    }
    this.recountProblems();
    this.subscription = changes.onDidChange((change) => this.follow(change));
  }

  get groupBy(): GroupBy {
    const stored = this.state.get<unknown>(GROUP_BY_KEY);
    return isGroupBy(stored) ? stored : 'document';
  }

  async setGroupBy(groupBy: GroupBy): Promise<void> {
    await this.state.update(GROUP_BY_KEY, groupBy);
    this.rebuild();
  }

  get filter(): RequirementFilter {
    return this.filterValue;
  }

  setFilter(filter: RequirementFilter): void {
    this.filterValue = isFilterActive(filter) ? { ...filter, text: filter.text.trim() } : EMPTY_FILTER;
    this.rebuild();
  }

  /** The owners and statuses a filter can pick from, with counts over all requirements. */
  filterChoices(): RequirementFilterChoices {
    return filterChoices(this.index.requirements(), (file) => this.vocabularyFor(file));
  }

  /** How many requirements have errors or warnings: the view's badge. */
  requirementsWithProblems(): number {
    this.recountProblems();
    let count = 0;
    for (const counts of this.problemsByFile.values()) {
      count += counts.size;
    }
    return count;
  }

  /** Whether the tree shows nothing because of the filter (not because there is nothing). */
  filterHidesEverything(): boolean {
    return isFilterActive(this.filterValue) && this.rootElements().length === 0;
  }

  getChildren(element?: RequirementTreeElement): RequirementTreeElement[] {
    if (!element) {
      return this.rootElements();
    }
    if (element instanceof RequirementElement) {
      return [];
    }
    const problems = (r: Requirement): ProblemCount | undefined => this.problemsByFile.get(r.file)?.get(r);
    return element.group.requirements.map((r) => new RequirementElement(r, element, problems(r)));
  }

  getParent(element: RequirementTreeElement): RequirementTreeElement | undefined {
    return element instanceof RequirementElement ? element.parent : undefined;
  }

  getTreeItem(element: RequirementTreeElement): vscode.TreeItem {
    if (element instanceof RequirementElement) {
      return requirementItem(element, this.index.settingsFor(element.requirement.file), overdueInIndex(this.index, element.requirement), suspectTargets(this.index, element.requirement));
    }
    if (element instanceof DocumentElement) {
      const { id, collapsibleState } = groupPresentation(`document:${element.file}`, this.shown);
      const item = new vscode.TreeItem(element.group.title, collapsibleState);
      item.id = id;
      item.description = `${fileNameOf(element.file)} · ${element.group.requirements.length}`;
      // The document's own URI: the file icon of the theme, and VS Code's own problem colouring of the file.
      item.resourceUri = vscode.Uri.parse(element.file);
      item.iconPath = vscode.ThemeIcon.File;
      // Set, because with resolveTreeItem VS Code no longer falls back to the resource's path.
      item.tooltip = vscode.workspace.asRelativePath(item.resourceUri);
      item.contextValue = element.contextValue;
      return item;
    }
    const none = element.group.key === NONE_KEY;
    const { id, collapsibleState } = groupPresentation(`${element.groupBy}:${element.group.key}`, this.shown);
    const item = new vscode.TreeItem(none ? vscode.l10n.t('(none)') : this.groupTitle(element), collapsibleState);
    item.id = id;
    item.description = String(element.group.requirements.length);
    item.iconPath = groupIcon(element.groupBy, element.group.key);
    item.contextValue = element.contextValue;
    return item;
  }

  /** Tooltips are built on hover only: thousands of items should not each carry one. */
  resolveTreeItem(item: vscode.TreeItem, element: RequirementTreeElement): vscode.TreeItem {
    if (element instanceof RequirementElement) {
      const r = element.requirement;
      item.tooltip = requirementTooltip(r, element.problems, this.index.settingsFor(r.file), overdueInIndex(this.index, r), r.id === '' ? undefined : recordsSummary(this.index.recordsMentioning(r.id)), suspectTargets(this.index, r));
    }
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.treeChanged.dispose();
    this.stateChanged.dispose();
  }

  private rootElements(): GroupElement[] {
    this.roots ??= this.buildRoots();
    return this.roots;
  }

  private buildRoots(): GroupElement[] {
    // Asked before the batch came (right after a load): the counts must match the index the roots show.
    this.recountProblems();
    const groupBy = this.groupBy;
    const groups = buildRequirementTree({
      requirements: this.index.requirements(),
      groupBy,
      filter: this.filterValue,
      vocabularyFor: (file) => this.vocabularyFor(file),
      documents: groupBy === 'document' ? this.documents() : undefined,
    });
    this.shown = groups.reduce((n, group) => n + group.requirements.length, 0);
    return groups.map((group) => (groupBy === 'document' ? new DocumentElement(group) : new ValueGroupElement(groupBy, group)));
  }

  /**
   * A status or priority group by its label, an owner group by the person's name, in the settings of the project
   * its first requirement is in.
   */
  private groupTitle(element: ValueGroupElement): string {
    const first = element.group.requirements[0];
    if (!first) {
      return element.group.title;
    }
    const settings = this.index.settingsFor(first.file);
    switch (element.groupBy) {
      case 'status':
      case 'priority':
        return displayLabel(element.group.key, settings);
      case 'owner':
        return personName(settings, element.group.key);
      default:
        return element.group.title;
    }
  }

  /**
   * An owner or a status as the filter's picker and description show it (a person's name, a status's label in the
   * UI language), in the settings of the first requirement that has it; the note says what the label hides: the
   * roster id behind a name, or that an owner is not in the roster.
   */
  facetLabel(facet: 'owner' | 'status', value: string): FacetLabel {
    if (value === NONE_KEY) {
      return { label: facet === 'owner' ? vscode.l10n.t('(no owner)') : vscode.l10n.t('(no status)') };
    }
    const first = this.index.requirements().find((r) => (facet === 'owner' ? r.data.owner : r.data.status)?.trim() === value);
    const settings = this.index.settingsFor(first?.file ?? '');
    if (facet === 'status') {
      return { label: displayLabel(value, settings) };
    }
    const outside = settings.roster.length > 0 && !settings.roster.some((m) => m.id === value);
    const label = personName(settings, value);
    return { label, note: outside ? vscode.l10n.t('not in the roster') : label === value ? undefined : value };
  }

  private documents(): DocumentInfo[] {
    const documents: DocumentInfo[] = [];
    for (const file of this.index.files()) {
      const parsed = this.index.get(file);
      if (parsed?.kind === 'requirements') {
        documents.push({ file, title: parsed.header.title });
      }
    }
    return documents;
  }

  private vocabularyFor(file: string): WordOrder {
    return this.index.settingsFor(file);
  }

  /** Rebuilt when requirements or settings (vocabularies, document titles) changed, or problem counts did. */
  private follow(change: IndexChange): void {
    for (const file of change.files) {
      this.pending.add(file);
    }
    if (this.recountProblems() || change.requirements || change.settings) {
      this.rebuild();
    }
  }

  /** Says whether any requirement's counts may have changed. */
  private recountProblems(): boolean {
    let changed = false;
    for (const file of this.pending) {
      changed ||= this.problemsByFile.has(file);
      const parsed = this.index.get(file);
      const counts = parsed?.kind === 'requirements' && parsed.requirements.length > 0
        ? problemsByRequirement(parsed.requirements, this.index.findings(file))
        : undefined;
      if (counts && counts.size > 0) {
        this.problemsByFile.set(file, counts);
        changed = true;
      } else {
        this.problemsByFile.delete(file);
      }
    }
    this.pending.clear();
    return changed;
  }

  private rebuild(): void {
    this.roots = undefined;
    this.treeChanged.fire(undefined);
    this.stateChanged.fire();
  }
}

export interface FacetLabel {
  readonly label: string;
  readonly note?: string;
}

/**
 * The owner by name (the roster's), as people read it; the tooltip gives the id too. Overdue work shows a clock in
 * the warning colour instead of its status icon, and says how long in the description; suspect links are counted there.
 */
function requirementItem(element: RequirementElement, settings: ProjectSettings, overdue: number | undefined, suspect: readonly string[]): vscode.TreeItem {
  const r = element.requirement;
  const item = new vscode.TreeItem(requirementLabel(r), vscode.TreeItemCollapsibleState.None);
  item.id = `requirement:${r.file}#${r.index}`;
  const owner = r.data.owner?.trim() ? personName(settings, r.data.owner) : undefined;
  const late = overdue === undefined ? undefined : localizedMessage(overdueLabel(overdue));
  const priority = displayLabel(r.data.priority, settings);
  const suspectCount = suspect.length === 0 ? undefined : suspect.length === 1 ? vscode.l10n.t('1 suspect link') : vscode.l10n.t('{0} suspect links', suspect.length);
  item.description = [priority, owner, late, suspectCount].filter((v) => v?.trim()).join(' · ');
  item.iconPath = overdue === undefined ? requirementStatusIcon(r.data.status) : new vscode.ThemeIcon('clock', new vscode.ThemeColor('list.warningForeground'));
  item.contextValue = element.contextValue;
  if (element.problems) {
    item.resourceUri = problemsUri(element.problems);
  }
  item.command = {
    command: 'reqdesk.revealRequirement',
    title: vscode.l10n.t('Reveal Requirement in File'),
    arguments: [r.file, r.id, r.index],
  };
  return item;
}

/** `PORTAL-001  Login goes to the home page`: two spaces, as IDs are short and titles follow in a column. */
export function requirementLabel(r: Requirement): string {
  const id = r.id || vscode.l10n.t('(no ID)');
  return r.data.title ? `${id}  ${r.data.title}` : id;
}

function groupIcon(groupBy: Exclude<GroupBy, 'document'>, key: string): vscode.ThemeIcon {
  switch (groupBy) {
    case 'status':
      return requirementStatusIcon(key === NONE_KEY ? undefined : key);
    case 'owner':
      return new vscode.ThemeIcon(key === NONE_KEY ? 'person-add' : 'person');
    case 'priority':
      return new vscode.ThemeIcon('flame');
    case 'milestone':
      return new vscode.ThemeIcon('milestone');
  }
}

/** `discussed`: what the communication records say of it ("Discussed in 3 records, last …"). */
function requirementTooltip(r: Requirement, problems: ProblemCount | undefined, settings: ProjectSettings, overdue: number | undefined, discussed: string | undefined, suspect: readonly string[]): vscode.MarkdownString {
  return new MarkdownTooltip()
    .heading(r.id || vscode.l10n.t('(no ID)'), r.data.title)
    .facts([
      [vscode.l10n.t('Status'), displayLabel(r.data.status, settings)],
      [vscode.l10n.t('Priority'), displayLabel(r.data.priority, settings)],
      [vscode.l10n.t('Owner'), r.data.owner === undefined ? undefined : personLabel(settings, r.data.owner)],
      [vscode.l10n.t('Milestone'), r.data.milestone],
      [vscode.l10n.t('Due'), r.data.due && overdue !== undefined ? `${r.data.due} (${localizedMessage(overdueLabel(overdue))})` : r.data.due],
    ])
    .text(undefined, r.data.description)
    .list(vscode.l10n.t('Acceptance criteria'), r.data.acceptance)
    .facts([
      [vscode.l10n.t('Problems'), problems ? problemsText(problems) : undefined],
      [vscode.l10n.t('Suspect links'), suspect.length === 0 ? undefined : suspect.join(', ')],
    ])
    .text(undefined, discussed)
    .build();
}
