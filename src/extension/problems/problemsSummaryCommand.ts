import * as vscode from 'vscode';
import { severityRank, type Finding, type Severity } from '../../core/finding';
import type { ProblemTotals, SeverityCounts } from '../../core/problemTotals';
import { ruleDescription } from '../../core/rules/ruleRegistry';
import type { IndexView } from '../../core/indexView';
import type { Requirement } from '../../core/model';
import { overdueInIndex, overdueLabel } from '../../core/rules/overdueRule';
import { requirementLabel } from '../requirements/requirementsTreeProvider';
import { localizedMessage, toVscodeRange } from '../support/rangeConversion';
import type { Command } from '../support/commandRegistry';

const ICON: Readonly<Record<Severity, string>> = { error: '$(error)', warning: '$(warning)', info: '$(info)' };
const WORST_FIRST: readonly Severity[] = ['error', 'warning', 'info'];

interface Occurrence {
  readonly file: string;
  readonly finding: Finding;
}

interface SummaryItem extends vscode.QuickPickItem {
  /** A rule's problems, or undefined for "all of them" (the Problems panel). */
  readonly ruleId?: string;
  /** The overdue requirements, longest overdue first. */
  readonly overdue?: readonly Overdue[];
}

interface Overdue {
  readonly requirement: Requirement;
  readonly days: number;
}

interface OverdueItem extends vscode.QuickPickItem {
  readonly requirement: Requirement;
}

interface OccurrenceItem extends vscode.QuickPickItem {
  readonly occurrence?: Occurrence;
}

/**
 * Show Problems Summary: the workspace's totals and its problems counted per rule. Choosing a rule lists its
 * problems to jump to (the Problems panel cannot be filtered by rule from an extension); the totals open the
 * Problems panel.
 */
export function problemsSummaryCommand(index: IndexView, problems: ProblemTotals): Command {
  return {
    id: 'reqdesk.showProblemsSummary',
    execute: async () => {
      const totals = problems.totals;
      const files = [...index.files()];
      const requirements = index.requirements();
      const withoutOwner = requirements.filter((r) => !r.data.owner?.trim()).length;
      const overdue = requirements
        .map((requirement) => ({ requirement, days: overdueInIndex(index, requirement) }))
        .filter((o): o is Overdue => o.days !== undefined)
        .sort((a, b) => b.days - a.days || a.requirement.id.localeCompare(b.requirement.id));
      const items: SummaryItem[] = [
        { label: vscode.l10n.t('Totals'), kind: vscode.QuickPickItemKind.Separator },
        {
          label: [
            `${ICON.error} ${vscode.l10n.t('{0} error(s)', totals.error)}`,
            `${ICON.warning} ${vscode.l10n.t('{0} warning(s)', totals.warning)}`,
            ...(totals.info > 0 ? [`${ICON.info} ${vscode.l10n.t('{0} info', totals.info)}`] : []),
          ].join('  '),
          description: vscode.l10n.t('in {0} of {1} file(s)', problems.filesWithProblems, files.length),
        },
        {
          label: `$(checklist) ${vscode.l10n.t('{0} requirement(s)', requirements.length)}`,
          description: vscode.l10n.t('{0} without owner', withoutOwner),
        },
        ...(overdue.length > 0 ? [{
          label: `$(clock) ${vscode.l10n.t('{0} overdue requirement(s)', overdue.length)}`,
          description: vscode.l10n.t('as of {0}', index.today),
          overdue,
        }] : []),
        { label: vscode.l10n.t('By rule'), kind: vscode.QuickPickItemKind.Separator },
        ...[...problems.rules()]
          .map(([ruleId, counts]) => ruleItem(ruleId, counts))
          .sort((a, b) => a.rank - b.rank || b.count - a.count || a.item.label.localeCompare(b.item.label))
          .map((r) => r.item),
      ];
      const picked = await vscode.window.showQuickPick(items, {
        title: vscode.l10n.t('ReqDesk: problems summary'),
        placeHolder: vscode.l10n.t('Choose a rule to list its problems'),
        matchOnDescription: true,
        matchOnDetail: true,
      });
      if (!picked) {
        return;
      }
      if (picked.overdue) {
        await pickOverdue(picked.overdue);
        return;
      }
      if (picked.ruleId === undefined) {
        await vscode.commands.executeCommand('workbench.actions.view.problems');
        return;
      }
      await pickOccurrence(picked.ruleId, occurrencesOf(index, problems, picked.ruleId));
    },
  };
}

