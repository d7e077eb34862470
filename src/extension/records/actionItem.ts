import * as vscode from 'vscode';
import type { CommunicationRecord } from '../../core/records/communicationRecord';
import type { OpenAction } from '../../core/records/openActions';
import { overdueLabel } from '../../core/rules/overdueRule';
import { personLabel, personName } from '../../core/roster';
import type { ProjectSettings } from '../../core/settings';
import { MarkdownTooltip } from '../support/markdownTooltip';
import { localizedMessage } from '../support/rangeConversion';
import { recordTitle } from './recordLabels';

/**
 * An open action in the Communications or Actions view: Mark Action Done and Reveal Action read `record` and
 * `action`, whichever view the element comes from.
 */
export class ActionElement {
  readonly contextValue = 'recordAction';

  constructor(readonly open: OpenAction, readonly parent: object, readonly view: 'records' | 'actions') {}

  get record(): CommunicationRecord {
    return this.open.record;
  }
}

/**
 * What is to be done, with the due date and, for late ones, a clock in the warning colour and "overdue by N days"
 * (as requirements show it). In the Actions view the record names where it was agreed; in a record, the person.
 */
export function actionItem(element: ActionElement, settings: ProjectSettings): vscode.TreeItem {
  const { record, action, overdueDays: overdue } = element.open;
  const item = new vscode.TreeItem(action.what?.trim() || vscode.l10n.t('(nothing to do given)'), vscode.TreeItemCollapsibleState.None);
  item.id = `${element.view}:action:${record.file}#${action.index}`;
  const late = overdue === undefined ? undefined : localizedMessage(overdueLabel(overdue));
  const who = element.view === 'records' && action.who ? personName(settings, action.who) : undefined;
  const due = action.due === undefined ? undefined : vscode.l10n.t('due {0}', action.due);
  item.description = [who, due, late].filter((part) => part !== undefined).join(' · ');
  item.iconPath = overdue === undefined
    ? new vscode.ThemeIcon('circle-large-outline')
    : new vscode.ThemeIcon('clock', new vscode.ThemeColor('list.warningForeground'));
  item.contextValue = element.contextValue;
  item.command = {
    command: 'reqdesk.revealAction',
    title: vscode.l10n.t('Reveal Action in Record'),
    arguments: [record.file, action.index],
  };
  item.tooltip = new MarkdownTooltip()
    .heading(action.what?.trim() ?? '', undefined)
    .facts([
      [vscode.l10n.t('Who'), action.who === undefined ? undefined : personLabel(settings, action.who)],
      [vscode.l10n.t('Due'), action.due && late ? `${action.due} (${late})` : action.due],
      [vscode.l10n.t('Record'), recordTitle(record)],
    ])
    .build();
  return item;
}
