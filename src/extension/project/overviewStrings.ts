import * as vscode from 'vscode';
import { CHANGE_REQUEST_STATUSES } from '../../core/changeRequests/workflow';
import type { ProjectState } from '../../core/project/projectState';
import { RISK_STATUSES } from '../../core/risks/risk';
import type { ProjectSettings } from '../../core/settings';
import { recordKindLabel } from '../records/recordLabels';
import { changeRequestStatusLabel } from '../support/changeRequestStatusLabel';
import { displayLabel } from '../support/displayLabel';
import { PAYMENT_STATUSES, paymentStatusLabel } from './projectLabels';
import { riskStatusLabel } from '../support/riskStatusLabel';

/**
 * Every string the overview's page shows, translated here (the page has no vscode.l10n), and the labels of the
 * values the state holds raw (statuses, kinds) under `status.`, `cr.`, `risk.`, `payment.` and `record.` keys.
 * `{0}` placeholders are filled in by the page (src/webview/strings.ts).
 */
export function overviewStrings(state: ProjectState, settings: ProjectSettings): Readonly<Record<string, string>> {
  const statuses = new Set([...state.header.statusCounts, ...state.milestones.flatMap((m) => m.statusCounts)].map((c) => c.status));
  const labels: Record<string, string> = {};
  for (const status of statuses) {
    labels[`status.${status}`] = status === '' ? vscode.l10n.t('(none)') : displayLabel(status, settings);
  }
  for (const status of CHANGE_REQUEST_STATUSES) {
    labels[`cr.${status}`] = changeRequestStatusLabel(status);
  }
  for (const status of RISK_STATUSES) {
    labels[`risk.${status}`] = riskStatusLabel(status);
  }
  for (const status of PAYMENT_STATUSES) {
    labels[`payment.${status}`] = paymentStatusLabel(status);
  }
  for (const kind of new Set(state.recentRecords.map((r) => r.kind ?? ''))) {
    labels[`record.${kind}`] = recordKindLabel(kind);
  }
  return {
    ...labels,
    overviewLabel: vscode.l10n.t('Project Overview'),
    untitledProject: vscode.l10n.t('Project Overview'),
    openPlace: vscode.l10n.t('Open in its file'),
    project: vscode.l10n.t('Project'),
    customer: vscode.l10n.t('Customer'),
    dates: vscode.l10n.t('Dates'),
    dateRange: vscode.l10n.t('{0} – {1}'),
    daysLeftLabel: vscode.l10n.t('Time left'),
    daysLeft: vscode.l10n.t('{0} day(s) left'),
    daysPast: vscode.l10n.t('{0} day(s) past the end'),
    asOf: vscode.l10n.t('As of'),
    requirements: vscode.l10n.t('Requirements'),
    number: '{0}',
    money: vscode.l10n.t('{0} {1}'),
    milestones: vscode.l10n.t('Milestones'),
    noMilestones: vscode.l10n.t('No milestones declared or named.'),
    dueOn: vscode.l10n.t('due {0}'),
    noDue: vscode.l10n.t('no due date'),
    overdue: vscode.l10n.t('Overdue'),
    undeclared: vscode.l10n.t('not declared in reqdesk.yaml'),
    doneOfTotal: vscode.l10n.t('{0} of {1} done'),
    paymentAmount: vscode.l10n.t('Payment {0}: {1}'),
    overdueTitle: vscode.l10n.t('Overdue'),
    overdueRequirements: vscode.l10n.t('Requirements ({0})'),
    overdueActions: vscode.l10n.t('Actions ({0})'),
    noOverdueRequirements: vscode.l10n.t('No requirement is overdue.'),
    noOverdueActions: vscode.l10n.t('No action is overdue.'),
    overdueDays: vscode.l10n.t('Overdue by {0} day(s)'),
    changesTitle: vscode.l10n.t('Open change requests'),
    noOpenChanges: vscode.l10n.t('No open change requests.'),
    scheduleDays: vscode.l10n.t('+{0} day(s)'),
    openImpact: vscode.l10n.t('Impact of the {0} open'),
    impactTotals: vscode.l10n.t('{0}, +{1} day(s), {2} h'),
    approvedAgainstContingency: vscode.l10n.t('Approved changes ({0}) against the change contingency'),
    partOfWhole: vscode.l10n.t('{0} of {1}'),
    contingencyLeft: vscode.l10n.t('Change contingency left'),
    budget: vscode.l10n.t('Budget'),
    payments: vscode.l10n.t('Milestone payments'),
    paidOfPlanned: vscode.l10n.t('{0} paid of {1}'),
    risksTitle: vscode.l10n.t('Risks'),
    heatMap: vscode.l10n.t('Risks by probability (rows) and impact (columns)'),
    probabilityImpact: vscode.l10n.t('Probability ↓ Impact →'),
    cellLabel: vscode.l10n.t('Probability {0}, impact {1}: {2} risk(s)'),
    cellRisks: vscode.l10n.t('Probability {0}, impact {1}: {2} risk(s)'),
    noRisksInCell: vscode.l10n.t('No open risk in this cell.'),
    unscoredRisks: vscode.l10n.t('{0} risk(s) without probability or impact'),
    topRisks: vscode.l10n.t('Top risks'),
    noRisks: vscode.l10n.t('No open risks.'),
    score: vscode.l10n.t('score {0}'),
    unscored: vscode.l10n.t('not scored'),
    noOwner: vscode.l10n.t('No owner'),
    reviewOverdue: vscode.l10n.t('review was due {0}'),
    recordsTitle: vscode.l10n.t('Latest records'),
    noRecords: vscode.l10n.t('No communication records yet.'),
    openActions: vscode.l10n.t('{0} open action(s)'),
    // The table's progress bar (src/webview/progressBar.ts) reads these.
    progress: vscode.l10n.t('Progress by status'),
    progressItem: vscode.l10n.t('{0}: {1}'),
    progressDone: vscode.l10n.t('{0} of {1} done'),
    progressNamedDone: vscode.l10n.t('{0}: {1} of {2} done'),
    none: vscode.l10n.t('(none)'),
  };
}
