import * as vscode from 'vscode';
import { planFieldEdit } from '../../core/edit/fieldEditPlan';
import type { EditResult } from '../../core/edit/textEdit';
import { closest } from '../../core/schemaValidator';
import type { RequirementField } from '../../core/model';
import { ownerGuess } from '../../core/roster';
import { workspaceEditScope } from '../support/coreEdits';
import { displayLabel } from '../support/displayLabel';
import { commandAction, editAction, type FixBuilder, type FixContext } from '../support/fixAction';

/** missing-owner, unknown-owner: the assign-owner flow, and for a misspelt owner the roster id it is close to. */
export const ownerFixes: FixBuilder = (context) => {
  const { requirement, index } = context;
  const actions: vscode.CodeAction[] = [];
  const owner = requirement.data.owner?.trim();
  const guess = owner ? ownerGuess(index.settingsFor(requirement.file), owner) : undefined;
  if (guess) {
    actions.push(editAction(context, vscode.l10n.t("Change owner to '{0}'", guess), fieldEdit(context, 'owner', guess), true));
  }
  actions.push(commandAction(context, vscode.l10n.t('Assign owner…'), 'reqdesk.assignOwner', [{ requirement }]));
  return actions;
};

/**
 * missing-priority, invalid-priority: one fix per priority, in the vocabulary's order. Only the near spelling of
 * an invalid one is preferred: VS Code lists a preferred fix first, so preferring a guess would reorder the menu.
 */
export const priorityFixes: FixBuilder = (context) => {
  const { requirement, index } = context;
  const settings = index.settingsFor(requirement.file);
  const priorities = settings.priorities;
  const current = requirement.data.priority;
  const preferred = current ? closest(current, priorities) : undefined;
  return priorities.flatMap((priority) => setAction(context, 'priority', priority, vscode.l10n.t('Set priority: {0}', displayLabel(priority, settings)), priority === preferred));
};

/** invalid-status: one fix per status; the near spelling of the invalid one is preferred. */
export const statusFixes: FixBuilder = (context) => {
  const { requirement, index } = context;
  const settings = index.settingsFor(requirement.file);
  const statuses = settings.statuses;
  const current = requirement.data.status;
  const preferred = current ? closest(current, statuses) : undefined;
  return statuses.flatMap((status) => setAction(context, 'status', status, vscode.l10n.t('Set status: {0}', displayLabel(status, settings)), status === preferred));
};

function setAction(context: FixContext, field: 'priority' | 'status', value: string, title: string, isPreferred: boolean): vscode.CodeAction[] {
  if (context.requirement.data[field] === value) {
    return [];
  }
  return [editAction(context, title, fieldEdit(context, field, value), isPreferred)];
}

/** The fix's edit, planned on the live text like every other field edit. */
function fieldEdit(context: FixContext, field: RequirementField, value: string): (text: string) => EditResult {
  const { index, requirement } = context;
  return (text) => planFieldEdit(index, requirement.file, { text }, { id: requirement.id, field, value }, workspaceEditScope());
}