function ruleItem(ruleId: string, counts: Readonly<SeverityCounts>): { item: SummaryItem; rank: number; count: number } {
  const severities = WORST_FIRST.filter((s) => counts[s] > 0);
  const description = severities.map((s) => `${counts[s]} ${severityWord(s)}`).join(', ');
  return {
    item: { label: `${ICON[severities[0]]} ${ruleId}`, description, detail: localizedRuleDescription(ruleId), ruleId },
    rank: severityRank[severities[0]],
    count: counts.error + counts.warning + counts.info,
  };
}

/** One rule's problems, read from the files the totals say have them. */
function occurrencesOf(index: IndexView, problems: ProblemTotals, ruleId: string): Occurrence[] {
  return problems.filesWithRule(ruleId).flatMap((file) =>
    index.findings(file).filter((finding) => finding.ruleId === ruleId).map((finding) => ({ file, finding })));
}

async function pickOccurrence(ruleId: string, occurrences: readonly Occurrence[]): Promise<void> {
  const sorted = [...occurrences].sort((a, b) => a.file.localeCompare(b.file) || a.finding.range.start.line - b.finding.range.start.line);
  const items: OccurrenceItem[] = [
    { label: `$(list-flat) ${vscode.l10n.t('Show all problems in the Problems panel')}` },
    { label: ruleId, kind: vscode.QuickPickItemKind.Separator },
    ...sorted.map((occurrence) => ({
      label: `${ICON[occurrence.finding.severity]} ${vscode.workspace.asRelativePath(vscode.Uri.parse(occurrence.file))}:${occurrence.finding.range.start.line + 1}`,
      description: localizedMessage(occurrence.finding),
      occurrence,
    })),
  ];
  const picked = await vscode.window.showQuickPick(items, { title: ruleId, placeHolder: vscode.l10n.t('Choose a problem to go to it'), matchOnDescription: true });
  if (!picked) {
    return;
  }
  if (!picked.occurrence) {
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    return;
  }
  await vscode.window.showTextDocument(vscode.Uri.parse(picked.occurrence.file), { selection: toVscodeRange(picked.occurrence.finding.range) });
}

/** Overdue work to go to: the requirement's ID and title, how long, and its due date and status. */
async function pickOverdue(overdue: readonly Overdue[]): Promise<void> {
  const items = overdue.map(({ requirement: r, days }): OverdueItem => ({
    label: `$(clock) ${requirementLabel(r)}`,
    description: localizedMessage(overdueLabel(days)),
    detail: [`${vscode.l10n.t('Due')}: ${r.data.due ?? ''}`, `${vscode.l10n.t('Status')}: ${r.data.status ?? vscode.l10n.t('(none)')}`, r.data.owner].filter(Boolean).join(' · '),
    requirement: r,
  }));
  const picked = await vscode.window.showQuickPick(items, {
    title: vscode.l10n.t('Overdue requirements'),
    placeHolder: vscode.l10n.t('Choose a requirement to go to it'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  if (picked) {
    await vscode.commands.executeCommand('reqdesk.revealRequirement', picked.requirement.file, picked.requirement.id, picked.requirement.index);
  }
}

function severityWord(severity: Severity): string {
  switch (severity) {
    case 'error':
      return vscode.l10n.t('error');
    case 'warning':
      return vscode.l10n.t('warning');
    case 'info':
      return vscode.l10n.t('info');
  }
}

/** What a rule checks, in the user's language where the bundle has it (the core's descriptions are English). */
function localizedRuleDescription(ruleId: string): string | undefined {
  const description = ruleDescription(ruleId);
  return description === undefined ? undefined : vscode.l10n.t(description);
}
